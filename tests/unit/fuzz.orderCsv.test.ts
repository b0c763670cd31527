// Properties of the CSV order import over generated input. Seedable: FUZZ_SEED=<n>, FUZZ_RUNS=<n>.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/bundles';
import { INCOTERM_CODES, SHIPPING_METHODS, UNITS, currencyDigits } from '../../shared/domain/codes';
import { dec, isDecimalString } from '../../shared/domain/money';
import { decodeCsvBytes } from '../../shared/import/encoding';
import { IMPORT_FIELDS } from '../../shared/import/fields';
import { type ImportDefaults, type ParsedImport, defaultShipping, parseOrderCsv } from '../../shared/import/orderCsv';
import { isAmbiguousDecimal, normaliseDecimal } from '../../shared/import/values';
import type { Order } from '../../shared/schemas/order';
import { fuzz } from '../hostile/fuzz';
import { FULL_HEADER, SMALL_HEADER } from '../hostile/generate';

const DEFAULTS: ImportDefaults = { channel: 'shop', incoterm: 'DAP', shippingMethod: 'postal', unit: 'PCE', orderDate: '2026-01-01' };
const parse = (text: string, mapping?: Parameters<typeof parseOrderCsv>[1]['mapping']) => parseOrderCsv(text, { mapping, defaults: DEFAULTS });

const messages = en as unknown as Record<string, Record<string, string>>;
const translatable = (code: string) => {
  const [section, key] = code.split('.');
  return messages[section!]?.[key!] !== undefined;
};
const lastPossibleRow = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length + 1;

/** What must hold for any input whatsoever. */
function checkInvariants(text: string, r: ParsedImport) {
  const max = lastPossibleRow(text);
  for (const e of r.errors) {
    expect(Number.isInteger(e.row), JSON.stringify(e)).toBe(true);
    expect(e.row, JSON.stringify(e)).toBeGreaterThanOrEqual(1);
    expect(e.row, JSON.stringify(e)).toBeLessThanOrEqual(max);
    expect(translatable(e.code), `untranslatable ${e.code}`).toBe(true);
  }
  expect(r.errors.map((e) => e.row)).toEqual([...r.errors.map((e) => e.row)].sort((a, b) => a - b));
  const seen = new Set<number>();
  for (const rows of [...r.orders.map((o) => o.rows), ...r.invalid.map((o) => o.rows)]) {
    for (const row of rows) {
      expect(row).toBeGreaterThanOrEqual(2);
      expect(row).toBeLessThanOrEqual(max);
      expect(seen.has(row), `row ${row} in two orders`).toBe(false);
      seen.add(row);
    }
  }
  // The user can always see why an order was held back: an error on one of its rows.
  const errorRows = new Set(r.errors.map((e) => e.row));
  for (const o of r.invalid)
    expect(
      o.rows.some((row) => errorRows.has(row)),
      `invalid ${o.orderNumber} without an error`,
    ).toBe(true);
  expect(r.rowCount).toBeLessThanOrEqual(max);
}

// Characters that make CSV and the import interesting.
const NASTY = [
  ',',
  ';',
  '\t',
  '|',
  '"',
  "'",
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\u00a0',
  'a',
  'Z',
  '1',
  '0',
  '.',
  '-',
  '=',
  '+',
  '@',
  '\uFEFF',
  '\u0000',
  '\u0001',
  '\u007f',
  '\u0085',
  'é',
  'ß',
  '中',
  '😀',
  '\uFFFD',
  '\u202E',
  '\u2028',
  '__proto__',
  'US',
  'USD',
  '2.00',
];
const nastyText = (maxLength: number) => fc.string({ unit: fc.constantFrom(...NASTY), maxLength });

const cell = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'A1',
      'A2',
      'Ann Lee',
      'US',
      'DE',
      'USD',
      'EUR',
      'JPY',
      '1',
      '2.00',
      '12,50',
      '1.234,50',
      '',
      ' ',
      'express',
      'DAP',
      'PCE',
      '851830',
      'x@example.com',
      '2026-11-03',
    ),
  },
  { weight: 2, arbitrary: nastyText(12) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const quoted = (v: string) => `"${v.replace(/"/g, '""')}"`;
const csvLike = fc
  .record({
    header: fc.constantFrom(FULL_HEADER, SMALL_HEADER, `${SMALL_HEADER},${FULL_HEADER}`, '', 'a,b,c'),
    rows: fc.array(fc.array(fc.tuple(cell, fc.boolean()), { maxLength: 30 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
  })
  .map(({ header, rows, delimiter, newline, bom }) => {
    const head = header.split(',').join(delimiter);
    const body = rows.map((r) => r.map(([v, q]) => (q ? quoted(v) : v)).join(delimiter));
    return (bom ? '\uFEFF' : '') + [head, ...body].join(newline);
  });

describe('parseOrderCsv on arbitrary input', () => {
  it('never throws on arbitrary strings; error rows are within the file and translatable', () => {
    fc.assert(
      fc.property(fc.oneof(nastyText(200), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        checkInvariants(text, parse(text));
      }),
      fuzz(400),
    );
  });

  it('never throws on CSV-shaped input with real headers, and keeps the invariants', () => {
    fc.assert(
      fc.property(csvLike, (text) => {
        checkInvariants(text, parse(text));
      }),
      fuzz(400),
    );
  });

  it('never throws on arbitrary bytes read the way the renderer reads them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const { text } = decodeCsvBytes(bytes);
        checkInvariants(text, parse(text));
      }),
      fuzz(300),
    );
  });

  it('never throws with an arbitrary mapping, prototype keys and unknown headers included', () => {
    const header = fc.constantFrom('order_number', 'country', '__proto__', 'constructor', 'prototype', 'toString', '', 'nope');
    const mapping = fc.dictionary(fc.constantFrom(...IMPORT_FIELDS, '__proto__', 'constructor'), header, { maxKeys: 12 });
    fc.assert(
      fc.property(csvLike, mapping, (text, m) => {
        checkInvariants(text, parse(text, m as never));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      fuzz(300),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Round trip: valid orders written as a shop would write them come back as the same orders.

const textUnit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'abcxyz ABC0189'.split('')) },
  { weight: 2, arbitrary: fc.constantFrom(',', ';', '"', "'", '\n', '\t', '|', '=', '+', '-', '@', '<', '>', '/', '\\', '#') },
  { weight: 2, arbitrary: fc.constantFrom('é', 'ñ', 'ß', 'Ø', '中', 'ш', 'ع', '😀', '\u00a0', '\u2028', '\u200F') },
);
/** Text the schema accepts as it is (trimmed, no control characters), up to `max` UTF-16 units. */
const safeText = (max: number, required = false) =>
  fc
    .string({ unit: textUnit, maxLength: Math.min(max, 24) })
    .map((s) => s.trim())
    .filter((s) => s.length <= max && (!required || s.length > 0));

/** Integer parts of every length up to 12 digits, each length as likely (1,234 is as likely as 12). */
const intPart = fc.integer({ min: 1, max: 12 }).chain((digits) => fc.integer({ min: digits === 1 ? 0 : 10 ** (digits - 1), max: 10 ** digits - 1 }));

/** A canonical decimal with at most `places` decimals (and up to 12 integer digits). */
const decimal = (places: number) =>
  fc
    .tuple(intPart, fc.integer({ min: 0, max: places }), fc.nat())
    .map(([int, n, f]) => (n === 0 ? String(int) : `${int}.${String(f % 10 ** n).padStart(n, '0')}`));

const COUNTRIES = ['US', 'DE', 'ES', 'JP', 'BR', 'CN', 'GB', 'FR', 'MX', 'CA', 'KW'];
const CURRENCIES = ['USD', 'EUR', 'JPY', 'KWD', 'GBP', 'BRL'];

const orderArb = fc
  .constantFrom(...CURRENCIES)
  .chain((currency) =>
    fc.record({
      orderNumber: safeText(64, true),
      channel: safeText(60, true),
      orderDate: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      consignee: fc.record({
        name: safeText(120, true),
        company: safeText(120),
        address1: safeText(200),
        address2: safeText(200),
        city: safeText(100),
        state: safeText(100),
        // A leading ' is a spreadsheet's "keep as text" mark and is removed (Shopify zip codes).
        postalCode: safeText(20).filter((s) => !/^'\S/.test(s)),
        country: fc.constantFrom(...COUNTRIES),
        phone: safeText(40),
        email: fc.constantFrom('', 'ann@example.com', 'o.brien+tag@example.co.uk'),
        taxId: safeText(40),
      }),
      // The shop's words, kept as written whatever they are; the method is what the default rules make of them.
      shippingLine: fc.oneof(
        fc.constantFrom(...SHIPPING_METHODS, 'Colissimo International', 'SF Express Economy', 'YunExpress Global Direct Line'),
        safeText(200),
      ),
      currency: fc.constant(currency),
      incoterm: fc.constantFrom(...INCOTERM_CODES),
      declaredTotal: fc.oneof(fc.constant(''), decimal(currencyDigits(currency))),
      lines: fc.array(
        fc.record({
          sku: safeText(64),
          description: safeText(500),
          brand: safeText(100),
          model: safeText(100),
          quantity: decimal(3),
          unit: fc.constantFrom(...UNITS),
          unitPrice: decimal(currencyDigits(currency)),
          hsCode: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{6,10}$/)),
          originCountry: fc.constantFrom('', ...COUNTRIES),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
  )
  .map((o) => ({ ...o, shippingMethod: o.shippingLine === '' ? DEFAULTS.shippingMethod : defaultShipping().methodOf(o.shippingLine) })) as fc.Arbitrary<Order>;

const COLUMNS: [string, (o: Order, l: Order['lines'][number], num: (v: string) => string) => string][] = [
  ['order_number', (o) => o.orderNumber],
  ['channel', (o) => o.channel],
  ['order_date', (o) => o.orderDate],
  ['consignee_name', (o) => o.consignee.name],
  ['consignee_company', (o) => o.consignee.company],
  ['address1', (o) => o.consignee.address1],
  ['address2', (o) => o.consignee.address2],
  ['city', (o) => o.consignee.city],
  ['state', (o) => o.consignee.state],
  ['postal_code', (o) => o.consignee.postalCode],
  ['country', (o) => o.consignee.country],
  ['phone', (o) => o.consignee.phone],
  ['email', (o) => o.consignee.email],
  ['tax_id', (o) => o.consignee.taxId],
  ['shipping_method', (o) => o.shippingLine],
  ['currency', (o) => o.currency],
  ['incoterm', (o) => o.incoterm],
  ['order_total', (o, _l, num) => (o.declaredTotal ? num(o.declaredTotal) : '')],
  ['sku', (_o, l) => l.sku],
  ['description', (_o, l) => l.description],
  ['brand', (_o, l) => l.brand],
  ['model', (_o, l) => l.model],
  ['quantity', (_o, l, num) => num(l.quantity)],
  ['unit', (_o, l) => l.unit],
  ['unit_price', (_o, l, num) => num(l.unitPrice)],
  ['hs_code', (_o, l) => l.hsCode],
  ['origin_country', (_o, l) => l.originCountry],
];

/** How a shop in that convention writes a number: "1234.5" / "1,234.5" or "1234,5" / "1.234,5". */
function writeNumber(v: string, delimiter: ',' | ';', grouped: boolean): string {
  const [int, frac] = v.split('.');
  const group = delimiter === ',' ? ',' : '.';
  const point = delimiter === ',' ? '.' : ',';
  // A lone group of three without decimals is ambiguous in a ;-file ("1.234"), so a shop that
  // groups is assumed to write decimals there; in a ,-file "1,234" means 1234.
  const groupIt = grouped && int!.length > 3 && (delimiter === ',' || frac !== undefined);
  const i = groupIt ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int!;
  return frac === undefined ? i : `${i}${point}${frac}`;
}

describe('round trip', () => {
  it('valid orders, unparsed with papaparse (, or ; with its number style, any quoting, any line end), parse back the same', () => {
    const fileArb = fc.record({
      orders: fc.uniqueArray(orderArb, { minLength: 1, maxLength: 4, selector: (o) => o.orderNumber }),
      delimiter: fc.constantFrom(',' as const, ';' as const),
      quotes: fc.oneof(fc.boolean(), fc.array(fc.boolean(), { minLength: COLUMNS.length, maxLength: COLUMNS.length })),
      newline: fc.constantFrom('\r\n', '\n', '\r'),
      order: fc.shuffledSubarray(
        COLUMNS.map((_, i) => i),
        { minLength: COLUMNS.length },
      ),
      grouped: fc.boolean(),
      bom: fc.boolean(),
    });
    fc.assert(
      fc.property(fileArb, ({ orders, delimiter, quotes, newline, order, grouped, bom }) => {
        const cols = order.map((i) => COLUMNS[i]!);
        const num = (v: string) => writeNumber(v, delimiter, grouped);
        const data = orders.flatMap((o) => o.lines.map((l) => cols.map(([, get]) => get(o, l, num))));
        const text = (bom ? '\uFEFF' : '') + Papa.unparse({ fields: cols.map(([h]) => h), data }, { delimiter, quotes, newline });
        const r = parse(text);
        expect(r.errors).toEqual([]);
        expect(r.delimiter).toBe(delimiter);
        expect(r.orders.map((o) => o.order)).toEqual(orders);
      }),
      fuzz(300),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Numbers as people's spreadsheets write them.

/** Locales by the delimiter their spreadsheets write CSV with: "." decimals -> ",", "," decimals -> ";". */
const COMMA_FILE_LOCALES = ['en-US', 'en-GB', 'ja-JP', 'zh-CN', 'de-CH', 'en-IN', 'th-TH', 'ko-KR'];
const SEMICOLON_FILE_LOCALES = ['de-DE', 'es-ES', 'fr-FR', 'it-IT', 'pt-BR', 'nl-NL', 'pl-PL', 'ru-RU', 'sv-SE', 'da-DK', 'ar-EG', 'tr-TR'];

const localeNumber = (places: number) =>
  fc
    .record({
      value: decimal(places),
      negative: fc.boolean(),
      file: fc.oneof(
        fc.record({ delimiter: fc.constant(',' as const), locale: fc.constantFrom(...COMMA_FILE_LOCALES) }),
        fc.record({ delimiter: fc.constant(';' as const), locale: fc.constantFrom(...SEMICOLON_FILE_LOCALES) }),
      ),
      grouping: fc.boolean(),
      // Whole numbers often: "1.000" (one thousand in de-DE) is the dangerous one.
      decimals: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: places })),
    })
    .map(({ value, negative, file, grouping, decimals }) => {
      const exact = negative && value !== '0' ? `-${value}` : value;
      // Intl formats a decimal string exactly (no float on the way).
      const shown = new Intl.NumberFormat(file.locale, { useGrouping: grouping, minimumFractionDigits: decimals, maximumFractionDigits: places }).format(
        exact as unknown as number,
      );
      return { exact, shown, ...file };
    });

describe('normaliseDecimal', () => {
  it('the ambiguous cases, by example', () => {
    expect(normaliseDecimal('1.000', ';')).toBe('1.000');
    expect(isAmbiguousDecimal('1.000', ';')).toBe(true);
    expect(isAmbiguousDecimal('-12.345', ';')).toBe(true);
    for (const clear of ['0.500', '1.5', '1.2345', '1.234,5', '1.234.567', '1000', '12,5']) expect(isAmbiguousDecimal(clear, ';'), clear).toBe(false);
    expect(isAmbiguousDecimal('1.000', ',')).toBe(false);
  });

  it('never turns a locale-formatted number into a different number the import accepts', () => {
    fc.assert(
      fc.property(localeNumber(6), ({ exact, shown, delimiter, locale }) => {
        const out = normaliseDecimal(shown, delimiter);
        if (isDecimalString(out) && !isAmbiguousDecimal(shown, delimiter)) {
          expect(dec(out).equals(dec(exact)), `${locale} ${JSON.stringify(shown)} in a "${delimiter}" file -> ${out}, but it is ${exact}`).toBe(true);
        }
      }),
      fuzz(500),
    );
  });

  it('end to end: a locale-formatted quantity is imported exactly or refused with a row error', () => {
    fc.assert(
      fc.property(localeNumber(3), ({ exact, shown, delimiter, locale }) => {
        const text = Papa.unparse(
          {
            fields: ['order_number', 'consignee_name', 'country', 'currency', 'quantity', 'unit_price'],
            data: [['N-1', 'Ann Lee', 'DE', 'EUR', shown, delimiter === ',' ? '2.00' : '2,00']],
          },
          { delimiter },
        );
        const r = parse(text);
        if (r.orders.length === 1)
          expect(
            dec(r.orders[0]!.order.lines[0]!.quantity).equals(dec(exact)),
            `${locale} ${JSON.stringify(shown)} in a "${delimiter}" file, is ${exact}`,
          ).toBe(true);
        else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e).toMatchObject({ row: 2, field: 'quantity' });
        }
      }),
      fuzz(300),
    );
  });
});
