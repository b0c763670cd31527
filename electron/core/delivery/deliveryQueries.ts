// Reads of step 7 beyond the loading bay: shipments on the road, and one order's delivery.
import type { InTransitShipment, OrderDelivery } from '../../../shared/api/contracts/delivery';
import type { Db } from '../audit/auditRepository';

async function numbersOf(db: Db, shipmentIds: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (shipmentIds.length === 0) return out;
  const rows = await db
    .selectFrom('shipment_parcels')
    .select(['shipment_id', 'tracking_number'])
    .where('shipment_id', 'in', shipmentIds)
    .orderBy('parcel_id')
    .execute();
  for (const r of rows) out.set(r.shipment_id, [...(out.get(r.shipment_id) ?? []), r.tracking_number]);
  return out;
}

export async function inTransit(db: Db): Promise<InTransitShipment[]> {
  const rows = await db
    .selectFrom('shipments as s')
    .innerJoin('orders as o', 'o.id', 's.order_id')
    .innerJoin('carriers as c', 'c.id', 's.carrier_id')
    .select(['s.id', 's.waybill', 's.dispatched_at', 'o.id as order_id', 'o.order_number', 'o.consignee_name', 'o.country', 'c.name as carrier_name'])
    .where('s.status', '=', 'in_transit')
    .orderBy('s.dispatched_at')
    .orderBy('s.id')
    .limit(2000)
    .execute();
  const numbers = await numbersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    shipmentId: r.id,
    orderId: r.order_id,
    orderNumber: r.order_number,
    consignee: r.consignee_name,
    country: r.country,
    carrierName: r.carrier_name,
    waybill: r.waybill,
    trackingNumbers: numbers.get(r.id) ?? [],
    dispatchedAt: r.dispatched_at,
  }));
}

export async function orderDelivery(db: Db, orderId: number): Promise<OrderDelivery> {
  const s = await db
    .selectFrom('shipments as s')
    .innerJoin('carriers as c', 'c.id', 's.carrier_id')
    .select(['s.id', 's.status', 's.waybill', 's.dispatched_at', 's.delivered_at', 's.receiver', 'c.name as carrier_name'])
    .where('s.order_id', '=', orderId)
    .orderBy((eb) => eb.case().when('s.status', '=', 'cancelled').then(1).else(0).end())
    .orderBy('s.id', 'desc')
    .executeTakeFirst();
  const manifest = s
    ? await db
        .selectFrom('manifest_parcels as mp')
        .innerJoin('manifests as m', 'm.id', 'mp.manifest_id')
        .select(['m.id', 'm.number', 'm.status'])
        .where('mp.shipment_id', '=', s.id)
        .executeTakeFirst()
    : undefined;
  const invoice = await db
    .selectFrom('customs_documents as d')
    .innerJoin('customs_document_orders as dor', 'dor.document_id', 'd.id')
    .select('d.id')
    .where('dor.order_id', '=', orderId)
    .where('d.type', '=', 'invoice')
    .where('d.status', '=', 'final')
    .orderBy('d.id', 'desc')
    .executeTakeFirst();
  return {
    shipment: s
      ? {
          id: s.id,
          status: s.status,
          carrierName: s.carrier_name,
          waybill: s.waybill,
          trackingNumbers: (await numbersOf(db, [s.id])).get(s.id) ?? [],
          dispatchedAt: s.dispatched_at,
          deliveredAt: s.delivered_at,
          receiver: s.receiver,
        }
      : null,
    manifest: manifest ?? null,
    invoiceId: invoice?.id ?? null,
  };
}
