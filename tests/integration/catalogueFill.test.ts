// Confirmation fills what a shop's export leaves out (brand, model, customs wording, HS code,
// origin, unit, weights) from the catalogue before it judges the order, through the real API.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { cleanOrder, line } from '../unit/support/orders';
import { stockSkus } from '../support/warehouse';
import { call, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next());
  await stockSkus(core.db, ['XM-BUDS5', 'OLD-1']);
});
afterEach(async () => {
  await core.close();
});

const shopLine = (sku: string) => line({ sku, description: 'Earbuds', brand: '', model: '', hsCode: '', originCountry: '' });

describe('confirmation fills from the catalogue first', () => {
  it('a shop line with no brand, model, HS code or origin is confirmed with the product’s values', async () => {
    const { id } = await call(core, 'orders.create', { order: cleanOrder({ declaredTotal: '', lines: [shopLine('XM-BUDS5')] }) });
    // "Check" judges as confirmation does: nothing is missing once the product fills the line.
    expect((await call(core, 'orders.check', { id })).problems).toEqual([]);
    const [outcome] = await call(core, 'orders.confirm', { ids: [id] });
    expect(outcome).toMatchObject({ confirmed: true, problems: [] });
    const stored = await core.db.selectFrom('order_lines').selectAll().where('order_id', '=', id).executeTakeFirstOrThrow();
    // tests/support/warehouse.ts describes every stocked SKU the same way.
    expect(stored).toMatchObject({
      description: 'Earbuds',
      brand: 'Brand',
      model: 'Model',
      hs_code: '851830',
      origin_country: 'CN',
      unit: 'PCE',
      customs_description: 'Wireless headphones, plastic housing',
      net_weight_kg: '0.1',
      gross_weight_kg: '0.15',
    });
    expect(stored.product_id).not.toBeNull();
    const detail = await call(core, 'orders.get', { id });
    expect(detail.history.at(-1)).toMatchObject({
      action: 'confirmed',
      after: { status: 'confirmed', filledFromCatalogue: [{ lineNo: 1, fields: expect.arrayContaining(['brand', 'model', 'hsCode']) }] },
    });
  });

  it('what the product lacks too is reported against the product; a SKU not in the catalogue against the order', async () => {
    // A product saved before brand and model were required (written directly, as an old file holds it).
    await core.db.updateTable('products').set({ model: '' }).where('sku', '=', 'OLD-1').execute();
    const { id } = await call(core, 'orders.create', { order: cleanOrder({ declaredTotal: '', lines: [shopLine('OLD-1'), shopLine('NOT-IN-CATALOGUE')] }) });
    const checked = await call(core, 'orders.check', { id });
    const [outcome] = await call(core, 'orders.confirm', { ids: [id] });
    expect(outcome!.confirmed).toBe(false);
    expect(checked.problems).toEqual(outcome!.problems);
    const byCode = outcome!.problems.map((p) => [p.code, p.field, p.params?.lacking ?? null]);
    expect(byCode).toEqual(
      expect.arrayContaining([
        ['modelMissing', 'lines.0.model', 'product'],
        ['brandMissing', 'lines.1.brand', 'order'],
        ['modelMissing', 'lines.1.model', 'order'],
        ['unknownSku', 'lines.1.sku', null],
      ]),
    );
    // Line 1's brand came from its product: only its model is missing.
    expect(byCode.filter(([, field]) => String(field).startsWith('lines.0.'))).toEqual([['modelMissing', 'lines.0.model', 'product']]);
    // A refused confirmation writes nothing into the lines.
    const stored = await core.db.selectFrom('order_lines').select(['brand', 'product_id']).where('order_id', '=', id).orderBy('line_no').execute();
    expect(stored).toEqual([
      { brand: '', product_id: null },
      { brand: '', product_id: null },
    ]);
  });
});
