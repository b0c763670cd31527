// Receipts, adjustments and the stock figures through the real core. Figures must always agree
// with the movements behind them.
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { type SeededWarehouse, seedWarehouse } from '../support/warehouse';
import { call, refusal, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());
let core: CoreApp;
let w: SeededWarehouse;
beforeEach(async () => {
  core = await startCore(tmp.next());
  // 3 products with 10 units each; one order reserving 2 units of each (quantityPerLine 2, 3 lines).
  w = await seedWarehouse(core.db, { products: 3, bins: 4, stockPerProduct: 10, orders: 1, linesPerOrder: 3, quantityPerLine: 2 });
});
afterEach(() => core.close());

const movementCount = async () => Number((await sql<{ n: number }>`select count(*) as n from stock_movements`.execute(core.db)).rows[0]!.n);

describe('receiving', () => {
  it('posts every line of a receipt, by SKU or barcode', async () => {
    await core.db.updateTable('products').set({ gtin: '4006381333931' }).where('id', '=', w.productIds[1]!).execute();
    const out = await call(core, 'stock.receive', {
      reference: 'PO-77',
      lines: [
        { code: w.skus[0]!, binCode: w.binCodes[3]!, quantity: '5' },
        { code: '4006381333931', binCode: w.binCodes[3]!, quantity: '2.5' },
      ],
    });
    expect(out.lines).toBe(2);
    const detail = await call(core, 'stock.product', { productId: w.productIds[1]! });
    expect(detail.totals).toEqual({ onHand: '12.5', reserved: '2', available: '10.5', staged: '0' });
    expect(detail.movements.rows[0]).toMatchObject({ kind: 'receipt', quantity: '2.5', binCode: w.binCodes[3], reference: 'PO-77' });
  });

  it('refuses the whole receipt when any line is wrong, naming each line, and writes nothing', async () => {
    const before = await movementCount();
    const err = await refusal(core, 'stock.receive', {
      reference: 'PO-78',
      lines: [
        { code: w.skus[0]!, binCode: w.binCodes[0]!, quantity: '5' },
        { code: 'NO-SUCH', binCode: w.binCodes[0]!, quantity: '1' },
        { code: w.skus[1]!, binCode: 'Z-99', quantity: '1' },
      ],
    });
    expect(err.code).toBe('inventory.errors.receiptRefused');
    expect(err.params).toEqual({ count: 2 });
    expect(err.issues).toEqual([
      { path: 'lines.1.code', code: 'inventory.errors.unknownProduct', params: { line: 2, code: 'NO-SUCH' } },
      { path: 'lines.2.binCode', code: 'inventory.errors.unknownBin', params: { line: 3, bin: 'Z-99' } },
    ]);
    expect(err.message).toContain('create the location first');
    expect(await movementCount()).toBe(before);
  });

  it('refuses bad quantities in the schema, per line', async () => {
    const err = await refusal(core, 'stock.receive', {
      reference: '',
      lines: [
        { code: w.skus[0]!, binCode: w.binCodes[0]!, quantity: '0' },
        { code: w.skus[0]!, binCode: w.binCodes[0]!, quantity: '1.2345' },
      ],
    });
    expect(err.issues?.map((i) => i.path)).toEqual(['lines.0.quantity', 'lines.1.quantity']);
  });
});

describe('adjusting', () => {
  it('corrects a bin up and down with a reason', async () => {
    await call(core, 'stock.adjust', { productId: w.productIds[0]!, binCode: w.binCodes[0]!, quantity: '3', reason: 'found behind the shelf' });
    await call(core, 'stock.adjust', { productId: w.productIds[0]!, binCode: w.binCodes[0]!, quantity: '-1.5', reason: 'damaged' });
    const detail = await call(core, 'stock.product', { productId: w.productIds[0]! });
    expect(detail.totals.onHand).toBe('11.5');
    expect(detail.movements.rows.slice(0, 2).map((m) => [m.kind, m.quantity, m.reason])).toEqual([
      ['adjustment', '-1.5', 'damaged'],
      ['adjustment', '3', 'found behind the shelf'],
    ]);
  });

  it('refuses to take a bin below zero or below what is reserved, and needs a reason', async () => {
    const before = await movementCount();
    const short = await refusal(core, 'stock.adjust', { productId: w.productIds[0]!, binCode: w.binCodes[0]!, quantity: '-11', reason: 'lost' });
    expect(short).toMatchObject({ code: 'inventory.errors.binShort', params: { have: '10', want: '11' } });
    // 10 in the bin, 2 reserved: only 8 may go.
    const reserved = await refusal(core, 'stock.adjust', { productId: w.productIds[0]!, binCode: w.binCodes[0]!, quantity: '-9', reason: 'lost' });
    expect(reserved).toMatchObject({ code: 'inventory.errors.reservedStock', params: { have: '8', want: '9' } });
    const noReason = await refusal(core, 'stock.adjust', { productId: w.productIds[0]!, binCode: w.binCodes[0]!, quantity: '-1', reason: '  ' });
    expect(noReason.issues?.[0]).toMatchObject({ path: 'reason', code: 'validation.required' });
    const unknownBin = await refusal(core, 'stock.adjust', { productId: w.productIds[0]!, binCode: 'Z-99', quantity: '1', reason: 'x' });
    expect(unknownBin.code).toBe('inventory.errors.unknownBin');
    expect(await movementCount()).toBe(before);
  });
});

describe('stock figures', () => {
  it('list and product page agree with sums over the movements', async () => {
    await call(core, 'stock.adjust', { productId: w.productIds[2]!, binCode: w.binCodes[1]!, quantity: '4', reason: 'count' });
    const page = await call(core, 'stock.list', {});
    expect(page.total).toBe(3);
    const sums = await sql<{ product_id: number; q: number; r: number; b: number }>`
      select product_id, sum(qty_milli) as q, sum(reserved_milli) as r, sum(case when place = 'bin' then qty_milli else 0 end) as b
      from stock_movements group by product_id`.execute(core.db);
    for (const s of sums.rows) {
      const row = page.rows.find((r) => r.productId === s.product_id)!;
      expect(row).toMatchObject({ onHand: String(s.q / 1000), reserved: String(s.r / 1000), available: String((s.b - s.r) / 1000), staged: '0' });
      const detail = await call(core, 'stock.product', { productId: s.product_id });
      expect(detail.totals).toEqual({ onHand: row.onHand, reserved: row.reserved, available: row.available, staged: row.staged });
      const binTotal = detail.bins.reduce((n, b) => n + Number(b.onHand), 0);
      expect(String(binTotal)).toBe(row.onHand);
      expect(detail.movements.total).toBe(
        Number((await sql<{ n: number }>`select count(*) as n from stock_movements where product_id = ${s.product_id}`.execute(core.db)).rows[0]!.n),
      );
    }
    expect(page.rows.find((r) => r.productId === w.productIds[2])).toMatchObject({ onHand: '14', reserved: '2', available: '12' });
  });

  it('searches by SKU or name, pages, and shows zeros for products without stock', async () => {
    await core.db
      .insertInto('products')
      .values({
        sku: 'NEW-1',
        name: 'Brand new 50%_thing',
        brand: 'B',
        model: 'M',
        description: 'd',
        hs_code: '610910',
        origin_country: 'CN',
        unit: 'PCE',
        net_weight_kg: '1',
        gross_weight_kg: '1',
        unit_value: '1',
        currency: 'EUR',
        gtin: '',
        content_hash: 'x',
        import_id: null,
        created_at: '',
        updated_at: '',
      })
      .execute();
    expect((await call(core, 'stock.list', { search: 'SKU-00002' })).rows.map((r) => r.sku)).toEqual(['SKU-00002']);
    expect((await call(core, 'stock.list', { search: '50%_' })).rows).toEqual([
      expect.objectContaining({ sku: 'NEW-1', onHand: '0', reserved: '0', available: '0', staged: '0' }),
    ]);
    expect((await call(core, 'stock.list', { search: '%' })).rows.map((r) => r.sku)).toEqual(['NEW-1']);
    const second = await call(core, 'stock.list', { offset: 2, limit: 2 });
    expect(second).toMatchObject({ total: 4, offset: 2 });
    expect(second.rows.map((r) => r.sku)).toEqual(['SKU-00002', 'SKU-00003']);
  });

  it('pages the movements latest first', async () => {
    for (let i = 1; i <= 3; i++)
      await call(core, 'stock.adjust', { productId: w.productIds[0]!, binCode: w.binCodes[0]!, quantity: String(i), reason: `r${i}` });
    const detail = await call(core, 'stock.product', { productId: w.productIds[0]!, offset: 1, limit: 2 });
    // receipt, reservation, then r1, r2, r3: latest first, skipping one.
    expect(detail.movements.total).toBe(5);
    expect(detail.movements.rows.map((m) => m.reason)).toEqual(['r2', 'r1']);
    expect((await refusal(core, 'stock.product', { productId: 9999 })).code).toBe('errors.notFound');
  });
});
