// Cancelling a pick list through the real core: open lines are cancelled, untouched orders go back
// to confirmed with their reservations, partly picked orders are picked short, held orders stay held.
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { lineBalance, lineReserved, productFigures } from '../../electron/core/inventory/balances';
import { seedWarehouse } from '../support/warehouse';
import { call, refusal, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

/** Two orders of two lines (3 units each), planned as one wave with a container per order. */
async function plannedWave(): Promise<{ core: CoreApp; listId: number; orderIds: number[] }> {
  const core = await startCore(tmp.next());
  const seed = await seedWarehouse(core.db, { products: 4, bins: 8, stockPerProduct: 10, orders: 2, linesPerOrder: 2, quantityPerLine: 3 });
  const out = await call(core, 'picking.plan', { orderIds: seed.orderIds, containerMode: 'perOrder' });
  return { core, listId: out.pickList!.id, orderIds: seed.orderIds };
}

async function lines(core: CoreApp, listId: number) {
  return (await call(core, 'picking.get', { id: listId })).lines;
}

async function orderLines(core: CoreApp, orderId: number) {
  return core.db.selectFrom('order_lines').select(['id', 'product_id']).where('order_id', '=', orderId).orderBy('line_no').execute();
}

async function reservedOf(core: CoreApp, orderId: number): Promise<number[]> {
  return Promise.all((await orderLines(core, orderId)).map((l) => lineReserved(core.db, l.id)));
}

async function listAudit(core: CoreApp, listId: number) {
  const rows = await core.db
    .selectFrom('audit_log')
    .select(['action', 'after'])
    .where('entity', '=', 'pickList')
    .where('entity_id', '=', listId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ action: r.action, after: r.after === null ? null : (JSON.parse(r.after) as Record<string, unknown>) }));
}

describe('picking.cancel', () => {
  it('cancels an untouched list: every order back to confirmed, reservations intact, and it can be planned again', async () => {
    const { core, listId, orderIds } = await plannedWave();
    const before = await productFigures(core.db);
    const out = await call(core, 'picking.cancel', { id: listId, reason: 'Shift ended' });
    expect(out).toEqual({
      pickList: { id: listId, number: 'PL-000001', status: 'cancelled' },
      linesCancelled: 4,
      returned: ['T-000001', 'T-000002'],
      picked: [],
      unchanged: [],
    });

    const detail = await call(core, 'picking.get', { id: listId });
    expect(detail.status).toBe('cancelled');
    expect(detail.completedAt).not.toBeNull();
    expect(detail.lines.map((l) => l.status)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
    for (const id of orderIds) {
      const order = await call(core, 'orders.get', { id });
      expect(order.status).toBe('confirmed');
      expect(order.shortage).toEqual([]);
      expect(order.history.at(-1)).toMatchObject({
        action: 'cancelPicking',
        before: { status: 'picking' },
        after: { status: 'confirmed', pickList: 'PL-000001', reason: 'Shift ended' },
      });
      expect(await reservedOf(core, id)).toEqual([3000, 3000]);
    }
    expect(await productFigures(core.db)).toEqual(before);
    expect(await core.db.selectFrom('stock_movements').select('id').where('kind', '=', 'release').execute()).toEqual([]);
    expect((await listAudit(core, listId)).map((a) => a.action)).toEqual(['planned', 'cancelled']);
    expect((await listAudit(core, listId)).at(-1)!.after).toMatchObject({
      status: 'cancelled',
      reason: 'Shift ended',
      linesCancelled: 4,
      ordersReturned: 2,
      ordersPicked: 0,
    });

    const overview = await call(core, 'picking.list', {});
    expect(overview.open).toEqual([]);
    expect(overview.recent[0]).toMatchObject({ id: listId, status: 'cancelled', linesDone: 4 });
    const ready = await call(core, 'picking.confirmedOrders', {});
    expect(ready.rows.map((r) => r.id).sort()).toEqual([...orderIds].sort());
    const again = await call(core, 'picking.plan', { orderIds, containerMode: 'perOrder' });
    expect(again.refused).toEqual([]);
    expect(again.pickList).toMatchObject({ number: 'PL-000002', orderCount: 2, lineCount: 4 });
    await core.close();
  });

  it('after one of two lines of an order is picked: that order is picked short, the rest of its reservation released, the picked goods stay staged', async () => {
    const { core, listId, orderIds } = await plannedWave();
    const [first, second] = orderIds as [number, number];
    const all = await lines(core, listId);
    const done = all.find((l) => l.orderId === first)!;
    const left = all.find((l) => l.orderId === first && l.id !== done.id)!;
    await call(core, 'picking.pick', { lineId: done.id, quantity: '3', container: done.container, binCode: done.binCode, productCode: done.sku });
    const leftRow = await core.db.selectFrom('pick_list_lines').selectAll().where('id', '=', left.id).executeTakeFirstOrThrow();
    const doneRow = await core.db.selectFrom('pick_list_lines').selectAll().where('id', '=', done.id).executeTakeFirstOrThrow();
    const beforeLeft = (await productFigures(core.db, [leftRow.product_id])).get(leftRow.product_id)!;

    const out = await call(core, 'picking.cancel', { id: listId, reason: 'Shift ended' });
    expect(out).toMatchObject({ pickList: { status: 'done' }, linesCancelled: 3, returned: ['T-000002'], picked: ['T-000001'], unchanged: [] });

    const order = await call(core, 'orders.get', { id: first });
    expect(order.status).toBe('picked');
    expect(order.shortage).toEqual([{ lineNo: left.lineNo, sku: left.sku, missing: '3', reason: 'listCancelled: Shift ended', pickList: 'PL-000001' }]);
    expect(order.history.map((h) => h.action).slice(-2)).toEqual(['shortPicked', 'finishPicking']);
    // The line not picked gives its reservation back; the picked goods stay in their container.
    expect(await lineReserved(core.db, leftRow.order_line_id)).toBe(0);
    const afterLeft = (await productFigures(core.db, [leftRow.product_id])).get(leftRow.product_id)!;
    expect(afterLeft).toMatchObject({ onHand: beforeLeft.onHand, reserved: beforeLeft.reserved - 3000, available: beforeLeft.available + 3000 });
    expect(await lineBalance(core.db, doneRow.order_line_id, 'container', { container: doneRow.container })).toBe(3000);
    expect((await productFigures(core.db, [doneRow.product_id])).get(doneRow.product_id)!.staged).toBe(3000);
    const released = await core.db.selectFrom('stock_movements').select(['reason', 'reference', 'reserved_milli']).where('kind', '=', 'release').execute();
    expect(released).toEqual([{ reason: 'pick list cancelled: Shift ended', reference: 'PL-000001', reserved_milli: -3000 }]);

    // The other order picked nothing: back to confirmed, still holding its stock.
    expect((await call(core, 'orders.get', { id: second })).status).toBe('confirmed');
    expect(await reservedOf(core, second)).toEqual([3000, 3000]);

    const detail = await call(core, 'picking.get', { id: listId });
    expect(detail.status).toBe('done');
    expect(detail.lines.find((l) => l.id === done.id)!.status).toBe('picked');
    expect(detail.lines.filter((l) => l.status === 'cancelled')).toHaveLength(3);
    expect((await listAudit(core, listId)).map((a) => a.action)).toEqual(['planned', 'picked', 'cancelled']);
    await core.close();
  });

  it('an order held during picking keeps on_hold; the list can still be cancelled', async () => {
    const { core, listId, orderIds } = await plannedWave();
    const [first, second] = orderIds as [number, number];
    await call(core, 'orders.hold', { id: first, reason: 'Customer called' });
    const out = await call(core, 'picking.cancel', { id: listId, reason: 'Order held' });
    expect(out).toMatchObject({ pickList: { status: 'cancelled' }, linesCancelled: 4, returned: ['T-000002'], picked: [], unchanged: ['T-000001'] });
    const held = await call(core, 'orders.get', { id: first });
    expect(held.status).toBe('on_hold');
    expect(held.shortage).toEqual([]);
    expect(held.history.at(-1)!.action).toBe('hold');
    expect(await reservedOf(core, first)).toEqual([0, 0]);
    expect((await call(core, 'orders.get', { id: second })).status).toBe('confirmed');
    expect((await call(core, 'picking.get', { id: listId })).status).toBe('cancelled');
    // Released later, the held order can be confirmed and planned like any other.
    await call(core, 'orders.release', { id: first });
    expect((await call(core, 'orders.get', { id: first })).status).toBe('received');
    await core.close();
  });

  it('refuses a list that is no longer open, and a missing reason', async () => {
    const { core, listId } = await plannedWave();
    expect((await refusal(core, 'picking.cancel', { id: listId, reason: '   ' })).code).toBe('errors.validation');
    expect((await refusal(core, 'picking.cancel', { id: listId })).code).toBe('errors.validation');
    expect((await call(core, 'picking.get', { id: listId })).status).toBe('open');
    await call(core, 'picking.cancel', { id: listId, reason: 'Shift ended' });
    expect(await refusal(core, 'picking.cancel', { id: listId, reason: 'Again' })).toMatchObject({
      code: 'picking.errors.notOpen',
      params: { pickList: 'PL-000001', status: 'cancelled' },
    });
    expect((await refusal(core, 'picking.cancel', { id: 999, reason: 'Gone' })).code).toBe('errors.notFound');
    expect((await listAudit(core, listId)).map((a) => a.action)).toEqual(['planned', 'cancelled']);
    await core.close();
  });
});
