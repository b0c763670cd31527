// Wave planning through the real core: walking order, bins split, containers, refusals, and a
// second plan that must not send pickers to stock the first one already claimed.
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { release } from '../../electron/core/inventory/ledger';
import { seedWarehouse, type WarehouseSpec } from '../support/warehouse';
import { call, refusal, startCore, tempRoot } from './support/core';
import { TEST_STAMP } from '../support/stamp';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

async function warehouse(spec: WarehouseSpec): Promise<{ core: CoreApp; seed: Awaited<ReturnType<typeof seedWarehouse>> }> {
  const core = await startCore(tmp.next());
  return { core, seed: await seedWarehouse(core.db, spec) };
}

describe('picking.plan', () => {
  it('plans one order as an "order" list whose lines follow the walking order, not the insertion order', async () => {
    const { core, seed } = await warehouse({ products: 3, bins: 6, orders: 1, linesPerOrder: 3 });
    const out = await call(core, 'picking.plan', { orderIds: seed.orderIds, containerMode: 'perOrder' });
    expect(out.refused).toEqual([]);
    expect(out.pickList).toMatchObject({ number: 'PL-000001', orderCount: 1, lineCount: 3 });
    const list = await call(core, 'picking.get', { id: out.pickList!.id });
    expect(list.kind).toBe('order');
    // Bins are walked from the last inserted to the first (seedWarehouse makes walk order the reverse).
    expect(list.lines.map((l) => [l.seq, l.binCode, l.sku])).toEqual([
      [1, 'A-01-03', 'SKU-00003'],
      [2, 'A-01-02', 'SKU-00002'],
      [3, 'A-01-01', 'SKU-00001'],
    ]);
    expect(list.lines.every((l) => l.container === 'PL-000001-01' && l.quantity === '1' && l.status === 'open')).toBe(true);
    const order = await call(core, 'orders.get', { id: seed.orderIds[0]! });
    expect(order.status).toBe('picking');
    expect(order.history.at(-1)).toMatchObject({ action: 'startPicking', after: { status: 'picking', pickList: 'PL-000001' } });
    await core.close();
  });

  it('splits a line over two bins in walking order when the first holds too little', async () => {
    const { core, seed } = await warehouse({ products: 1, bins: 20, binsPerProduct: 2, stockPerProduct: 10, orders: 1, linesPerOrder: 1, quantityPerLine: 8 });
    const out = await call(core, 'picking.plan', { orderIds: seed.orderIds, containerMode: 'perOrder' });
    const list = await call(core, 'picking.get', { id: out.pickList!.id });
    expect(list.lines.map((l) => [l.binCode, l.quantity])).toEqual([
      ['A-01-02', '5'],
      ['A-01-01', '3'],
    ]);
    await core.close();
  });

  it('gives each order its own container, or all one shared container', async () => {
    const { core, seed } = await warehouse({ products: 6, orders: 4, linesPerOrder: 2 });
    const perOrder = await call(core, 'picking.plan', { orderIds: seed.orderIds.slice(0, 2), containerMode: 'perOrder' });
    expect(perOrder.planned.map((p) => p.container)).toEqual(['PL-000001-01', 'PL-000001-02']);
    const shared = await call(core, 'picking.plan', { orderIds: seed.orderIds.slice(2), containerMode: 'shared' });
    expect(shared.planned.map((p) => p.container)).toEqual(['PL-000002-01', 'PL-000002-01']);
    const wave = await call(core, 'picking.get', { id: shared.pickList!.id });
    expect(wave.kind).toBe('wave');
    expect(new Set(wave.lines.map((l) => l.container))).toEqual(new Set(['PL-000002-01']));
    const lists = await call(core, 'picking.list', {});
    expect(lists.open.map((l) => [l.number, l.orderCount, l.lineCount, l.linesDone])).toEqual([
      ['PL-000001', 2, 4, 0],
      ['PL-000002', 2, 4, 0],
    ]);
    await core.close();
  });

  it('plans the orders it can and says why it refused the others', async () => {
    const { core, seed } = await warehouse({ products: 10, orders: 5, linesPerOrder: 2 });
    const [first, received, unreserved, ...rest] = seed.orderIds as [number, number, number, ...number[]];
    await call(core, 'picking.plan', { orderIds: [first], containerMode: 'perOrder' });
    await core.db.updateTable('orders').set({ status: 'received' }).where('id', '=', received).execute();
    // An order confirmation could reserve nothing for: give its reservations back.
    await core.db.transaction().execute(async (trx) => {
      const lines = await trx.selectFrom('order_lines').select(['id', 'product_id']).where('order_id', '=', unreserved).execute();
      for (const l of lines) await release(trx, { orderId: unreserved, orderLineId: l.id, productId: l.product_id! }, TEST_STAMP);
    });
    const out = await call(core, 'picking.plan', { orderIds: [first, received, unreserved, 999_999, ...rest], containerMode: 'perOrder' });
    expect(out.planned.map((p) => p.orderId)).toEqual(rest);
    const reasons = Object.fromEntries(out.refused.map((r) => [r.orderId, [r.reason, r.params]]));
    expect(reasons).toEqual({
      [first]: ['onPickList', { pickList: 'PL-000001' }],
      [received]: ['notConfirmed', { status: 'received' }],
      [unreserved]: ['nothingReserved', {}],
      999999: ['notFound', {}],
    });
    await core.close();
  });

  it('creates nothing when no order can be planned', async () => {
    const { core, seed } = await warehouse({ products: 2, orders: 1, linesPerOrder: 1 });
    await core.db.updateTable('orders').set({ status: 'on_hold' }).execute();
    const out = await call(core, 'picking.plan', { orderIds: seed.orderIds, containerMode: 'shared' });
    expect(out.pickList).toBeUndefined();
    expect((await call(core, 'picking.list', {})).open).toEqual([]);
    await core.close();
  });

  it('does not send a second list to stock an open list already claims', async () => {
    // One product in two bins of 5; two orders of 5 each: the second must go to the other bin.
    const { core, seed } = await warehouse({ products: 1, bins: 4, binsPerProduct: 2, stockPerProduct: 10, orders: 2, linesPerOrder: 1, quantityPerLine: 5 });
    const a = await call(core, 'picking.plan', { orderIds: [seed.orderIds[0]!], containerMode: 'perOrder' });
    const b = await call(core, 'picking.plan', { orderIds: [seed.orderIds[1]!], containerMode: 'perOrder' });
    const binsOf = async (id: number) => (await call(core, 'picking.get', { id })).lines.map((l) => [l.binCode, l.quantity]);
    expect(await binsOf(a.pickList!.id)).toEqual([['A-01-02', '5']]);
    expect(await binsOf(b.pickList!.id)).toEqual([['A-01-01', '5']]);
    await core.close();
  });

  it('lists confirmed orders ready to pick, and refuses an empty or oversized wave', async () => {
    const { core, seed } = await warehouse({ products: 4, orders: 3, linesPerOrder: 2 });
    await core.db.updateTable('orders').set({ shortage: '[{"lineNo":1,"sku":"SKU-00001","missing":"1"}]' }).where('id', '=', seed.orderIds[2]!).execute();
    await call(core, 'picking.plan', { orderIds: [seed.orderIds[0]!], containerMode: 'perOrder' });
    const ready = await call(core, 'picking.confirmedOrders', {});
    expect(ready.total).toBe(2);
    expect(ready.rows.map((r) => [r.id, r.lineCount, r.reservedLines, r.short])).toEqual([
      [seed.orderIds[1], 2, 2, false],
      [seed.orderIds[2], 2, 2, true],
    ]);
    expect((await refusal(core, 'picking.plan', { orderIds: [], containerMode: 'shared' })).code).toBe('errors.validation');
    const many = Array.from({ length: 5001 }, (_, i) => i + 1);
    expect((await refusal(core, 'picking.plan', { orderIds: many, containerMode: 'shared' })).code).toBe('errors.validation');
    expect((await refusal(core, 'picking.plan', { orderIds: [1], containerMode: 'mixed' })).code).toBe('errors.validation');
    await core.close();
  });
});
