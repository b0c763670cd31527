// The stock-count parser fed arbitrary text, bytes and CSV-shaped hostile input: it never throws,
// every error names a real row and a message the UI can translate, no code that starts like a
// formula is taken, quantities are plain non-negative decimals, and no prototype is touched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/bundles';
import { decodeCsvBytes } from '../../shared/import/encoding';
import { FORMULA_START } from '../../shared/import/formula';
import { type ParsedStockImport, STOCK_FIELDS, parseStockCsv } from '../../shared/import/stockCsv';
import { fuzz } from '../hostile/fuzz';

const HEADER = 'SKU,Warehouse,Zone,Bin,Walk order,Quantity';

function translatable(code: string): boolean {
  let node: unknown = en;
  for (const part of code.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string';
}

function checkInvariants(text: string, r: ParsedStockImport) {
  const lines = (text.match(/\r\n|\r|\n/g) ?? []).length + 1;
  for (const e of r.errors) {
    expect(e.row).toBeGreaterThanOrEqual(1);
    expect(e.row).toBeLessThanOrEqual(lines);
    expect(translatable(e.code), `untranslatable ${e.code}`).toBe(true);
  }
  for (const row of r.rows) {
    expect(FORMULA_START.test(row.sku), row.sku).toBe(false);
    expect(FORMULA_START.test(row.binCode), row.binCode).toBe(false);
    expect(row.quantity).toMatch(/^\d+(\.\d{1,3})?$/);
    if (row.walkOrder !== null) expect(Number.isSafeInteger(row.walkOrder)).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

const NASTY = [
  ',',
  ';',
  '\t',
  '"',
  '\n',
  '\r\n',
  ' ',
  'a',
  '1',
  '0',
  '.',
  '-',
  '=',
  '+',
  '@',
  '\uFEFF',
  '\u0000',
  '\u0085',
  'é',
  '\uFFFD',
  '\u202E',
  '__proto__',
  'A-01-01',
  '1e308',
  'NaN',
];
const nasty = (max: number) => fc.string({ unit: fc.constantFrom(...NASTY), maxLength: max });
const cell = fc.oneof(
  fc.constantFrom(
    'AK-PB10K',
    'MAIN',
    'A',
    'A-01-01',
    '10',
    '24',
    '2.5',
    '1,5',
    '-3',
    '0.0001',
    '1e308',
    'NaN',
    'Infinity',
    '99999999999999999999',
    '=1+1',
    '@SUM(A1)',
    '+x',
    '<b>x</b>',
    '',
  ),
  nasty(10),
);
const csvLike = fc
  .record({
    header: fc.constantFrom(HEADER, 'sku,__proto__,constructor,quantity', 'SKU;Ubicación;Cantidad', '__proto__,toString', ''),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
  })
  .map(({ header, rows, delimiter }) =>
    [header.split(/[,;]/).join(delimiter), ...rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(delimiter))].join('\n'),
  );

describe('parseStockCsv on arbitrary input', () => {
  it('never throws on arbitrary text or bytes, and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.oneof(nasty(200), fc.string({ maxLength: 200 })), (text) => checkInvariants(text, parseStockCsv(text))),
      fuzz(300),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const { text } = decodeCsvBytes(bytes);
        checkInvariants(text, parseStockCsv(text));
      }),
      fuzz(200),
    );
  });

  it('never throws on CSV-shaped input with formula cells, extreme numbers and prototype-named headers and mappings', () => {
    const header = fc.constantFrom('SKU', '__proto__', 'constructor', 'toString', '', 'Quantity');
    const mapping = fc.option(fc.dictionary(fc.constantFrom(...STOCK_FIELDS, '__proto__', 'constructor'), header, { maxKeys: 8 }), { nil: undefined });
    fc.assert(
      fc.property(csvLike, mapping, (text, m) => checkInvariants(text, parseStockCsv(text, m as never))),
      fuzz(300),
    );
  });

  it('refuses extreme and malformed quantities by row instead of storing them', () => {
    const bad = ['-3', '1e308', 'NaN', 'Infinity', '0.0001', '99999999999999999999', '=1+1'];
    const text = [HEADER, ...bad.map((q, i) => `AK-PB10K,MAIN,A,A-0${i},${i},${q}`)].join('\n');
    const r = parseStockCsv(text);
    expect(r.rows).toEqual([]);
    expect([...new Set(r.errors.map((e) => e.row))].sort((a, b) => a - b)).toEqual(bad.map((_, i) => i + 2));
  });
});
