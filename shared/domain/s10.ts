// UPU S10 identifiers of international postal items: two-letter service indicator, eight-digit
// serial, one check digit, the issuing post's ISO country code (e.g. RR473124829ES). The check
// digit is the UPU's own: weights 8 6 4 2 3 5 9 7 over the serial, C = 11 - (S mod 11), with 10
// written 0 and 11 written 5 (UPU S10 standard; Wikipedia "S10 (UPU standard)").

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** Two capital letters: the service indicator (RR registered, LX tracked, CP parcel, EE EMS...). */
export const S10_INDICATOR = /^[A-Z]{2}$/;
/** Two capital letters: the issuing postal administration's ISO 3166-1 alpha-2 country. */
export const S10_COUNTRY = /^[A-Z]{2}$/;
export const S10_LAST_SERIAL = 99_999_999;

/** The check digit of an eight-digit serial. */
export function s10CheckDigit(serial8: string): number {
  if (!/^\d{8}$/.test(serial8)) throw new Error(`An S10 serial has eight digits, not "${serial8}"`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial8[i]) * WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

/** The whole identifier of a serial (a number 0..99999999 or its eight digits). */
export function formatS10(indicator: string, serial: number | string, country: string): string {
  const digits = typeof serial === 'number' ? String(serial).padStart(8, '0') : serial;
  if (!S10_INDICATOR.test(indicator)) throw new Error(`An S10 service indicator is two capital letters, not "${indicator}"`);
  if (!S10_COUNTRY.test(country)) throw new Error(`An S10 country is two capital letters, not "${country}"`);
  return `${indicator}${digits}${s10CheckDigit(digits)}${country}`;
}

export type S10Refusal = 'length' | 'indicator' | 'serial' | 'country' | 'checkDigit';

export type S10Parse =
  | { ok: true; number: string; indicator: string; serial: string; checkDigit: number; country: string }
  | { ok: false; reason: S10Refusal; expectedCheckDigit?: number };

/**
 * Reads an identifier as typed, scanned or imported: spaces and case are forgiven ("rr 473 124 829 es"
 * is RR473124829ES), everything else must be right. The reason says which part is wrong.
 */
export function parseS10(text: string): S10Parse {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (compact.length !== 13) return { ok: false, reason: 'length' };
  const indicator = compact.slice(0, 2);
  const serial = compact.slice(2, 10);
  const check = compact.slice(10, 11);
  const country = compact.slice(11, 13);
  if (!S10_INDICATOR.test(indicator)) return { ok: false, reason: 'indicator' };
  if (!/^\d{8}$/.test(serial) || !/^\d$/.test(check)) return { ok: false, reason: 'serial' };
  if (!S10_COUNTRY.test(country)) return { ok: false, reason: 'country' };
  const expected = s10CheckDigit(serial);
  if (Number(check) !== expected) return { ok: false, reason: 'checkDigit', expectedCheckDigit: expected };
  return { ok: true, number: compact, indicator, serial, checkDigit: expected, country };
}

export function isValidS10(text: string): boolean {
  return parseS10(text).ok;
}
