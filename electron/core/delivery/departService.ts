// Dispatch: the truck leaves. In one transaction every parcel's goods leave the stock through the
// ledger, the shipments go in transit, the orders move by 'dispatch' and the manifest closes.
// Exactly once: the manifest's status is checked inside the transaction (transactions run one at a
// time on the core's connection), and the ledger's unique index stock_movements_deducted_once
// refuses a second deduction of a parcel line whatever path tried it.
import type { DepartOutcome } from '../../../shared/api/contracts/delivery';
import { AppError } from '../api/errors';
import type { Stamp } from '../api/stamp';
import { appendAudit } from '../audit/auditRepository';
import { type Trx, deduct } from '../inventory/ledger';
import { moveOrders } from '../orders/workflow';
import { loadedParcels, manifestRow, manifestView } from './manifestQueries';

export async function depart(trx: Trx, manifestId: number, stamp: Stamp): Promise<DepartOutcome> {
  const m = await manifestRow(trx, manifestId);
  if (m.status === 'departed')
    throw new AppError('delivery.errors.alreadyDeparted', `Manifest ${m.number} has already departed; nothing was deducted again.`, { manifest: m.number });
  const loaded = await loadedParcels(trx, m.id);
  if (loaded.length === 0)
    throw new AppError('delivery.errors.emptyManifest', `Manifest ${m.number} has no parcels; scan the parcels onto it first.`, { manifest: m.number });

  // Every parcel of every order on board: an order never leaves in part.
  const shipmentIds = [...new Set(loaded.map((p) => p.shipmentId))];
  const onBoard = new Set(loaded.map((p) => p.parcelId));
  const all = await trx
    .selectFrom('shipment_parcels as sp')
    .innerJoin('shipments as s', 's.id', 'sp.shipment_id')
    .innerJoin('orders as o', 'o.id', 's.order_id')
    .select(['sp.parcel_id', 'sp.tracking_number', 'o.order_number', 'o.status', 's.status as shipment_status'])
    .where('sp.shipment_id', 'in', shipmentIds)
    .execute();
  const left = all.filter((p) => !onBoard.has(p.parcel_id));
  if (left.length > 0)
    throw new AppError(
      'delivery.errors.parcelsMissing',
      `Parcels ${left.map((p) => `${p.tracking_number} (${p.order_number})`).join(', ')} are not loaded; load them or unload their orders' other parcels.`,
      { parcels: left.map((p) => `${p.tracking_number} (${p.order_number})`).join(', '), count: left.length },
    );
  // The parcels were released when scanned; customs or a cancel may have changed that since.
  const stopped = all.filter((p) => p.status !== 'cleared' || p.shipment_status !== 'booked');
  if (stopped.length > 0)
    throw new AppError(
      'delivery.errors.notReleasedAnyMore',
      `Orders ${[...new Set(stopped.map((p) => `${p.order_number} (${p.status})`))].join(', ')} are no longer released for dispatch; unload their parcels.`,
      { orders: [...new Set(stopped.map((p) => `${p.order_number} (${p.status})`))].join(', ') },
    );

  const items = await trx
    .selectFrom('parcel_items as i')
    .innerJoin('parcels as p', 'p.id', 'i.parcel_id')
    .select(['i.parcel_id', 'i.order_line_id', 'i.product_id', 'i.qty_milli', 'p.order_id'])
    .where('i.parcel_id', 'in', [...onBoard])
    .where('i.qty_milli', '>', 0)
    .orderBy('i.parcel_id')
    .orderBy('i.order_line_id')
    .execute();
  const ctx = { ...stamp, reference: m.number };
  for (const it of items) {
    await deduct(trx, { orderId: it.order_id, orderLineId: it.order_line_id, productId: it.product_id, parcelId: it.parcel_id, qtyMilli: it.qty_milli }, ctx);
  }
  await trx.updateTable('shipments').set({ status: 'in_transit', dispatched_at: stamp.at }).where('id', 'in', shipmentIds).execute();
  const orderIds = [...new Set(loaded.map((p) => p.orderId))];
  const moved = await moveOrders(trx, orderIds, 'dispatch', stamp, () => ({ after: { manifest: m.number } }));
  await trx.updateTable('manifests').set({ status: 'departed', departed_at: stamp.at, departed_by: stamp.actor }).where('id', '=', m.id).execute();
  await appendAudit(trx, [
    { entity: 'manifest', entityId: m.id, action: 'manifestDeparted', after: { number: m.number, parcels: loaded.length, orders: orderIds.length }, ...stamp },
  ]);
  return { manifest: await manifestView(trx, m.id), orders: moved.map((o) => o.orderNumber), parcels: loaded.length, deductions: items.length };
}
