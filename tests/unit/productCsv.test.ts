// The product CSV parser: examples that matter, then properties over generated input (seedable
// like the order parser's: FUZZ_SEED=<n>, FUZZ_RUNS=<n>).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/bundles';
import { decodeCsvBytes } from '../../shared/import/encoding';
import { FORMULA_START } from '../../shared/import/formula';
import { type ParsedProductImport, normaliseBattery, parseFlag, parseProductCsv } from '../../shared/import/productCsv';
import { PRODUCT_FIELDS } from '../../shared/import/productFields';
import { fuzz } from '../hostile/fuzz';

const FIXTURE = readFileSync(join(__dirname, '../fixtures/products.csv'), 'utf8');
const HEADER = FIXTURE.split('\n')[0]!;

function translatable(code: string): boolean {
  let node: unknown = en;
  for (const part of code.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string';
}

function checkInvariants(text: string, r: ParsedProductImport) {
  const max = (text.match(/\r\n|\r|\n/g) ?? []).length + 1;
  for (const e of r.errors) {
    expect(e.row).toBeGreaterThanOrEqual(1);
    expect(e.row).toBeLessThanOrEqual(max);
    expect(translatable(e.code), `untranslatable ${e.code}`).toBe(true);
  }
  const errorRows = new Set(r.errors.map((e) => e.row));
  for (const i of r.invalid) expect(errorRows.has(i.row), `invalid row ${i.row} without an error`).toBe(true);
  for (const { product } of r.products) {
    // Text that reaches labels and exports never starts like a spreadsheet formula.
    for (const v of [product.name, product.brand, product.model, product.description, product.restrictedNote]) expect(FORMULA_START.test(v)).toBe(false);
    expect(FORMULA_START.test(product.sku)).toBe(false);
  }
}

describe('parseProductCsv', () => {
  it('reads the fixture: 12 products, flags and batteries', () => {
    const r = parseProductCsv(FIXTURE);
    expect(r.errors).toEqual([]);
    expect(r.products).toHaveLength(12);
    const pb = r.products.find((p) => p.product.sku === 'AK-PB10K')!;
    expect(pb).toMatchObject({ row: 3, product: { dangerousGoods: true, battery: 'PI965', gtin: '6948402001239' } });
    expect(r.products.find((p) => p.product.sku === 'FL-EDP-50')!.product).toMatchObject({ restricted: true, restrictedNote: expect.stringMatching(/UN1266/) });
  });

  it('neutralises formula cells in text and refuses them as SKU', () => {
    const text = `${HEADER}\nF-1,=HYPERLINK("http://x"),@Brand,+M1,"-Cotton T-shirt, knitted, for men",610910,CN,PCE,0.1,0.2,1.00,USD,,no,,no,\n=cmd,n,b,m,Cotton T-shirt knitted men,610910,CN,PCE,0.1,0.2,1,USD,,no,,no,\n`;
    const r = parseProductCsv(text);
    expect(r.products[0]!.product).toMatchObject({
      name: `'=HYPERLINK("http://x")`,
      brand: "'@Brand",
      model: "'+M1",
      description: "'-Cotton T-shirt, knitted, for men",
    });
    expect(r.errors).toEqual([expect.objectContaining({ row: 3, field: 'sku', code: 'catalogue.validation.skuFormula' })]);
  });

  it('reports duplicates within the file, bad flags and Excel-mangled barcodes by row', () => {
    const line = (sku: string, gtin: string, dg = 'no') => `${sku},Mug,B,M,Porcelain mug for drinks,691110,CN,PCE,0.3,0.4,1.00,USD,${gtin},${dg},,no,`;
    const text = [HEADER, line('A', '6920114007891'), line('A', ''), line('B', '6920114007891'), line('C', '6.92011E+12'), line('D', '', 'maybe')].join('\n');
    expect(parseProductCsv(text).errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'sku', 'catalogue.import.duplicateSku'],
      [4, 'gtin', 'catalogue.import.duplicateGtin'],
      [5, 'gtin', 'catalogue.import.gtinMangled'],
      [5, 'gtin', 'catalogue.validation.gtin'],
      [6, 'dangerousGoods', 'catalogue.import.yesNo'],
    ]);
  });

  it('understands yes/no and battery spellings', () => {
    expect(['Yes', 'sí', 'X', '1', 'true'].map(parseFlag)).toEqual([true, true, true, true, true]);
    expect(['', 'No', '0', 'false'].map(parseFlag)).toEqual([false, false, false, false]);
    expect(parseFlag('maybe')).toBeUndefined();
    expect(['', 'none', 'Ninguna', '965', 'pi 970', 'PI966', 'AA'].map(normaliseBattery)).toEqual(['none', 'none', 'none', 'PI965', 'PI970', 'PI966', 'AA']);
  });
});

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
  '中',
  '\uFFFD',
  '\u202E',
  '__proto__',
  'yes',
  'PI965',
  '851671',
];
const nasty = (max: number) => fc.string({ unit: fc.constantFrom(...NASTY), maxLength: max });
const cell = fc.oneof(
  fc.constantFrom('AK-1', 'Mug', 'Porcelain mug for drinks', '691110', 'CN', '0.3', '1,5', 'USD', 'yes', '=1+1', '@x', '-y', ''),
  nasty(10),
);
const csvLike = fc
  .record({
    header: fc.constantFrom(HEADER, 'sku,__proto__,constructor,name', '__proto__,toString', ''),
    rows: fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 10 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
  })
  .map(({ header, rows, delimiter }) =>
    [header.split(',').join(delimiter), ...rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(delimiter))].join('\n'),
  );

describe('parseProductCsv on arbitrary input', () => {
  it('never throws on arbitrary text or bytes, and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.oneof(nasty(200), fc.string({ maxLength: 200 })), (text) => checkInvariants(text, parseProductCsv(text))),
      fuzz(300),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const { text } = decodeCsvBytes(bytes);
        checkInvariants(text, parseProductCsv(text));
      }),
      fuzz(200),
    );
  });

  it('never throws on CSV-shaped input with formula cells and prototype-named headers and mappings', () => {
    const header = fc.constantFrom('SKU', '__proto__', 'constructor', 'toString', '', 'nope');
    const mapping = fc.option(fc.dictionary(fc.constantFrom(...PRODUCT_FIELDS, '__proto__', 'constructor'), header, { maxKeys: 10 }), { nil: undefined });
    fc.assert(
      fc.property(csvLike, mapping, (text, m) => {
        checkInvariants(text, parseProductCsv(text, m as never));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
      fuzz(300),
    );
  });
});
