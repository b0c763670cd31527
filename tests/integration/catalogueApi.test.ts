// The catalogue through the real core: create, edit, duplicates, list and search, HS search, and
// the product import (preview, commit, idempotent re-import, updates, refused files).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { findProductByCode, findProductsBySku } from '../../electron/core/catalogue/productRepository';
import { DEMO_ORDER_COUNT } from '../../electron/core/demo/demoOrders';
import { type ProductInput, emptyProduct } from '../../shared/schemas/product';
import { call, refusal, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());
let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next());
});
afterEach(async () => {
  await core.close();
});

const PRODUCTS_CSV = readFileSync(join(__dirname, '../fixtures/products.csv'), 'utf8');
const input = (text = PRODUCTS_CSV, extra: Record<string, unknown> = {}) => ({ fileName: 'products.csv', text, ...extra });

const MUG: ProductInput = {
  ...emptyProduct(),
  sku: 'BQ-MUG-350',
  name: 'Classic porcelain mug 350 ml',
  brand: 'Bone China Co',
  model: 'Classic 350',
  description: 'Porcelain mug 350 ml for drinks, dishwasher safe',
  hsCode: '691110',
  originCountry: 'CN',
  netWeightKg: '0.350',
  grossWeightKg: '0.500',
  unitValue: '12.50',
  currency: 'USD',
  gtin: '6920114007891',
};

async function tableCounts() {
  const out: Record<string, number> = {};
  for (const t of ['products', 'audit_log', 'imports']) {
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(core.db);
    out[t] = Number(r.rows[0]!.n);
  }
  return out;
}

describe('products', () => {
  it('creates, reads, edits with history, and records nothing for an unchanged save', async () => {
    const { id } = await call(core, 'products.create', { product: MUG });
    const detail = await call(core, 'products.get', { id });
    expect(detail.product).toMatchObject({ sku: 'BQ-MUG-350', hsCode: '691110', dangerousGoods: false, battery: 'none' });
    await call(core, 'products.update', { id, product: { ...MUG, unitValue: '13.00' } });
    await call(core, 'products.update', { id, product: { ...MUG, unitValue: '13.00' } });
    const after = await call(core, 'products.get', { id });
    expect(after.product.unitValue).toBe('13.00');
    expect(after.history.map((h) => h.action)).toEqual(['created', 'edited']);
    expect(after.history[1]!.before).toMatchObject({ unitValue: '12.50' });
  });

  it('refuses a duplicate SKU or GTIN with a friendly error, and invalid input by field', async () => {
    await call(core, 'products.create', { product: MUG });
    const sku = await refusal(core, 'products.create', { product: { ...MUG, gtin: '' } });
    expect(sku).toMatchObject({ code: 'catalogue.errors.duplicateSku', params: { sku: 'BQ-MUG-350' } });
    expect(sku.message).toMatch(/already exists.*another SKU/);
    const gtin = await refusal(core, 'products.create', { product: { ...MUG, sku: 'OTHER-1' } });
    expect(gtin).toMatchObject({ code: 'catalogue.errors.duplicateGtin', params: { gtin: '6920114007891' } });
    const bad = await refusal(core, 'products.create', { product: { ...MUG, sku: 'X2', gtin: '', hsCode: '999999', grossWeightKg: '0.1' } });
    expect(bad.code).toBe('errors.validation');
    expect(bad.issues?.map((i) => [i.path, i.code])).toEqual(expect.arrayContaining([['product.hsCode', 'catalogue.validation.hsUnknown']]));
    expect(await refusal(core, 'products.get', { id: 999 })).toMatchObject({ code: 'errors.notFound' });
  });

  it('lists by SKU and searches SKU, name, brand and GTIN prefix; other areas find by SKU or code', async () => {
    await call(core, 'products.importCommit', input());
    const all = await call(core, 'products.list', {});
    expect(all.total).toBe(12);
    expect(all.rows.map((r) => r.sku)).toEqual([...all.rows.map((r) => r.sku)].sort());
    expect((await call(core, 'products.list', { search: 'li-ning' })).rows.map((r) => r.sku).sort()).toEqual(['LN-HOOD-L-GRY', 'LN-TEE-M-BLK']);
    expect((await call(core, 'products.list', { search: 'coffee' })).rows.map((r) => r.sku)).toEqual(['DL-EC685-BK']);
    expect((await call(core, 'products.list', { search: '6948402' })).rows.map((r) => r.sku)).toEqual(['AK-PB10K']);
    expect((await call(core, 'products.list', { search: '100%' })).total).toBe(0);
    const page = await call(core, 'products.list', { offset: 10, limit: 5 });
    expect(page).toMatchObject({ total: 12, offset: 10 });
    expect(page.rows).toHaveLength(2);

    const bySku = await findProductsBySku(core.db, ['AK-PB10K', 'NOPE', 'XM-BUDS5']);
    expect([...bySku.keys()].sort()).toEqual(['AK-PB10K', 'XM-BUDS5']);
    expect(bySku.get('AK-PB10K')).toMatchObject({ battery: 'PI965', dangerous_goods: 1 });
    expect((await findProductByCode(core.db, ' 6934715000120 '))?.sku).toBe('XM-BUDS5');
    expect((await findProductByCode(core.db, 'UG-CBL-C2'))?.gtin).toBe('6957702003454');
    expect(await findProductByCode(core.db, '')).toBeUndefined();
  });

  it('searches HS 2022 by code or words', async () => {
    expect((await call(core, 'products.hsSearch', { query: 'coffee tea makers' }))[0]).toMatchObject({ code: '851671' });
    expect((await call(core, 'products.hsSearch', { query: '8516', limit: 3 })).length).toBe(3);
  });
});

describe('product import', () => {
  it('previews without writing, commits once, and re-imports as "existing"', async () => {
    const before = await tableCounts();
    const preview = await call(core, 'products.importPreview', input());
    expect(preview).toMatchObject({ rowCount: 12, missingFields: [], errorCount: 0, counts: { new: 12, existing: 0, updated: 0, invalid: 0 } });
    expect(await tableCounts()).toEqual(before);
    const first = await call(core, 'products.importCommit', input());
    expect(first).toMatchObject({ created: 12, updated: 0, existing: 0, rejected: 0 });
    const again = await call(core, 'products.importCommit', input());
    expect(again).toMatchObject({ created: 0, updated: 0, existing: 12, rejected: 0 });
    expect(await tableCounts()).toEqual({ products: 12, audit_log: 12, imports: 2 });
  });

  it('covers every SKU of the demo orders', async () => {
    await call(core, 'products.importCommit', input());
    await call(core, 'demo.load', {});
    expect(DEMO_ORDER_COUNT).toBeGreaterThan(0);
    const r = await sql<{ sku: string }>`select distinct sku from order_lines where sku not in (select sku from products)`.execute(core.db);
    expect(r.rows).toEqual([]);
  });

  it('a changed row updates the product and says so in the preview', async () => {
    await call(core, 'products.importCommit', input());
    const changed = PRODUCTS_CSV.replace(',12.50,USD,', ',13.50,USD,');
    const preview = await call(core, 'products.importPreview', input(changed));
    expect(preview.counts).toEqual({ new: 0, existing: 11, updated: 1, invalid: 0 });
    expect(preview.sample.find((s) => s.state === 'updated')).toMatchObject({ sku: 'BQ-MUG-350', row: 8 });
    expect(await call(core, 'products.importCommit', input(changed))).toMatchObject({ created: 0, updated: 1, existing: 11 });
    const mug = (await call(core, 'products.list', { search: 'BQ-MUG' })).rows[0]!;
    expect(mug.unitValue).toBe('13.50');
    const history = (await call(core, 'products.get', { id: mug.id })).history;
    expect(history.map((h) => h.action)).toEqual(['imported', 'updatedByImport']);
  });

  it('refuses a file with a bad row and writes nothing, unless only the valid rows are asked for', async () => {
    const bad = PRODUCTS_CSV.replace(',851830,', ',851899,').replace('6948402001239', '6948402001230');
    const preview = await call(core, 'products.importPreview', input(bad));
    expect(preview.counts).toEqual({ new: 10, existing: 0, updated: 0, invalid: 2 });
    expect(preview.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'hsCode', 'catalogue.validation.hsUnknown'],
      [3, 'gtin', 'catalogue.validation.gtin'],
    ]);
    const before = await tableCounts();
    expect(await refusal(core, 'products.importCommit', input(bad))).toMatchObject({ code: 'catalogue.errors.importHasErrors', params: { invalid: 2 } });
    expect(await tableCounts()).toEqual(before);
    expect(await call(core, 'products.importCommit', input(bad, { onlyValid: true }))).toMatchObject({ created: 10, rejected: 2 });
  });

  it('flags a barcode that belongs to another SKU, and missing columns', async () => {
    await call(core, 'products.create', { product: { ...MUG, sku: 'MY-MUG' } });
    const preview = await call(core, 'products.importPreview', input());
    expect(preview.errors).toEqual([
      expect.objectContaining({ row: 8, field: 'gtin', code: 'catalogue.import.gtinTaken', params: { value: '6920114007891', sku: 'MY-MUG' } }),
    ]);
    const text = 'SKU,Name\nA1,Thing\n';
    expect((await call(core, 'products.importPreview', input(text))).missingFields).toContain('hsCode');
    expect(await refusal(core, 'products.importCommit', input(text, { onlyValid: true }))).toMatchObject({ code: 'catalogue.errors.importMissingColumns' });
  });

  it('reads Spanish headers, semicolons and decimal commas', async () => {
    const text =
      'Referencia;Nombre;Marca;Modelo;Descripción;Código arancelario;País de origen;Peso neto;Peso bruto;Valor unitario;Moneda;Código de barras;Batería\n' +
      'ES-1;Taza;Marca;M1;Taza de porcelana para bebidas;6911.10;China;0,35;0,5;12,50;eur;;965\n';
    const preview = await call(core, 'products.importPreview', input(text));
    expect(preview.errors).toEqual([]);
    await call(core, 'products.importCommit', input(text));
    const row = (await call(core, 'products.list', { search: 'ES-1' })).rows[0]!;
    expect(row).toMatchObject({ hsCode: '691110', originCountry: 'CN', unitValue: '12.50', currency: 'EUR', battery: 'PI965' });
  });
});
