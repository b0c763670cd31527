// Forty clerks confirming at once against ten units: each reservation runs in its own transaction,
// and the ledger's check-then-write must never let two of them spend the same unit.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { productFigures } from '../../electron/core/inventory/balances';
import { reserve } from '../../electron/core/inventory/ledger';
import { insertOrders } from '../../electron/core/orders/orderRepository';
import { orderToRow } from '../../electron/core/orders/orderRows';
import { sampleOrder, seedWarehouse } from '../support/warehouse';
import { startCore, tempRoot } from './support/core';
import { TEST_STAMP } from '../support/stamp';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());
let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next());
});
afterEach(() => core.close());

describe('concurrent reservations', () => {
  it('40 reservations of one unit against 10 available: exactly 10 succeed', async () => {
    const w = await seedWarehouse(core.db, { products: 1, bins: 2, stockPerProduct: 10 });
    const productId = w.productIds[0]!;
    const at = new Date().toISOString();
    const orders = Array.from({ length: 40 }, (_, i) => {
      const order = sampleOrder(i + 1, [{ sku: w.skus[0]!, quantity: '1' }]);
      return { order, row: orderToRow(order, { status: 'confirmed', at }) };
    });
    const orderIds = await insertOrders(core.db, orders);
    const lines = await core.db.selectFrom('order_lines').select(['id', 'order_id']).where('order_id', 'in', orderIds).execute();
    expect(lines).toHaveLength(40);

    const results = await Promise.allSettled(
      lines.map((l) => core.db.transaction().execute((trx) => reserve(trx, { productId, orderId: l.order_id, orderLineId: l.id, qtyMilli: 1000 }, TEST_STAMP))),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(10);
    expect(lost).toHaveLength(30);
    for (const r of lost) expect((r.reason as { code?: string }).code).toBe('inventory.errors.notAvailable');

    const figures = (await productFigures(core.db, [productId])).get(productId)!;
    expect(figures).toMatchObject({ onHand: 10_000, inBins: 10_000, reserved: 10_000, available: 0, staged: 0 });
    const lineReservations = await core.db
      .selectFrom('stock_movements')
      .select(['order_line_id', (eb) => eb.fn.sum<number>('reserved_milli').as('r')])
      .where('product_id', '=', productId)
      .groupBy('order_line_id')
      .execute();
    // No line holds a negative or doubled reservation.
    for (const l of lineReservations) expect(Number(l.r)).toBeGreaterThanOrEqual(0);
    expect(lineReservations.filter((l) => l.order_line_id !== null && Number(l.r) === 1000)).toHaveLength(10);
  });
});
