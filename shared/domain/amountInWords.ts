// An amount of money written out in words, as invoices and sales contracts print it beside the
// figure ("one thousand two hundred thirty-four euros and fifty-six cents"). Exact: the value is a
// decimal string rounded half-up to the currency's minor unit and spelt from BigInt digits.
// Our own converter rather than n2words: that package's Spanish says "veintiuno mil" and
// "cienta", and it is ESM-only, which a CommonJS main bundle would have to require.
import { currencyDigits } from './codes';
import { type DecimalString, dec } from './money';

export type WordsLanguage = 'en' | 'es';

type Gender = 'm' | 'f';

interface CurrencyWords {
  one: string;
  many: string;
  /** Spanish nouns agree: "una libra", "un euro". */
  gender: Gender;
  minorOne: string;
  minorMany: string;
}

const CURRENCIES: Record<WordsLanguage, Record<string, CurrencyWords>> = {
  en: {
    EUR: { one: 'euro', many: 'euros', gender: 'm', minorOne: 'cent', minorMany: 'cents' },
    USD: { one: 'US dollar', many: 'US dollars', gender: 'm', minorOne: 'cent', minorMany: 'cents' },
    GBP: { one: 'pound sterling', many: 'pounds sterling', gender: 'm', minorOne: 'penny', minorMany: 'pence' },
    CNY: { one: 'yuan renminbi', many: 'yuan renminbi', gender: 'm', minorOne: 'fen', minorMany: 'fen' },
    JPY: { one: 'yen', many: 'yen', gender: 'm', minorOne: 'sen', minorMany: 'sen' },
    MXN: { one: 'Mexican peso', many: 'Mexican pesos', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    BRL: { one: 'Brazilian real', many: 'Brazilian reais', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    CAD: { one: 'Canadian dollar', many: 'Canadian dollars', gender: 'm', minorOne: 'cent', minorMany: 'cents' },
    AUD: { one: 'Australian dollar', many: 'Australian dollars', gender: 'm', minorOne: 'cent', minorMany: 'cents' },
    CHF: { one: 'Swiss franc', many: 'Swiss francs', gender: 'm', minorOne: 'centime', minorMany: 'centimes' },
    HKD: { one: 'Hong Kong dollar', many: 'Hong Kong dollars', gender: 'm', minorOne: 'cent', minorMany: 'cents' },
    KRW: { one: 'South Korean won', many: 'South Korean won', gender: 'm', minorOne: 'jeon', minorMany: 'jeon' },
    CLP: { one: 'Chilean peso', many: 'Chilean pesos', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    COP: { one: 'Colombian peso', many: 'Colombian pesos', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    ARS: { one: 'Argentine peso', many: 'Argentine pesos', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    PEN: { one: 'Peruvian sol', many: 'Peruvian soles', gender: 'm', minorOne: 'céntimo', minorMany: 'céntimos' },
  },
  es: {
    EUR: { one: 'euro', many: 'euros', gender: 'm', minorOne: 'céntimo', minorMany: 'céntimos' },
    USD: { one: 'dólar estadounidense', many: 'dólares estadounidenses', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    GBP: { one: 'libra esterlina', many: 'libras esterlinas', gender: 'f', minorOne: 'penique', minorMany: 'peniques' },
    CNY: { one: 'yuan renminbi', many: 'yuanes renminbi', gender: 'm', minorOne: 'fen', minorMany: 'fen' },
    JPY: { one: 'yen', many: 'yenes', gender: 'm', minorOne: 'sen', minorMany: 'sen' },
    MXN: { one: 'peso mexicano', many: 'pesos mexicanos', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    BRL: { one: 'real brasileño', many: 'reales brasileños', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    CAD: { one: 'dólar canadiense', many: 'dólares canadienses', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    AUD: { one: 'dólar australiano', many: 'dólares australianos', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    CHF: { one: 'franco suizo', many: 'francos suizos', gender: 'm', minorOne: 'céntimo', minorMany: 'céntimos' },
    HKD: { one: 'dólar de Hong Kong', many: 'dólares de Hong Kong', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    KRW: { one: 'won surcoreano', many: 'wones surcoreanos', gender: 'm', minorOne: 'jeon', minorMany: 'jeon' },
    CLP: { one: 'peso chileno', many: 'pesos chilenos', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    COP: { one: 'peso colombiano', many: 'pesos colombianos', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    ARS: { one: 'peso argentino', many: 'pesos argentinos', gender: 'm', minorOne: 'centavo', minorMany: 'centavos' },
    PEN: { one: 'sol', many: 'soles', gender: 'm', minorOne: 'céntimo', minorMany: 'céntimos' },
  },
};

/** The currencies spelt out by name; any other prints its ISO code. */
export const NAMED_CURRENCIES = Object.keys(CURRENCIES.en);

// ---- English: short scale, hyphenated tens, no "and" after hundred ----

const EN_ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'];

function enBelowThousand(n: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(`${EN_ONES[hundreds]} hundred`);
  if (rest >= 20) words.push(EN_TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${EN_ONES[rest % 10]}` : ''));
  else if (rest >= 10) words.push(EN_TEENS[rest - 10]!);
  else if (rest > 0) words.push(EN_ONES[rest]!);
  return words.join(' ');
}

function enInteger(n: bigint): string {
  if (n === 0n) return 'zero';
  const words: string[] = [];
  for (let scale = EN_SCALES.length - 1; scale >= 0; scale--) {
    const unit = 1000n ** BigInt(scale);
    const group = Number((n / unit) % 1000n);
    if (group > 0) words.push(enBelowThousand(group) + (scale > 0 ? ` ${EN_SCALES[scale]}` : ''));
  }
  return words.join(' ');
}

// ---- Spanish: long scale (millón, billón), "y" between tens and units, gender and apocope ----

const ES_ONES = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const ES_TEENS = ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'];
const ES_TWENTIES = ['veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'];

/**
 * 1..999 before a noun: masculine drops the final "o" of uno ("un euro", "veintiún mil",
 * "treinta y un dólares"); feminine says "una", "veintiuna" and "doscientas".
 */
function esBelowThousand(n: number, gender: Gender): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) {
    const h = n === 100 ? 'cien' : ES_HUNDREDS[hundreds]!;
    words.push(gender === 'f' && hundreds > 1 ? h.replace(/os$/, 'as') : h);
  }
  const one = gender === 'f' ? 'una' : 'un';
  if (rest === 1) words.push(one);
  else if (rest === 21) words.push(gender === 'f' ? 'veintiuna' : 'veintiún');
  else if (rest >= 30) {
    const unit = rest % 10;
    words.push(ES_TENS[Math.floor(rest / 10)]! + (unit === 0 ? '' : ` y ${unit === 1 ? one : ES_ONES[unit]}`));
  } else if (rest >= 20) words.push(ES_TWENTIES[rest - 20]!);
  else if (rest >= 10) words.push(ES_TEENS[rest - 10]!);
  else if (rest > 0) words.push(ES_ONES[rest]!);
  return words.join(' ');
}

/** 0..999,999: "mil", never "un mil"; the thousands agree with the noun ("doscientas mil libras"). */
function esBelowMillion(n: number, gender: Gender): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const words: string[] = [];
  if (thousands === 1) words.push('mil');
  else if (thousands > 1) words.push(`${esBelowThousand(thousands, gender)} mil`);
  if (rest > 0) words.push(esBelowThousand(rest, gender));
  return words.join(' ');
}

/** Long scale: millón = 10^6, billón = 10^12; their counts are masculine ("veintiún millones"). */
function esInteger(n: bigint, gender: Gender): { words: string; endsInScale: boolean } {
  if (n === 0n) return { words: 'cero', endsInScale: false };
  const million = 1_000_000n;
  const billions = Number(n / (million * million));
  const millions = Number((n / million) % million);
  const units = Number(n % million);
  const words: string[] = [];
  if (billions > 0) words.push(`${esBelowMillion(billions, 'm')} ${billions === 1 ? 'billón' : 'billones'}`);
  if (millions > 0) words.push(`${esBelowMillion(millions, 'm')} ${millions === 1 ? 'millón' : 'millones'}`);
  if (units > 0) words.push(esBelowMillion(units, gender));
  return { words: words.join(' '), endsInScale: units === 0 };
}

// ---- the amount ----

const LIMIT = 10n ** 18n;

function split(value: DecimalString, digits: number): { negative: boolean; major: bigint; minor: bigint } {
  if (!/^-?\d{1,18}(\.\d+)?$/.test(value)) throw new RangeError(`"${value}" is not a decimal amount.`);
  const fixed = dec(value).toFixed(digits); // half-up, exact
  const negative = fixed.startsWith('-') && /[1-9]/.test(fixed);
  const [int = '0', frac = ''] = fixed.replace('-', '').split('.');
  const major = BigInt(int);
  if (major >= LIMIT) throw new RangeError(`${value} is too large to write out in words.`);
  return { negative, major, minor: frac ? BigInt(frac) : 0n };
}

/**
 * `value` in words with the currency's name, in English or Spanish. Currencies without a minor unit
 * (JPY, KRW, CLP) have no cents part; a currency without a name here prints its code and the
 * cents as a fraction ("... SEK and 50/100").
 */
export function amountInWords(value: DecimalString, currency: string, lang: WordsLanguage): string {
  const code = currency.trim().toUpperCase();
  const digits = /^[A-Z]{3}$/.test(code) ? currencyDigits(code) : 2;
  const { negative, major, minor } = split(value.trim(), digits);
  const names = CURRENCIES[lang][code];
  const minorDigits = String(minor).padStart(digits, '0');
  const parts: string[] = [];
  if (lang === 'en') {
    parts.push(`${enInteger(major)} ${names ? (major === 1n ? names.one : names.many) : code}`);
    if (minor > 0n) parts.push(names ? `and ${enInteger(minor)} ${minor === 1n ? names.minorOne : names.minorMany}` : `and ${minorDigits}/${10 ** digits}`);
    return `${negative ? 'minus ' : ''}${parts.join(' ')}`;
  }
  const gender = names?.gender ?? 'm';
  const integer = esInteger(major, gender);
  // "un millón de euros" but "un millón doscientos mil euros".
  parts.push(`${integer.words}${integer.endsInScale ? ' de' : ''} ${names ? (major === 1n ? names.one : names.many) : code}`);
  if (minor > 0n)
    parts.push(names ? `con ${esInteger(minor, 'm').words} ${minor === 1n ? names.minorOne : names.minorMany}` : `con ${minorDigits}/${10 ** digits}`);
  return `${negative ? 'menos ' : ''}${parts.join(' ')}`;
}
