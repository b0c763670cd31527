// Orders on their way back, carried there through the real services of steps 4 to 7 (as the
// brokers' and clerks' commands call them, with the test stamp): filed, booked, released by
// customs and scanned onto an open manifest; or refused at customs; or dispatched and reported
// undeliverable by the carrier's status file. The returns they open are the services' own.
import type { Kysely } from 'kysely';
import type { DB } from '../../../electron/core/db/schema';
import { recordOutcome } from '../../../electron/core/clearance/outcomeService';
import { importStatusFile } from '../../../electron/core/delivery/confirmService';
import { depart } from '../../../electron/core/delivery/departService';
import { createManifest, scanParcel } from '../../../electron/core/delivery/manifestService';
import { TEST_STAMP } from '../../support/stamp';
import { bookOrder, clearOrder, fileOrder, liveFiling, releaseOrder } from '../delivery/clearedOrders';

export interface BookedOrder {
  filingId: number;
  shipmentId: number;
  manifestId: number;
  parcelIds: number[];
}

/** Opens a manifest for the carrier and scans every parcel of the shipment onto it. */
async function loadOnManifest(db: Kysely<DB>, carrierId: number, trackingNumbers: string[]): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const m = await createManifest(trx, { carrierId, vehiclePlate: '1234 ABC', driver: 'Test driver', plannedDeparture: '2026-11-29T18:00' }, TEST_STAMP);
    for (const code of trackingNumbers) await scanParcel(trx, { manifestId: m.id, code }, TEST_STAMP);
    return m.id;
  });
}

/**
 * An order ready to declare, its declaration filed, booked with the test carrier "RT-<tag>",
 * released by customs (only released goods may be loaded) and its parcels scanned onto an open
 * manifest: the order is 'cleared', the truck has not left.
 */
export async function bookedOnManifest(db: Kysely<DB>, orderId: number, declarationId: number, tag = 'T'): Promise<BookedOrder> {
  const filingId = await fileOrder(db, orderId, declarationId);
  const { shipmentId, carrierId } = await bookOrder(db, orderId, `RT-${tag}`.toUpperCase());
  await releaseOrder(db, orderId);
  const parcels = await db
    .selectFrom('shipment_parcels')
    .select(['parcel_id', 'tracking_number'])
    .where('shipment_id', '=', shipmentId)
    .orderBy('parcel_id')
    .execute();
  const manifestId = await loadOnManifest(
    db,
    carrierId,
    parcels.map((p) => p.tracking_number),
  );
  return { filingId, shipmentId, manifestId, parcelIds: parcels.map((p) => p.parcel_id) };
}

/**
 * An order ready to declare sent back: refused at customs (filed, booked, rejected by
 * clearance's recordOutcome, which opens the return), or undeliverable (cleared, loaded, dispatched
 * by the manifest's departure, which deducts its goods, and reported undeliverable in the carrier's
 * status file, which opens the return). Returns the return's id. `deducted` is kept for the callers:
 * the real path decides it (dispatch deducts, a customs refusal leaves the goods staged).
 */
export async function sentBack(db: Kysely<DB>, orderId: number, cause: 'customsRejected' | 'undeliverable', _deducted = false): Promise<number> {
  if (cause === 'customsRejected') {
    await fileOrder(db, orderId);
    await bookOrder(db, orderId, 'RT-BACK');
    const filing = await liveFiling(db, orderId);
    await db
      .transaction()
      .execute((trx) =>
        recordOutcome(trx, { filingId: filing.id, outcome: 'rejected', decidedAt: filing.filed_at, reason: 'Refused at customs' }, 'hand', TEST_STAMP),
      );
  } else {
    const cleared = await clearOrder(db, orderId, 'RT-BACK');
    const manifestId = await loadOnManifest(db, cleared.carrierId, cleared.trackingNumbers);
    await db.transaction().execute((trx) => depart(trx, manifestId, TEST_STAMP));
    const file = `Tracking number,Status,Date,Receiver\n${cleared.trackingNumbers[0]},undeliverable,2026-11-30,\n`;
    await db.transaction().execute((trx) => importStatusFile(trx, file, TEST_STAMP));
  }
  const opened = await db.selectFrom('returns').select('id').where('order_id', '=', orderId).where('status', '=', 'open').executeTakeFirstOrThrow();
  return opened.id;
}
