// Warehouse locations (bins): listed in the order a picker walks them, created and edited here.
import type { Stamp } from '../api/stamp';
import type { Kysely } from 'kysely';
import type { LocationView } from '../../../shared/api/contracts/inventory';
import type { Location } from '../../../shared/schemas/inventory';
import { AppError, notFound } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import type { LocationRow } from './tables';

export const toLocationView = (r: LocationRow): LocationView => ({
  id: r.id,
  warehouse: r.warehouse,
  zone: r.zone,
  binCode: r.bin_code,
  walkOrder: r.walk_order,
});

export async function listLocations(db: Db): Promise<LocationView[]> {
  const rows = await db.selectFrom('locations').selectAll().orderBy('walk_order').orderBy('warehouse').orderBy('bin_code').execute();
  return rows.map(toLocationView);
}

function duplicate(l: Location): AppError {
  const params = { warehouse: l.warehouse, bin: l.binCode };
  return new AppError(
    'inventory.errors.duplicateBin',
    `Warehouse ${l.warehouse} already has a bin ${l.binCode}. Choose another bin code, or edit the existing bin.`,
    params,
    [{ path: 'location.binCode', code: 'inventory.errors.duplicateBin', params }],
  );
}

/** Creates a bin (no id) or edits one; the same bin code twice in one warehouse is refused. */
export async function saveLocation(db: Kysely<DB>, id: number | undefined, l: Location, stamp: Stamp): Promise<LocationView> {
  return db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('locations').select('id').where('warehouse', '=', l.warehouse).where('bin_code', '=', l.binCode).executeTakeFirst();
    if (clash && clash.id !== id) throw duplicate(l);
    const values = { warehouse: l.warehouse, zone: l.zone, bin_code: l.binCode, walk_order: l.walkOrder };
    if (id === undefined) {
      const row = await trx
        .insertInto('locations')
        .values({ ...values, created_at: stamp.at })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toLocationView(row);
    }
    const row = await trx.updateTable('locations').set(values).where('id', '=', id).returningAll().executeTakeFirst();
    if (!row) throw notFound('location', id);
    return toLocationView(row);
  });
}

/** Bins by code, for receipts and adjustments that name a bin but not its warehouse. */
export async function binsByCode(db: Db, codes: string[]): Promise<Map<string, LocationRow[]>> {
  const out = new Map<string, LocationRow[]>();
  const unique = [...new Set(codes)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('locations')
      .selectAll()
      .where('bin_code', 'in', unique.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.bin_code, [...(out.get(r.bin_code) ?? []), r]);
  }
  return out;
}

/** The one bin a code names, or the i18n code of why not (unknown, or in several warehouses). */
export function oneBin(found: LocationRow[] | undefined): LocationRow | 'inventory.errors.unknownBin' | 'inventory.errors.binAmbiguous' {
  if (!found || found.length === 0) return 'inventory.errors.unknownBin';
  return found.length === 1 ? found[0]! : 'inventory.errors.binAmbiguous';
}
