// Locale display of dates and money. Money stays an exact decimal string end to end.
import { isCurrencyCode } from '../../../shared/domain/codes';
import { formatMoney, formatQuantity, isDecimalString } from '../../../shared/domain/money';

/** "2024-03-05" in the UI language; the order date is a calendar day, so no time zone shift. */
export function formatDay(isoDay: string, locale: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment (audit log, created/updated) in the user's own time zone. */
export function formatMoment(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** formatMoney that never throws on half-typed input: shows the raw text instead. */
export function money(value: string, currency: string, locale: string): string {
  if (!isDecimalString(value)) return value;
  if (!isCurrencyCode(currency)) return `${value} ${currency}`.trim();
  return formatMoney(value, currency, locale);
}

/** A stock or order quantity ("2.5") in the UI language, exact; raw text if it is not a decimal. */
export function quantity(value: string, locale: string): string {
  return isDecimalString(value) ? formatQuantity(value, locale) : value;
}

export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** YYYY-MM-DD of the user's local day (toISOString would give the UTC day). */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
