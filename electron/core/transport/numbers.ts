// Tracking numbers: issued from the carrier's S10 range (check digit computed, the range advanced
// in the booking's transaction), or given (typed, scanned, imported) and checked against the S10
// format and the carrier's pattern. issued_numbers keeps every number ever used, so none is used twice.
import type { FitReason } from '../../../shared/domain/transport/fit';
import { formatS10, parseS10 } from '../../../shared/domain/s10';
import type { Stamp } from '../api/stamp';
import type { Db } from '../audit/auditRepository';
import { noActiveRange, numberIndicator, numberIssued, numberNotS10, numberPattern, numberTwice, rangeExhausted } from './errors';
import type { ServiceFacts } from './orderFacts';

export interface Issued {
  numbers: string[];
  warning?: FitReason;
}

/** `count` numbers from the active range of the service's carrier and indicator. */
export async function issueS10(trx: Db, service: ServiceFacts, count: number): Promise<Issued> {
  const range = await trx
    .selectFrom('s10_ranges')
    .selectAll()
    .where('carrier_id', '=', service.carrierId)
    .where('indicator', '=', service.s10Indicator)
    .where('active', '=', 1)
    .orderBy('id')
    .executeTakeFirst();
  if (!range) throw noActiveRange(service.carrierName, service.s10Indicator);
  const remaining = range.last_serial + 1 - range.next_serial;
  if (remaining < count) throw rangeExhausted(service.carrierName, service.s10Indicator, count, remaining);
  // A number of the range may already be used (typed from a pre-printed label, imported from the
  // post's file): it is passed over, never issued again.
  const numbers: string[] = [];
  let serial = range.next_serial;
  while (numbers.length < count) {
    if (serial > range.last_serial) throw rangeExhausted(service.carrierName, service.s10Indicator, count, numbers.length);
    const number = formatS10(range.indicator, serial, range.country);
    serial++;
    const used = await trx.selectFrom('issued_numbers').select('number').where('number', '=', number).executeTakeFirst();
    if (!used) numbers.push(number);
  }
  // Advanced only from the serial read: a booking that read the same serial elsewhere changes nothing.
  const moved = await trx
    .updateTable('s10_ranges')
    .set({ next_serial: serial })
    .where('id', '=', range.id)
    .where('next_serial', '=', range.next_serial)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw rangeExhausted(service.carrierName, service.s10Indicator, count, 0);
  const left = range.last_serial + 1 - serial;
  return {
    numbers,
    ...(left <= range.warn_remaining
      ? { warning: { key: 'transport.rangeLow', params: { carrier: service.carrierName, indicator: range.indicator, remaining: left } } }
      : {}),
  };
}

/** A given number checked for the service: S10 when it has an indicator, else the carrier's pattern. */
export function checkGivenNumber(service: ServiceFacts, number: string): string {
  if (service.s10Indicator !== '') {
    const parsed = parseS10(number);
    if (!parsed.ok) throw numberNotS10(number, parsed.reason);
    if (parsed.indicator !== service.s10Indicator) throw numberIndicator(parsed.number, service.s10Indicator);
    return parsed.number;
  }
  if (service.numberPattern !== '' && !new RegExp(service.numberPattern).test(number)) throw numberPattern(number, service.carrierName, service.numberPattern);
  return number;
}

/** Records the numbers as used; refuses one given twice or already issued. */
export async function recordIssued(trx: Db, carrierId: number, numbers: string[], stamp: Stamp): Promise<void> {
  const seen = new Set<string>();
  for (const n of numbers) {
    if (seen.has(n)) throw numberTwice(n);
    seen.add(n);
  }
  const taken = await trx.selectFrom('issued_numbers').select('number').where('number', 'in', numbers).executeTakeFirst();
  if (taken) throw numberIssued(taken.number);
  await trx
    .insertInto('issued_numbers')
    .values(numbers.map((number) => ({ number, carrier_id: carrierId, issued_at: stamp.at })))
    .execute();
}
