// The demo shop's UPU S10 number ranges: a post assigns each shipper blocks of serials per service
// (none is seeded with the app, electron/core/db/migrations/2026-12-04T1210_transport.ts), so
// without these the demo could not book any postal order. One block for each Correos service the
// seeded rules use; the serials are invented for the demo, in the S10 format (indicator, eight-digit
// serial, check digit, ES). Written through transport's own saveRange, which checks them as it
// checks the user's.
import type { Kysely } from 'kysely';
import type { Stamp } from '../api/stamp';
import type { DB } from '../db/schema';
import { saveRange } from '../transport/setupService';

export const DEMO_RANGES = [
  { indicator: 'CP', firstSerial: 47312480, lastSerial: 47312999 },
  { indicator: 'UX', firstSerial: 47313000, lastSerial: 47313499 },
  { indicator: 'RR', firstSerial: 47313500, lastSerial: 47313999 },
  { indicator: 'EE', firstSerial: 47314000, lastSerial: 47314249 },
] as const;

const DEMO_CARRIER = 'CORREOS';
const DEMO_COUNTRY = 'ES';

/**
 * Adds the demo ranges to the seeded Correos carrier, each only when Correos has no range of that
 * service yet (loading the demo twice, or after the user entered their own, adds nothing). A data
 * file whose Correos was deleted or renamed gets none. Returns how many were added.
 */
export async function loadDemoRanges(db: Kysely<DB>, stamp: Stamp): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const carrier = await trx.selectFrom('carriers').select('id').where('code', '=', DEMO_CARRIER).executeTakeFirst();
    if (!carrier) return 0;
    const have = new Set((await trx.selectFrom('s10_ranges').select('indicator').where('carrier_id', '=', carrier.id).execute()).map((r) => r.indicator));
    let added = 0;
    for (const r of DEMO_RANGES) {
      if (have.has(r.indicator)) continue;
      await saveRange(
        trx,
        {
          carrierId: carrier.id,
          indicator: r.indicator,
          country: DEMO_COUNTRY,
          firstSerial: r.firstSerial,
          lastSerial: r.lastSerial,
          warnRemaining: 50,
          active: true,
        },
        stamp,
      );
      added++;
    }
    return added;
  });
}
