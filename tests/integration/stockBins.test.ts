// Per bin, the stock screen shows on hand, what open pick lists will take from the bin, and the
// rest; picking moves the figures from "on pick lists" to staged.
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { seedWarehouse } from '../support/warehouse';
import { call, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());
let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next());
});
afterEach(() => core.close());

it('per bin: on hand, on pick lists and available follow planning and picking', async () => {
  const w = await seedWarehouse(core.db, { products: 1, bins: 2, binsPerProduct: 2, stockPerProduct: 10, orders: 2, linesPerOrder: 1, quantityPerLine: 3 });
  const bins = async () =>
    (await call(core, 'stock.product', { productId: w.productIds[0]! })).bins.map((b) => [b.binCode, b.onHand, b.reservedForPicking, b.available]);
  expect(await bins()).toEqual([
    [w.binCodes[1], '5', '0', '5'],
    [w.binCodes[0], '5', '0', '5'],
  ]);
  const plan = await call(core, 'picking.plan', { orderIds: w.orderIds, containerMode: 'perOrder' });
  // 6 units planned from the bins in walking order: the first bin gives 5, the second 1.
  expect(await bins()).toEqual([
    [w.binCodes[1], '5', '5', '0'],
    [w.binCodes[0], '5', '1', '4'],
  ]);
  const list = await call(core, 'picking.get', { id: plan.pickList!.id });
  const first = list.lines[0]!;
  await call(core, 'picking.pick', { lineId: first.id, quantity: first.quantity, container: first.container, binCode: first.binCode, productCode: first.sku });
  const after = await bins();
  expect(after[0]).toEqual([w.binCodes[1], String(5 - Number(first.quantity)), String(5 - Number(first.quantity)), '0']);
});
