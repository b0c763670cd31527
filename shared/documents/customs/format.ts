// How figures, dates, countries and codes read on paper in the document's language. A draft may
// hold half-typed figures ("12."); those print as typed rather than being guessed at.
import countries from 'i18n-iso-countries';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import countriesEs from 'i18n-iso-countries/langs/es.json';
import { INCOTERMS, currencyDigits } from '../../domain/codes';
import { canonical, formatMoney, isDecimalString } from '../../domain/money';
import type { DocumentLanguage } from '../../schemas/customs';
import { type PaperWords, paperWords } from './words';

countries.registerLocale(countriesEn);
countries.registerLocale(countriesEs);

const LOCALES: Record<DocumentLanguage, string> = { en: 'en-GB', es: 'es-ES' };
const CURRENCY = /^[A-Z]{3}$/;

export interface Formats {
  lang: DocumentLanguage;
  locale: string;
  w: PaperWords;
  /** "€1,234.50" / "1234,50 €"; without a currency yet, the figure alone. */
  money(value: string, currency: string): string;
  /** The figure with the currency's minor digits and no symbol, for table cells. */
  amount(value: string, currency: string): string;
  /** A unit price: at least the currency's minor digits, up to six. */
  price(value: string, currency: string): string;
  quantity(value: string): string;
  date(value: string): string;
  dateTime(iso: string): string;
  country(code: string): string;
  /** "Spain (ES)": the name for the reader, the code for the officer's system. */
  countryWithCode(code: string): string;
  unit(code: string): string;
  incotermName(code: string): string;
}

/** A word by a key that came from data: own keys only, so "__proto__" or "constructor" find nothing. */
export function lookup(table: object, key: string): string | undefined {
  const value: unknown = Object.hasOwn(table, key) ? (table as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

// Making an Intl.NumberFormat costs far more than using one, and a 2,000-item declaration
// formats some ten thousand figures: one formatter per locale and precision.
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}|${min}|${max}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max });
    NUMBER_FORMATS.set(key, format);
  }
  return format;
}

export function formats(lang: DocumentLanguage): Formats {
  const locale = LOCALES[lang];
  const w = paperWords(lang);
  const digits = (currency: string) => (CURRENCY.test(currency) ? currencyDigits(currency) : 2);
  // Intl formats a decimal string exactly (no float on the way); the cast is only for the type.
  const exact = (value: string) => value as unknown as number;
  const f: Formats = {
    lang,
    locale,
    w,
    money: (value, currency) => {
      if (!isDecimalString(value)) return value;
      return CURRENCY.test(currency) ? formatMoney(value, currency, locale) : f.amount(value, currency);
    },
    amount: (value, currency) => {
      if (!isDecimalString(value)) return value;
      const d = digits(currency);
      return numberFormat(locale, d, d).format(exact(canonical(value, d)));
    },
    // A decimal string has at most six decimals, so these two never round.
    price: (value, currency) => (isDecimalString(value) ? numberFormat(locale, digits(currency), 6).format(exact(value)) : value),
    // formatQuantity's options, with a formatter made once.
    quantity: (value) => (isDecimalString(value) ? numberFormat(locale, 0, 6).format(exact(value)) : value),
    date: (value) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!m) return value;
      const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(at);
    },
    dateTime: (iso) => {
      const at = new Date(iso);
      return Number.isNaN(at.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
    },
    country: (code) => (code ? (countries.getName(code, lang) ?? code) : ''),
    countryWithCode: (code) => {
      const name = f.country(code);
      return name && name !== code ? `${name} (${code})` : code;
    },
    unit: (code) => lookup(w.units, code) ?? code,
    incotermName: (code) => lookup(w.incoterms, code) ?? INCOTERMS.find((t) => t.code === code)?.name ?? '',
  };
  return f;
}
