// The order workflow (electron/core/orders/workflow.ts) and the stamp every change carries: the
// person named in Settings (else the operating-system user) and the core's clock.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { AppError } from '../../electron/core/api/errors';
import { moveOrder, moveOrders } from '../../electron/core/orders/workflow';
import { cleanOrder } from '../unit/support/orders';
import { DEMO_SKUS, stockSkus } from '../support/warehouse';
import { call, refusal, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

const CLOCK = new Date('2031-02-03T04:05:06.000Z');
let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next(), { now: () => CLOCK, osUser: 'maria' });
  await stockSkus(core.db, DEMO_SKUS);
});
afterEach(async () => {
  await core.close();
});

const create = async (n: number) => (await call(core, 'orders.create', { order: cleanOrder({ orderNumber: `W-${n}` }) })).id;
const stamp = { actor: 'clerk', at: '2031-01-01T00:00:00.000Z' };

describe('moveOrder', () => {
  it('checks the move, writes the status with the step’s columns and one audit entry', async () => {
    const id = await create(1);
    const moved = await core.db
      .transaction()
      .execute((trx) => moveOrder(trx, id, 'hold', stamp, { set: { hold_reason: 'address?' }, after: { reason: 'address?' } }));
    expect(moved).toMatchObject({ id, from: 'received', to: 'on_hold', orderNumber: 'W-1' });
    const row = await core.db.selectFrom('orders').select(['status', 'hold_reason', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'on_hold', hold_reason: 'address?', updated_at: stamp.at });
    const audit = await core.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).where('action', '=', 'hold').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'clerk', at: stamp.at });
    expect(JSON.parse(audit[0]!.before!)).toEqual({ status: 'received' });
    expect(JSON.parse(audit[0]!.after!)).toEqual({ status: 'on_hold', reason: 'address?' });
  });

  it('refuses an illegal move with a translated error and writes nothing', async () => {
    const id = await create(2);
    const err = await core.db
      .transaction()
      .execute((trx) => moveOrder(trx, id, 'pack', stamp))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'errors.illegalTransition', params: { from: 'received', action: 'pack', orderNumber: 'W-2' } });
    const row = await core.db.selectFrom('orders').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('received');
    expect(await core.db.selectFrom('audit_log').select('id').where('entity_id', '=', id).where('action', '=', 'pack').execute()).toEqual([]);
  });

  it('moves many orders all or none: one order that cannot move refuses the whole call', async () => {
    const ids = [await create(3), await create(4), await create(5)];
    await call(core, 'orders.cancel', { id: ids[2]!, reason: 'customer cancelled' });
    await expect(core.db.transaction().execute((trx) => moveOrders(trx, ids, 'hold', stamp))).rejects.toMatchObject({
      code: 'errors.illegalTransition',
      params: { orderNumber: 'W-5' },
    });
    const statuses = await core.db.selectFrom('orders').select('status').where('id', 'in', ids).orderBy('id').execute();
    expect(statuses.map((s) => s.status)).toEqual(['received', 'received', 'cancelled']);

    const moved = await core.db.transaction().execute((trx) => moveOrders(trx, ids.slice(0, 2), 'hold', stamp, (id) => ({ after: { n: id } })));
    expect(moved.map((m) => m.to)).toEqual(['on_hold', 'on_hold']);
  });

  it('an unknown order is refused as not found', async () => {
    await expect(core.db.transaction().execute((trx) => moveOrder(trx, 999_999, 'hold', stamp))).rejects.toMatchObject({ code: 'errors.notFound' });
  });
});

describe('the stamp comes from the context', () => {
  it('before anyone is named, changes carry the operating-system user and the core’s clock', async () => {
    const id = await create(6);
    const detail = await call(core, 'orders.get', { id });
    expect(detail.history[0]).toMatchObject({ action: 'created', actor: 'maria', at: CLOCK.toISOString() });
    const settings = await call(core, 'settings.get', {});
    expect(settings).toMatchObject({ actor: 'maria', actorConfirmed: false });
  });

  it('the name given in Settings is on every later audit entry and stock movement', async () => {
    const settings = await call(core, 'settings.update', { actor: 'Ana Pérez' });
    expect(settings).toMatchObject({ actor: 'Ana Pérez', actorConfirmed: true, language: 'en' });
    const id = await create(7);
    await call(core, 'orders.confirm', { ids: [id] });
    const detail = await call(core, 'orders.get', { id });
    expect(detail.status).toBe('confirmed');
    expect(detail.history.map((h) => h.actor)).toEqual(['Ana Pérez', 'Ana Pérez']);
    const movements = await core.db.selectFrom('stock_movements').select(['actor', 'at', 'kind']).where('order_id', '=', id).execute();
    expect(movements.length).toBeGreaterThan(0);
    expect(movements.every((m) => m.actor === 'Ana Pérez' && m.at === CLOCK.toISOString() && m.kind === 'reservation')).toBe(true);
  });

  it('a name with a line break or an empty name is refused and changes nothing', async () => {
    expect((await refusal(core, 'settings.update', { actor: 'Ana\nPérez' })).code).toBe('errors.validation');
    expect((await refusal(core, 'settings.update', { actor: '   ' })).code).toBe('errors.validation');
    expect(await call(core, 'settings.get', {})).toMatchObject({ actor: 'maria', actorConfirmed: false });
  });
});
