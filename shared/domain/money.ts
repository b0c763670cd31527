// Exact decimal arithmetic for money and quantities. Values travel as canonical strings
// ("12.50", "3") between every layer and are only turned into Decimal for arithmetic.
import Decimal from 'decimal.js';
import { currencyDigits } from './codes';

// An independent Decimal constructor so no other module's global config can change ours.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type DecimalString = string;

/** Plain decimal notation: optional minus, digits, optional fraction. No exponents, no grouping. */
export const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,6})?$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/** Digits after the decimal point as written ("1.50" -> 2). */
export function decimalPlaces(value: string): number {
  const dot = value.indexOf('.');
  return dot === -1 ? 0 : value.length - dot - 1;
}

export function dec(value: DecimalString): Decimal {
  return new D(value);
}

/** Canonical form: no exponent, no trailing zeros beyond what `places` asks for. */
export function canonical(value: Decimal.Value, places?: number): DecimalString {
  const d = new D(value);
  return places === undefined ? d.toFixed() : d.toFixed(places);
}

/** Quantity x unit price, rounded half-up to the currency's minor unit. */
export function lineTotal(quantity: DecimalString, unitPrice: DecimalString, currency: string): DecimalString {
  return dec(quantity).times(dec(unitPrice)).toFixed(currencyDigits(currency));
}

export function sumMoney(values: DecimalString[], currency: string): DecimalString {
  return values.reduce((acc, v) => acc.plus(dec(v)), new D(0)).toFixed(currencyDigits(currency));
}

export function compareDecimal(a: DecimalString, b: DecimalString): number {
  return dec(a).comparedTo(dec(b));
}

export function isPositive(value: DecimalString): boolean {
  return isDecimalString(value) && dec(value).greaterThan(0);
}

/**
 * Locale display of an exact decimal. Intl.NumberFormat formats decimal strings without going
 * through a float, so 12345678901234.56 prints exactly.
 */
// Building an Intl.NumberFormat costs far more than using one: a 200-line document formats
// hundreds of figures, so formatters are kept per locale and currency.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let fmt = formatters.get(key);
  if (!fmt) formatters.set(key, (fmt = make()));
  return fmt;
}

export function formatMoney(value: DecimalString, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  const fmt = formatter(
    `m|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }),
  );
  return fmt.format(canonical(value, digits) as unknown as number);
}

export function formatQuantity(value: DecimalString, locale: string): string {
  return formatter(`q|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 })).format(canonical(value) as unknown as number);
}
