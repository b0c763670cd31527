// Shipments as the screens read them: carrier, service, waybill, and each parcel's tracking number.
import type { SelectQueryBuilder } from 'kysely';
import type { ShipmentView } from '../../../shared/api/contracts/transport';
import type { Db } from '../audit/auditRepository';
import type { DB } from '../db/schema';

type ShipmentQuery = SelectQueryBuilder<DB, 'shipments' | 'orders' | 'carriers' | 'carrier_services', object>;

function base(db: Db): ShipmentQuery {
  return db
    .selectFrom('shipments')
    .innerJoin('orders', 'orders.id', 'shipments.order_id')
    .innerJoin('carriers', 'carriers.id', 'shipments.carrier_id')
    .innerJoin('carrier_services', 'carrier_services.id', 'shipments.service_id');
}

export async function shipmentsOf(
  db: Db,
  filter: (q: ShipmentQuery) => ShipmentQuery,
  page: { offset: number; limit: number } = { offset: 0, limit: 500 },
): Promise<ShipmentView[]> {
  const rows = await filter(base(db))
    .selectAll('shipments')
    .select(['orders.order_number', 'carriers.name as carrierName', 'carriers.tracking_url', 'carrier_services.name as serviceName'])
    .orderBy('shipments.id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  if (rows.length === 0) return [];
  const parcels = await db
    .selectFrom('shipment_parcels')
    .innerJoin('parcels', 'parcels.id', 'shipment_parcels.parcel_id')
    .select([
      'shipment_parcels.shipment_id',
      'shipment_parcels.parcel_id',
      'shipment_parcels.tracking_number',
      'parcels.seq',
      'parcels.gross_kg',
      'parcels.computed_gross_kg',
    ])
    .where(
      'shipment_parcels.shipment_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('parcels.seq')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    orderId: r.order_id,
    orderNumber: r.order_number,
    carrierId: r.carrier_id,
    carrierName: r.carrierName,
    serviceId: r.service_id,
    serviceName: r.serviceName,
    ruleId: r.rule_id,
    chosenBy: r.chosen_by,
    waybill: r.waybill,
    trackingUrl: r.tracking_url,
    cost: r.cost,
    currency: r.currency,
    status: r.status,
    createdAt: r.created_at,
    createdBy: r.created_by,
    parcels: parcels
      .filter((p) => p.shipment_id === r.id)
      .map((p) => ({ parcelId: p.parcel_id, seq: p.seq, grossKg: p.gross_kg ?? p.computed_gross_kg, trackingNumber: p.tracking_number })),
  }));
}

export async function listShipments(
  db: Db,
  q: { search: string; offset: number; limit: number; status?: string },
): Promise<{ rows: ShipmentView[]; total: number }> {
  const filter = (query: ShipmentQuery): ShipmentQuery => {
    let out = query;
    if (q.status) out = out.where('shipments.status', '=', q.status as never);
    if (q.search) {
      const like = `%${q.search}%`;
      out = out.where((eb) =>
        eb.or([
          eb('orders.order_number', 'like', like),
          eb('shipments.waybill', 'like', like),
          eb.exists(
            eb
              .selectFrom('shipment_parcels')
              .select('shipment_parcels.shipment_id')
              .whereRef('shipment_parcels.shipment_id', '=', 'shipments.id')
              .where('shipment_parcels.tracking_number', 'like', like),
          ),
        ]),
      );
    }
    return out;
  };
  const rows = await shipmentsOf(db, filter, q);
  const total = Number(
    (
      await filter(base(db))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  return { rows, total };
}
