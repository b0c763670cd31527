// Step 1 of the flow: the checks an order must pass before it is confirmed. Every problem is
// reported (not just the first) so the broker can fix them all in one visit.
import { isPossiblePhoneNumber, type CountryCode } from 'libphonenumber-js/min';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import type { Order } from '../schemas/order';
import { METHOD_UNKNOWN } from './codes';
import { compareDecimal, isPositive, lineTotal, sumMoney } from './money';

// Where the post runs without postal codes; postcode-validator lists rules only for countries that
// have them, and these have none (or only optional ones shops rarely collect).
const NO_POSTCODE = new Set([
  'AE',
  'AG',
  'AO',
  'AW',
  'BF',
  'BI',
  'BJ',
  'BO',
  'BS',
  'BW',
  'BZ',
  'CD',
  'CF',
  'CG',
  'CI',
  'CK',
  'CM',
  'DJ',
  'DM',
  'ER',
  'FJ',
  'GA',
  'GD',
  'GH',
  'GM',
  'GQ',
  'GY',
  'HK',
  'IE',
  'KI',
  'KM',
  'KN',
  'KP',
  'LY',
  'ML',
  'MO',
  'MR',
  'MW',
  'NR',
  'NU',
  'QA',
  'RW',
  'SB',
  'SC',
  'SL',
  'SR',
  'ST',
  'SY',
  'TD',
  'TF',
  'TG',
  'TK',
  'TL',
  'TO',
  'TV',
  'UG',
  'VU',
  'YE',
  'ZW',
]);

export interface Problem {
  /** i18n key under "problems." */
  code: string;
  /** Form path of the field to fix, e.g. "consignee.postalCode" or "lines.2.brand". */
  field: string;
  params?: Record<string, string | number>;
}

export function postalCodeRequired(country: string): boolean {
  return !NO_POSTCODE.has(country);
}

export function checkOrder(order: Order): Problem[] {
  const problems: Problem[] = [];
  const c = order.consignee;
  const need = (value: string, field: string, code: string) => {
    if (value.trim() === '') problems.push({ code, field });
  };

  need(c.name, 'consignee.name', 'nameMissing');
  need(c.address1, 'consignee.address1', 'addressMissing');
  need(c.city, 'consignee.city', 'cityMissing');

  if (c.postalCode.trim() === '') {
    if (postalCodeRequired(c.country)) problems.push({ code: 'postalCodeMissing', field: 'consignee.postalCode', params: { country: c.country } });
  } else if (postcodeValidatorExistsForCountry(c.country) && !postcodeValidator(c.postalCode, c.country)) {
    problems.push({ code: 'postalCodeInvalid', field: 'consignee.postalCode', params: { country: c.country, value: c.postalCode } });
  }

  if (c.phone.trim() === '') {
    problems.push({ code: 'phoneMissing', field: 'consignee.phone' });
  } else if (!isPossiblePhoneNumber(c.phone, c.country as CountryCode)) {
    problems.push({ code: 'phoneInvalid', field: 'consignee.phone', params: { country: c.country, value: c.phone } });
  }

  // No rule knew the shop's shipping line (or the user set the method to "not decided"): the
  // transport step cannot choose a carrier. The line is named so the user can write a rule for it.
  if (order.shippingMethod === METHOD_UNKNOWN) {
    if (order.shippingLine.trim() === '') problems.push({ code: 'shippingMethodMissing', field: 'shippingMethod' });
    else problems.push({ code: 'shippingMethodUnknown', field: 'shippingMethod', params: { line: order.shippingLine } });
  }

  order.lines.forEach((line, i) => {
    const n = i + 1;
    if (line.sku === '') problems.push({ code: 'skuMissing', field: `lines.${i}.sku`, params: { line: n } });
    if (line.brand === '') problems.push({ code: 'brandMissing', field: `lines.${i}.brand`, params: { line: n } });
    if (line.model === '') problems.push({ code: 'modelMissing', field: `lines.${i}.model`, params: { line: n } });
    if (line.description === '') problems.push({ code: 'descriptionMissing', field: `lines.${i}.description`, params: { line: n } });
    if (!isPositive(line.quantity)) problems.push({ code: 'quantityNotPositive', field: `lines.${i}.quantity`, params: { line: n } });
  });

  if (order.declaredTotal !== '') {
    const computed = orderTotal(order);
    if (compareDecimal(computed, order.declaredTotal) !== 0) {
      problems.push({ code: 'totalMismatch', field: 'declaredTotal', params: { declared: order.declaredTotal, computed, currency: order.currency } });
    }
  }
  return problems;
}

export function orderTotal(order: Pick<Order, 'lines' | 'currency'>): string {
  return sumMoney(
    order.lines.map((l) => lineTotal(l.quantity, l.unitPrice, order.currency)),
    order.currency,
  );
}
