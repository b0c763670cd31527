// What step 5 needs to know of an order: its destination, value, shipping line and closed parcels,
// and every active service with its carrier, as the fit and the proposal read them.
import { parseCountries } from '../../../shared/domain/transport/countries';
import type { FitOrder, FitService } from '../../../shared/domain/transport/fit';
import type { ProposalOrder, ProposalRule } from '../../../shared/domain/transport/proposal';
import type { ShippingMatch } from '../../../shared/domain/shipping';
import { notFound } from '../api/errors';
import type { Db } from '../audit/auditRepository';

export interface OrderFacts extends FitOrder, ProposalOrder {
  id: number;
  orderNumber: string;
  status: string;
  consignee: string;
  parcels: (FitOrder['parcels'][number] & { id: number })[];
}

export interface ServiceFacts extends FitService {
  id: number;
  carrierId: number;
  carrierName: string;
  carrierCode: string;
  serviceName: string;
  s10Indicator: string;
  numberPattern: string;
  cutoff: string;
}

/** The weighed gross weight, else the computed one. */
const grossOf = (p: { gross_kg: string | null; computed_gross_kg: string }) => p.gross_kg ?? p.computed_gross_kg;

export async function ordersFacts(db: Db, orderIds: number[]): Promise<Map<number, OrderFacts>> {
  const out = new Map<number, OrderFacts>();
  if (orderIds.length === 0) return out;
  const orders = await db
    .selectFrom('orders')
    .select(['id', 'order_number', 'status', 'consignee_name', 'country', 'shipping_line', 'shipping_method', 'currency', 'declared_total', 'total'])
    .where('id', 'in', orderIds)
    .execute();
  const parcels = await db
    .selectFrom('parcels')
    .select(['id', 'order_id', 'seq', 'gross_kg', 'computed_gross_kg', 'length_cm', 'width_cm', 'height_cm'])
    .where('order_id', 'in', orderIds)
    .where('status', '=', 'closed')
    .orderBy('seq')
    .execute();
  for (const o of orders) {
    out.set(o.id, {
      id: o.id,
      orderNumber: o.order_number,
      status: o.status,
      consignee: o.consignee_name,
      country: o.country,
      // The value customs was told, else the shop's total.
      value: o.declared_total.trim() !== '' ? o.declared_total : o.total,
      currency: o.currency,
      shippingLine: o.shipping_line,
      shippingMethod: o.shipping_method,
      parcels: parcels
        .filter((p) => p.order_id === o.id)
        .map((p) => ({ id: p.id, seq: p.seq, grossKg: grossOf(p), lengthCm: p.length_cm, widthCm: p.width_cm, heightCm: p.height_cm })),
    });
  }
  return out;
}

export async function orderFacts(db: Db, orderId: number): Promise<OrderFacts> {
  const facts = (await ordersFacts(db, [orderId])).get(orderId);
  if (!facts) throw notFound('Order', orderId);
  return facts;
}

export async function servicesFacts(db: Db): Promise<ServiceFacts[]> {
  const rows = await db
    .selectFrom('carrier_services')
    .innerJoin('carriers', 'carriers.id', 'carrier_services.carrier_id')
    .selectAll('carrier_services')
    .select(['carriers.name as carrierName', 'carriers.code as carrierCode', 'carriers.number_pattern', 'carriers.active as carrierActive'])
    .orderBy('carriers.name')
    .orderBy('carrier_services.name')
    .execute();
  return rows.map((s) => ({
    id: s.id,
    carrierId: s.carrier_id,
    carrierName: s.carrierName,
    carrierCode: s.carrierCode,
    serviceName: s.name,
    s10Indicator: s.s10_indicator,
    numberPattern: s.number_pattern,
    countries: parseCountries(s.countries),
    maxParcelKg: s.max_parcel_kg,
    maxValue: s.max_value,
    valueCurrency: s.value_currency,
    maxLengthCm: s.max_length_cm,
    maxLengthGirthCm: s.max_length_girth_cm,
    cutoff: s.cutoff,
    active: s.active === 1,
    carrierActive: s.carrierActive === 1,
  }));
}

export async function rulesFacts(db: Db): Promise<(ProposalRule & { note: string })[]> {
  const rows = await db.selectFrom('transport_rules').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    match: r.match as ShippingMatch,
    pattern: r.pattern,
    method: r.method,
    countries: parseCountries(r.countries),
    serviceId: r.service_id,
    note: r.note,
    active: r.active === 1,
  }));
}
