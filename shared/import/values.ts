// Turning the loose values shops put in their exports into the app's canonical ones.
import countries from 'i18n-iso-countries';

/**
 * "1,234.50" -> "1234.50"; "12,50" -> "12.50" when the file uses ';' (European exports).
 * Leaves anything it does not recognise untouched so the schema reports it.
 */
export function normaliseDecimal(raw: string, delimiter: string): string {
  let v = raw.trim().replace(/[\s\u00a0']/g, '');
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(v)) v = v.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(v) && delimiter !== ';') v = v.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(v)) v = v.replace(',', '.');
  return v;
}

/**
 * In a ;-file (the European convention, where "1.234,50" is 1234.5) "1.000" is one thousand with
 * a thousands dot, but a shop that writes decimal points in a ;-file means 1. normaliseDecimal
 * leaves it as 1.000, which the schema accepts: a quantity or price 1000 times off on customs
 * papers. The import asks instead (import.ambiguousNumber). "0.500", "1.5", "1.234,5" are clear.
 */
export function isAmbiguousDecimal(raw: string, delimiter: string): boolean {
  return delimiter === ';' && /^-?[1-9]\d{0,2}\.\d{3}$/.test(raw.trim().replace(/[\s\u00a0']/g, ''));
}

/** "2024-03-05 10:22:01 +0100" or "2024-03-05T10:22:01Z" -> "2024-03-05"; anything else untouched. */
export function normaliseDate(raw: string): string {
  const v = raw.trim();
  const m = /^(\d{4}-\d{2}-\d{2})([ T].*)?$/.exec(v);
  return m ? m[1]! : v;
}

/** "ES", "es", "Spain", "España" -> "ES". Unknown names are returned as typed, for the error. */
export function normaliseCountry(raw: string): string {
  const v = raw.trim();
  if (/^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
  if (v === '') return v;
  return countries.getAlpha2Code(v, 'en') ?? countries.getAlpha2Code(v, 'es') ?? v;
}
