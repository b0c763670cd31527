// Reads of the transport setup: carriers with their services, the rules, the S10 ranges, as the
// screens and the proposal see them.
import type { CarrierView, RangeView, RuleView, ServiceView } from '../../../shared/api/contracts/transport';
import { formatS10 } from '../../../shared/domain/s10';
import type { ShippingMatch } from '../../../shared/domain/shipping';
import { parseCountries } from '../../../shared/domain/transport/countries';
import type { CarrierKind } from '../../../shared/schemas/transport';
import type { Db } from '../audit/auditRepository';
import type { CarrierRow, CarrierServiceRow, S10RangeRow, TransportRuleRow } from './tables';

export function serviceView(s: CarrierServiceRow): ServiceView {
  return {
    id: s.id,
    carrierId: s.carrier_id,
    code: s.code,
    name: s.name,
    s10Indicator: s.s10_indicator,
    countries: parseCountries(s.countries),
    maxParcelKg: s.max_parcel_kg,
    maxValue: s.max_value,
    valueCurrency: s.value_currency,
    maxLengthCm: s.max_length_cm,
    maxLengthGirthCm: s.max_length_girth_cm,
    cutoff: s.cutoff,
    active: s.active === 1,
  };
}

export function carrierView(c: CarrierRow, services: CarrierServiceRow[]): CarrierView {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    kind: c.kind as CarrierKind,
    numberPattern: c.number_pattern,
    trackingUrl: c.tracking_url,
    active: c.active === 1,
    services: services.filter((s) => s.carrier_id === c.id).map(serviceView),
  };
}

export async function listCarriers(db: Db): Promise<CarrierView[]> {
  const carriers = await db.selectFrom('carriers').selectAll().orderBy('name').orderBy('id').execute();
  const services = await db.selectFrom('carrier_services').selectAll().orderBy('name').orderBy('id').execute();
  return carriers.map((c) => carrierView(c, services));
}

export function ruleView(r: TransportRuleRow, service: { carrierName: string; serviceName: string } | undefined): RuleView {
  return {
    id: r.id,
    position: r.position,
    match: r.match as ShippingMatch,
    pattern: r.pattern,
    method: r.method,
    countries: parseCountries(r.countries),
    serviceId: r.service_id,
    carrierName: service?.carrierName ?? '',
    serviceName: service?.serviceName ?? '',
    note: r.note,
    active: r.active === 1,
  };
}

export async function listRules(db: Db): Promise<RuleView[]> {
  const rows = await db.selectFrom('transport_rules').selectAll().orderBy('position').orderBy('id').execute();
  const services = await db
    .selectFrom('carrier_services')
    .innerJoin('carriers', 'carriers.id', 'carrier_services.carrier_id')
    .select(['carrier_services.id', 'carrier_services.name as serviceName', 'carriers.name as carrierName'])
    .execute();
  const byId = new Map(services.map((s) => [s.id, s]));
  return rows.map((r) => ruleView(r, byId.get(r.service_id)));
}

export function rangeView(r: S10RangeRow, carrierName: string): RangeView {
  const remaining = r.last_serial + 1 - r.next_serial;
  return {
    id: r.id,
    carrierId: r.carrier_id,
    carrierName,
    indicator: r.indicator,
    country: r.country,
    firstSerial: r.first_serial,
    lastSerial: r.last_serial,
    nextSerial: r.next_serial,
    remaining,
    warnRemaining: r.warn_remaining,
    active: r.active === 1,
    nextNumber: remaining > 0 ? formatS10(r.indicator, r.next_serial, r.country) : null,
  };
}

export async function listRanges(db: Db): Promise<RangeView[]> {
  const rows = await db
    .selectFrom('s10_ranges')
    .innerJoin('carriers', 'carriers.id', 's10_ranges.carrier_id')
    .selectAll('s10_ranges')
    .select('carriers.name as carrierName')
    .orderBy('s10_ranges.active', 'desc')
    .orderBy('s10_ranges.id', 'desc')
    .execute();
  return rows.map((r) => rangeView(r, r.carrierName));
}
