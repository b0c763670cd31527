// Picking and short-picking through the real core: the server re-checks every scan, stock moves
// bin -> container through the ledger, shortages release their reservation and mark the order.
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { binBalance, lineBalance, lineReserved, productFigures } from '../../electron/core/inventory/balances';
import { seedWarehouse } from '../support/warehouse';
import { call, refusal, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

/** Two orders of two lines (3 units each), planned as one wave with a container per order. */
async function plannedWave(): Promise<{ core: CoreApp; listId: number; orderIds: number[]; productIds: number[] }> {
  const core = await startCore(tmp.next());
  const seed = await seedWarehouse(core.db, { products: 4, bins: 8, stockPerProduct: 10, orders: 2, linesPerOrder: 2, quantityPerLine: 3 });
  const out = await call(core, 'picking.plan', { orderIds: seed.orderIds, containerMode: 'perOrder' });
  return { core, listId: out.pickList!.id, orderIds: seed.orderIds, productIds: seed.productIds };
}

async function lines(core: CoreApp, listId: number) {
  return (await call(core, 'picking.get', { id: listId })).lines;
}

describe('picking.pick', () => {
  it('refuses a wrong bin, product or container, and more than is left, moving nothing', async () => {
    const { core, listId } = await plannedWave();
    const [line] = await lines(core, listId);
    const ok = { lineId: line!.id, quantity: '1', container: line!.container, binCode: line!.binCode, productCode: line!.sku };
    const code = async (input: object) => (await refusal(core, 'picking.pick', { ...ok, ...input })).code;
    expect(await code({ binCode: 'Z-99-99' })).toBe('picking.errors.wrongBin');
    expect(await code({ productCode: 'SKU-99999' })).toBe('picking.errors.wrongProduct');
    expect(await code({ container: 'PL-000001-09' })).toBe('picking.errors.wrongContainer');
    const tooMany = await refusal(core, 'picking.pick', { ...ok, quantity: '3.001' });
    expect(tooMany).toMatchObject({ code: 'picking.errors.tooMany', params: { remaining: '3', quantity: '3.001' } });
    expect((await refusal(core, 'picking.pick', { ...ok, quantity: '0' })).code).toBe('errors.validation');
    const moved = await core.db
      .selectFrom('stock_movements')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('kind', '=', 'pick')
      .executeTakeFirstOrThrow();
    expect(Number(moved.n)).toBe(0);
    await core.close();
  });

  it('moves stock from the bin into the container and uses up the reservation', async () => {
    const { core, listId } = await plannedWave();
    const [line] = await lines(core, listId);
    const row = await core.db.selectFrom('pick_list_lines').selectAll().where('id', '=', line!.id).executeTakeFirstOrThrow();
    const before = (await productFigures(core.db, [row.product_id])).get(row.product_id)!;
    // Scanners may send lower case; the GTIN names the product as well as the SKU.
    await core.db.updateTable('products').set({ gtin: '4006381333931' }).where('id', '=', row.product_id).execute();
    const first = await call(core, 'picking.pick', {
      lineId: line!.id,
      quantity: '2',
      container: line!.container.toLowerCase(),
      binCode: line!.binCode,
      productCode: '4006381333931',
    });
    expect(first.line).toMatchObject({ picked: '2', remaining: '1', status: 'open' });
    expect(first).toMatchObject({ orderPicked: false, listDone: false });
    const rest = await call(core, 'picking.pick', {
      lineId: line!.id,
      quantity: '1',
      container: line!.container,
      binCode: line!.binCode,
      productCode: line!.sku,
    });
    expect(rest.line).toMatchObject({ picked: '3', remaining: '0', status: 'picked' });

    expect(await binBalance(core.db, row.product_id, row.location_id)).toBe(7000);
    expect(await lineBalance(core.db, row.order_line_id, 'container', { container: row.container })).toBe(3000);
    expect(await lineReserved(core.db, row.order_line_id)).toBe(0);
    const after = (await productFigures(core.db, [row.product_id])).get(row.product_id)!;
    expect(after).toMatchObject({
      onHand: before.onHand,
      inBins: before.inBins - 3000,
      reserved: before.reserved - 3000,
      available: before.available,
      staged: 3000,
    });
    // A closed line cannot be picked again.
    expect(
      (await refusal(core, 'picking.pick', { lineId: line!.id, quantity: '1', container: line!.container, binCode: line!.binCode, productCode: line!.sku }))
        .code,
    ).toBe('picking.errors.lineClosed');
    await core.close();
  });

  it('refuses to pick for an order put on hold while its list is out', async () => {
    const { core, listId } = await plannedWave();
    const [line] = await lines(core, listId);
    await call(core, 'orders.hold', { id: line!.orderId, reason: 'Customer called' });
    const err = await refusal(core, 'picking.pick', {
      lineId: line!.id,
      quantity: '1',
      container: line!.container,
      binCode: line!.binCode,
      productCode: line!.sku,
    });
    expect(err).toMatchObject({ code: 'picking.errors.orderNotPicking', params: { status: 'on_hold' } });
    await core.close();
  });
});

describe('picking.short', () => {
  it('needs a reason, releases the reservation and records the shortage on the order', async () => {
    const { core, listId } = await plannedWave();
    const [line] = await lines(core, listId);
    expect((await refusal(core, 'picking.short', { lineId: line!.id, quantity: '1', reason: '  ' })).code).toBe('errors.validation');
    const row = await core.db.selectFrom('pick_list_lines').selectAll().where('id', '=', line!.id).executeTakeFirstOrThrow();
    const before = (await productFigures(core.db, [row.product_id])).get(row.product_id)!;
    await core.db.updateTable('orders').set({ shortage: '[{"lineNo":9,"sku":"OLD","missing":"1"}]' }).where('id', '=', row.order_id).execute();

    const out = await call(core, 'picking.short', { lineId: line!.id, quantity: '1', reason: 'damaged: box crushed' });
    expect(out.line).toMatchObject({ short: '1', remaining: '2', status: 'open', shortReason: 'damaged: box crushed' });
    expect(await lineReserved(core.db, row.order_line_id)).toBe(2000);
    const after = (await productFigures(core.db, [row.product_id])).get(row.product_id)!;
    expect(after).toMatchObject({ inBins: before.inBins, reserved: before.reserved - 1000, available: before.available + 1000 });
    const order = await core.db.selectFrom('orders').select(['shortage', 'status']).where('id', '=', row.order_id).executeTakeFirstOrThrow();
    expect(JSON.parse(order.shortage)).toEqual([
      { lineNo: 9, sku: 'OLD', missing: '1' },
      { lineNo: line!.lineNo, sku: line!.sku, missing: '1', reason: 'damaged: box crushed', pickList: 'PL-000001' },
    ]);
    expect(order.status).toBe('picking');
    // The rest is picked: a line partly short ends as 'short'.
    const rest = await call(core, 'picking.pick', {
      lineId: line!.id,
      quantity: '2',
      container: line!.container,
      binCode: line!.binCode,
      productCode: line!.sku,
    });
    expect(rest.line.status).toBe('short');
    await core.close();
  });

  it('finishes each order when its last line is done, and the list when all are', async () => {
    const { core, listId, orderIds } = await plannedWave();
    const all = await lines(core, listId);
    let last;
    for (const [i, l] of all.entries()) {
      last =
        i % 2 === 0
          ? await call(core, 'picking.pick', { lineId: l.id, quantity: l.quantity, container: l.container, binCode: l.binCode, productCode: l.sku })
          : await call(core, 'picking.short', { lineId: l.id, quantity: l.quantity, reason: 'notFound' });
    }
    expect(last).toMatchObject({ orderPicked: true, listDone: true });
    for (const id of orderIds) {
      const order = await call(core, 'orders.get', { id });
      expect(order.status).toBe('picked');
      expect(order.history.at(-1)).toMatchObject({ action: 'finishPicking', before: { status: 'picking' }, after: { status: 'picked' } });
    }
    const overview = await call(core, 'picking.list', {});
    expect(overview.open).toEqual([]);
    expect(overview.recent[0]).toMatchObject({ id: listId, status: 'done', linesDone: 4 });
    // Nothing stays reserved: what was picked used its reservation up, what was short gave it back.
    const figures = await productFigures(core.db);
    expect([...figures.values()].reduce((s, f) => s + f.reserved, 0)).toBe(0);
    const audit = await core.db.selectFrom('audit_log').select('action').where('entity', '=', 'pickList').where('entity_id', '=', listId).execute();
    expect(audit.map((a) => a.action)).toEqual(['planned', 'picked', 'shortPicked', 'picked', 'shortPicked', 'completed']);
    await core.close();
  });
});
