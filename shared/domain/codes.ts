// Code lists the order data is checked against: ISO 3166-1 countries, ISO 4217 currencies,
// Incoterms 2020, and the app's own shipping methods and units of measure.
import countries from 'i18n-iso-countries';
import currencyCodes from 'currency-codes';
import incotermData from '../../resources/incoterms/incoterms-2020.json';

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function countryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes());
}

// Funds codes (e.g. USN, XDR) and metals are not used to price goods.
const NOT_FOR_TRADE = new Set([
  'XAU',
  'XAG',
  'XPD',
  'XPT',
  'XDR',
  'XSU',
  'XUA',
  'XBA',
  'XBB',
  'XBC',
  'XBD',
  'XTS',
  'XXX',
  'BOV',
  'CHE',
  'CHW',
  'CLF',
  'COU',
  'MXV',
  'USN',
  'UYI',
  'UYW',
]);

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && !NOT_FOR_TRADE.has(code) && currencyCodes.code(code) !== undefined;
}

export function currencyList(): { code: string; name: string; digits: number }[] {
  return currencyCodes
    .codes()
    .filter((c) => !NOT_FOR_TRADE.has(c))
    .map((c) => {
      const entry = currencyCodes.code(c)!;
      return { code: c, name: entry.currency, digits: entry.digits };
    });
}

/** Minor-unit digits of a currency (EUR 2, JPY 0, KWD 3); 2 when the list has no figure. */
export function currencyDigits(code: string): number {
  const entry = currencyCodes.code(code);
  return entry && Number.isInteger(entry.digits) ? entry.digits : 2;
}

export interface Incoterm {
  code: string;
  name: string;
  group: string;
  modes: string;
}
export const INCOTERMS: readonly Incoterm[] = incotermData.terms.map((t) => ({
  code: t.code,
  name: t.name,
  group: t.group,
  modes: t.modes,
}));
export const INCOTERM_CODES = INCOTERMS.map((t) => t.code) as [string, ...string[]];

/** How the goods travel; step 5 picks the logistics provider from this and the destination. */
export const SHIPPING_METHODS = ['postal', 'express', 'air', 'sea', 'rail', 'road'] as const;
export type ShippingMethod = (typeof SHIPPING_METHODS)[number];

/**
 * An order's method may also be not decided yet: its shipping line matched no rule (see
 * domain/shipping.ts). Such an order is kept, and confirmation asks for the method.
 */
export const METHOD_UNKNOWN = 'unknown';
export const ORDER_SHIPPING_METHODS = [...SHIPPING_METHODS, METHOD_UNKNOWN] as const;
export type OrderShippingMethod = (typeof ORDER_SHIPPING_METHODS)[number];

/** UN/ECE Recommendation 20 codes that shops sell in. */
export const UNITS = ['PCE', 'SET', 'PR', 'KGM', 'GRM', 'MTR', 'LTR', 'MTK'] as const;
export type Unit = (typeof UNITS)[number];
