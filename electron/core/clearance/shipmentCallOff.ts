// A rejected declaration's shipment is called off. Step 5's cancelShipmentOf
// (electron/core/transport/shipmentService.ts) owns this; until it lands, the same update here.
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit } from '../audit/auditRepository';

export async function cancelShipmentOf(trx: Db, orderId: number, stamp: Stamp): Promise<void> {
  const live = await trx.selectFrom('shipments').select(['id', 'waybill']).where('order_id', '=', orderId).where('status', '=', 'booked').execute();
  if (live.length === 0) return;
  await trx
    .updateTable('shipments')
    .set({ status: 'cancelled' })
    .where(
      'id',
      'in',
      live.map((s) => s.id),
    )
    .execute();
  await appendAudit(
    trx,
    live.map((s) => ({ entity: 'order', entityId: orderId, action: 'shipmentCancelled', after: { shipmentId: s.id, waybill: s.waybill }, ...stamp })),
  );
}
