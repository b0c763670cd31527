// How long an order has waited at its step counts from its last status change, not from its last
// edit: the dashboard's waiting list through the real core, with the core's clock moved by the test.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { moveOrders } from '../../../electron/core/orders/workflow';
import { cleanOrder } from '../../unit/support/orders';
import { seedWarehouse } from '../../support/warehouse';
import { call, startCore, tempRoot } from '../support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

let now = new Date('2026-12-10T00:00:00.000Z');
let core: CoreApp;
beforeEach(async () => {
  now = new Date('2026-12-10T00:00:00.000Z');
  core = await startCore(tmp.next(), { now: () => now });
  await call(core, 'flow.saveSettings', { waitingHours: 24 });
});
afterEach(() => core.close());

const waiting = async () => (await call(core, 'flow.dashboard', {})).stuck.waiting;

describe('the waiting age', () => {
  it('an edit of the order does not reset it; it counts from when the order reached its status', async () => {
    const order = cleanOrder({ orderNumber: 'W-1' });
    const { id } = await call(core, 'orders.create', { order });
    // 20 hours later the clerk corrects the address: the order is still received.
    now = new Date('2026-12-10T20:00:00.000Z');
    await call(core, 'orders.update', { id, order: { ...order, consignee: { ...order.consignee, address2: 'Apartment 4' } } });
    const row = await core.db.selectFrom('orders').select(['status', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'received', updated_at: '2026-12-10T20:00:00.000Z' });

    // 26 hours after it was created, 6 after the edit: past the 24 hours set.
    now = new Date('2026-12-11T02:00:00.000Z');
    const w = await waiting();
    expect(w.orders.map((o) => [o.orderNumber, o.since, o.hours])).toEqual([['W-1', '2026-12-10T00:00:00.000Z', 26]]);
    expect(w.byStep).toEqual({ confirm: 1 });
  });

  it("a status change starts the count again, at the move's own time", async () => {
    const { orderIds } = await seedWarehouse(core.db, { orders: 1, linesPerOrder: 1 });
    const id = orderIds[0]!;
    await core.db.transaction().execute((trx) => moveOrders(trx, [id], 'startPicking', { actor: 'fixture', at: '2026-12-09T20:00:00.000Z' }));
    now = new Date('2026-12-10T21:00:00.000Z');
    expect((await waiting()).orders.map((o) => [o.id, o.status, o.since, o.hours])).toEqual([[id, 'picking', '2026-12-09T20:00:00.000Z', 25]]);
    await core.db.transaction().execute((trx) => moveOrders(trx, [id], 'finishPicking', { actor: 'fixture', at: '2026-12-10T20:00:00.000Z' }));
    expect((await waiting()).total).toBe(0);
    now = new Date('2026-12-11T21:00:00.000Z');
    expect((await waiting()).orders.map((o) => [o.id, o.status, o.since, o.hours])).toEqual([[id, 'picked', '2026-12-10T20:00:00.000Z', 25]]);
  });

  it("a data file from before the column gets each order's last audited status change, else its creation", async () => {
    const dir = tmp.next();
    const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '2026-12-05T0900'));
    const old = await startCore(dir, { now: () => now, migrations: before });
    const order = cleanOrder({ orderNumber: 'OLD-1' });
    const { id: edited } = await call(old, 'orders.create', { order });
    now = new Date('2026-12-10T05:00:00.000Z');
    await call(old, 'orders.update', { id: edited, order: { ...order, consignee: { ...order.consignee, address2: 'Floor 2' } } });
    const { orderIds } = await seedWarehouse(old.db, { orders: 1, linesPerOrder: 1 });
    const moved = orderIds[0]!;
    await old.db.transaction().execute((trx) => moveOrders(trx, [moved], 'startPicking', { actor: 'fixture', at: '2026-12-09T07:00:00.000Z' }));
    await old.close();

    const upgraded = await startCore(dir, { now: () => now });
    try {
      const rows = await upgraded.db.selectFrom('orders').select(['id', 'status_at']).where('id', 'in', [edited, moved]).orderBy('id').execute();
      expect(Object.fromEntries(rows.map((r) => [r.id, r.status_at]))).toEqual({ [edited]: '2026-12-10T00:00:00.000Z', [moved]: '2026-12-09T07:00:00.000Z' });
    } finally {
      await upgraded.close();
    }
  });
});
