// Writes of the transport setup: carriers, services, rules and S10 ranges, each with its audit entry
// in the caller's transaction. Providers and rules are data the user edits, never code branches.
import type { CarrierView, RangeView, RuleView, ServiceView } from '../../../shared/api/contracts/transport';
import type { SaveCarrierInput, SaveRangeInput, SaveRuleInput, SaveServiceInput } from '../../../shared/schemas/transport';
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit } from '../audit/auditRepository';
import { carrierNotFound, codeTaken, rangeActiveTwice, rangeBelowIssued, rangeNotFound, rangeOverlap, ruleNotFound, serviceNotFound } from './errors';
import { carrierView, rangeView, ruleView, serviceView } from './setupRepository';

async function carrierRow(db: Db, id: number) {
  const row = await db.selectFrom('carriers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw carrierNotFound(id);
  return row;
}

export async function saveCarrier(trx: Db, input: SaveCarrierInput, stamp: Stamp): Promise<CarrierView> {
  const clash = await trx.selectFrom('carriers').select('id').where('code', '=', input.code).executeTakeFirst();
  if (clash && clash.id !== input.id) throw codeTaken(input.code);
  const values = {
    code: input.code,
    name: input.name,
    kind: input.kind,
    number_pattern: input.numberPattern,
    tracking_url: input.trackingUrl,
    active: input.active ? 1 : 0,
  };
  let id: number;
  let before: unknown;
  if (input.id) {
    before = await carrierRow(trx, input.id);
    await trx.updateTable('carriers').set(values).where('id', '=', input.id).execute();
    id = input.id;
  } else {
    id = (
      await trx
        .insertInto('carriers')
        .values({ ...values, created_at: stamp.at })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  await appendAudit(trx, [{ entity: 'carrier', entityId: id, action: input.id ? 'carrierEdited' : 'carrierAdded', before, after: values, ...stamp }]);
  const services = await trx.selectFrom('carrier_services').selectAll().where('carrier_id', '=', id).execute();
  return carrierView(await carrierRow(trx, id), services);
}

export async function saveService(trx: Db, input: SaveServiceInput, stamp: Stamp): Promise<ServiceView> {
  await carrierRow(trx, input.carrierId);
  const clash = await trx
    .selectFrom('carrier_services')
    .select('id')
    .where('carrier_id', '=', input.carrierId)
    .where('code', '=', input.code)
    .executeTakeFirst();
  if (clash && clash.id !== input.id) throw codeTaken(input.code);
  const values = {
    carrier_id: input.carrierId,
    code: input.code,
    name: input.name,
    s10_indicator: input.s10Indicator,
    countries: JSON.stringify(input.countries),
    max_parcel_kg: input.maxParcelKg,
    max_value: input.maxValue,
    value_currency: input.valueCurrency,
    max_length_cm: input.maxLengthCm,
    max_length_girth_cm: input.maxLengthGirthCm,
    cutoff: input.cutoff,
    active: input.active ? 1 : 0,
  };
  let id: number;
  let before: unknown;
  if (input.id) {
    before = await trx.selectFrom('carrier_services').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw serviceNotFound(input.id);
    await trx.updateTable('carrier_services').set(values).where('id', '=', input.id).execute();
    id = input.id;
  } else {
    id = (await trx.insertInto('carrier_services').values(values).returning('id').executeTakeFirstOrThrow()).id;
  }
  await appendAudit(trx, [{ entity: 'carrierService', entityId: id, action: input.id ? 'serviceEdited' : 'serviceAdded', before, after: values, ...stamp }]);
  return serviceView(await trx.selectFrom('carrier_services').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

export async function saveRule(trx: Db, input: SaveRuleInput, stamp: Stamp): Promise<RuleView> {
  const service = await trx
    .selectFrom('carrier_services')
    .innerJoin('carriers', 'carriers.id', 'carrier_services.carrier_id')
    .select(['carrier_services.name as serviceName', 'carriers.name as carrierName'])
    .where('carrier_services.id', '=', input.serviceId)
    .executeTakeFirst();
  if (!service) throw serviceNotFound(input.serviceId);
  const values = {
    position: input.position,
    match: input.match,
    pattern: input.pattern,
    method: input.method,
    countries: JSON.stringify(input.countries),
    service_id: input.serviceId,
    note: input.note,
    active: input.active ? 1 : 0,
  };
  let id: number;
  let before: unknown;
  if (input.id) {
    before = await trx.selectFrom('transport_rules').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw ruleNotFound(input.id);
    await trx.updateTable('transport_rules').set(values).where('id', '=', input.id).execute();
    id = input.id;
  } else {
    id = (await trx.insertInto('transport_rules').values(values).returning('id').executeTakeFirstOrThrow()).id;
  }
  await appendAudit(trx, [{ entity: 'transportRule', entityId: id, action: input.id ? 'ruleEdited' : 'ruleAdded', before, after: values, ...stamp }]);
  return ruleView(await trx.selectFrom('transport_rules').selectAll().where('id', '=', id).executeTakeFirstOrThrow(), service);
}

export async function deleteRule(trx: Db, id: number, stamp: Stamp): Promise<{ deleted: number }> {
  const before = await trx.selectFrom('transport_rules').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw ruleNotFound(id);
  await trx.deleteFrom('transport_rules').where('id', '=', id).execute();
  await appendAudit(trx, [{ entity: 'transportRule', entityId: id, action: 'ruleDeleted', before, ...stamp }]);
  return { deleted: id };
}

/**
 * A range as the post assigned it. The serials already issued stay issued: an edit may widen the
 * range or change its warning, never move its first serial or end it below what was issued. Two
 * ranges of one indicator and country never overlap (the same number twice), and one range per
 * carrier and indicator is active (the one numbers come from).
 */
export async function saveRange(trx: Db, input: SaveRangeInput, stamp: Stamp): Promise<RangeView> {
  const carrier = await carrierRow(trx, input.carrierId);
  const existing = input.id ? await trx.selectFrom('s10_ranges').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
  if (input.id && !existing) throw rangeNotFound(input.id);
  if (existing && existing.next_serial > existing.first_serial) {
    if (input.firstSerial !== existing.first_serial || input.indicator !== existing.indicator || input.country !== existing.country) {
      throw rangeBelowIssued(existing.next_serial);
    }
    if (input.lastSerial < existing.next_serial - 1) throw rangeBelowIssued(existing.next_serial);
  }
  const others = await trx
    .selectFrom('s10_ranges')
    .select(['id', 'carrier_id', 'indicator', 'country', 'first_serial', 'last_serial', 'active'])
    .where('indicator', '=', input.indicator)
    .$if(input.id !== undefined, (q) => q.where('id', '<>', input.id!))
    .execute();
  const overlap = others.find((o) => o.country === input.country && o.first_serial <= input.lastSerial && input.firstSerial <= o.last_serial);
  if (overlap) throw rangeOverlap(input.indicator, input.country, overlap.id);
  const activeTwin = others.find((o) => o.active === 1 && o.carrier_id === input.carrierId);
  if (input.active && activeTwin) throw rangeActiveTwice(input.indicator, activeTwin.id);
  const values = {
    carrier_id: input.carrierId,
    indicator: input.indicator,
    country: input.country,
    first_serial: input.firstSerial,
    last_serial: input.lastSerial,
    warn_remaining: input.warnRemaining,
    active: input.active ? 1 : 0,
  };
  let id: number;
  if (existing) {
    await trx.updateTable('s10_ranges').set(values).where('id', '=', existing.id).execute();
    id = existing.id;
  } else {
    id = (
      await trx
        .insertInto('s10_ranges')
        .values({ ...values, next_serial: input.firstSerial, created_at: stamp.at })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  await appendAudit(trx, [{ entity: 's10Range', entityId: id, action: existing ? 'rangeEdited' : 'rangeAdded', before: existing, after: values, ...stamp }]);
  return rangeView(await trx.selectFrom('s10_ranges').selectAll().where('id', '=', id).executeTakeFirstOrThrow(), carrier.name);
}
