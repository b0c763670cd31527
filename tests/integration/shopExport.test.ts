// The "done when": a real shop's export (WooCommerce-like: shipping lines in the carrier's
// words, several unknown to the rules, no brand, model, HS code or origin) imports once its lines
// are mapped in the preview, every order confirms because the catalogue fills what the shop left
// out, and the next export with the same lines needs no mapping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { call, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');

let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next());
  await call(core, 'products.importCommit', { fileName: 'products.csv', text: fixture('products.csv') });
  await call(core, 'stock.importCommit', { fileName: 'stock-opening.csv', text: fixture('stock-opening.csv') });
});
afterEach(() => core.close());

const EXPORT = fixture('orders-shop-export.csv');

describe('a shop export with unknown shipping lines and no models', () => {
  it('imports after its lines are mapped once, and every order confirms with the catalogue’s customs data', async () => {
    const preview = await call(core, 'orders.importPreview', { fileName: 'woo-orders.csv', text: EXPORT, channel: 'Woo' });
    expect(preview.missingFields).toEqual([]);
    expect(preview.mapping).toMatchObject({
      orderDate: 'Created at',
      shippingLine: 'Shipping Method',
      sku: 'Item SKU',
      quantity: 'Quantity',
      unitPrice: 'Item Cost',
    });
    expect(preview.mapping.model).toBeUndefined();
    expect(preview.counts).toEqual({ new: 5, existing: 0, conflict: 0, invalid: 0 });
    expect(preview.unknownShippingLines).toEqual([
      { line: 'Free Shipping (7-15 business days)', orders: 2 },
      { line: 'Envío gratis a todo el mundo', orders: 1 },
    ]);

    const outcome = await call(core, 'orders.importCommit', {
      fileName: 'woo-orders.csv',
      text: EXPORT,
      channel: 'Woo',
      shippingChoices: [
        { line: 'Free Shipping (7-15 business days)', method: 'postal' },
        { line: 'Envío gratis a todo el mundo', method: 'postal' },
      ],
    });
    expect(outcome).toMatchObject({ created: 5, rejected: 0, conflicts: [] });

    const page = await call(core, 'orders.list', { limit: 50, sort: 'orderNumber', dir: 'asc' });
    expect(page.rows.map((r) => [r.orderNumber, r.orderDate, r.shippingLine, r.shippingMethod])).toEqual([
      ['WC-5001', '2026-11-19', 'Colissimo International', 'postal'],
      ['WC-5002', '2026-11-20', 'Canada Post Tracked Packet', 'postal'],
      ['WC-5003', '2026-11-21', 'Free Shipping (7-15 business days)', 'postal'],
      ['WC-5004', '2026-11-22', 'Envío gratis a todo el mundo', 'postal'],
      ['WC-5005', '2026-11-23', 'Free Shipping (7-15 business days)', 'postal'],
    ]);
    // The export has no brand or model, but the catalogue knows them: the list shows no problems.
    expect(page.rows.map((r) => r.problemCount)).toEqual([0, 0, 0, 0, 0]);

    const confirmed = await call(core, 'orders.confirm', { ids: page.rows.map((r) => r.id) });
    expect(confirmed.map((o) => [o.orderNumber, o.confirmed, o.problems.map((p) => p.code)])).toEqual(page.rows.map((r) => [r.orderNumber, true, []]));
    const detail = await call(core, 'orders.get', { id: page.rows[2]!.id });
    expect(detail.order.lines.map((l) => [l.sku, l.brand, l.model, l.hsCode, l.originCountry])).toEqual([
      ['LN-TEE-M-BLK', 'Li-Ning', expect.any(String), expect.stringMatching(/^\d{6,10}$/), 'CN'],
      ['BQ-MUG-350', 'Bone China Co', expect.any(String), expect.stringMatching(/^\d{6,10}$/), 'CN'],
    ]);
    expect(detail.order.lines.every((l) => l.model !== '')).toBe(true);

    // The next export with the same shop words needs no mapping.
    const next = EXPORT.replaceAll('WC-50', 'WC-60');
    const again = await call(core, 'orders.importPreview', { fileName: 'woo-orders-2.csv', text: next, channel: 'Woo' });
    expect(again.unknownShippingLines).toEqual([]);
    expect(again.counts.new).toBe(5);
  });
});
