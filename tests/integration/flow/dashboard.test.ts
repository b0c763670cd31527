// The home dashboard through the real core: orders counted at the seven steps (and apart once
// they left the flow), what is stuck (held at customs, short of stock, on hold, waiting past the
// threshold by the core's clock), the next work of each kind of user, and the threshold setting.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import type { Stamp } from '../../../electron/core/api/stamp';
import { moveOrders } from '../../../electron/core/orders/workflow';
import type { OrderAction } from '../../../shared/domain/orderStatus';
import { cleanOrder, line } from '../../unit/support/orders';
import { seedWarehouse, stockSkus } from '../../support/warehouse';
import { call, refusal, startCore, tempRoot } from '../support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

// The core's clock, moved by the tests: the dashboard reads "now" from it, never from the wall.
let now = new Date('2026-12-10T12:00:00.000Z');
let core: CoreApp;
beforeEach(async () => {
  now = new Date('2026-12-10T12:00:00.000Z');
  core = await startCore(tmp.next(), { now: () => now });
});
afterEach(() => core.close());

const at = (iso: string): Stamp => ({ actor: 'fixture', at: iso });

/** TEST fixture: walks orders through the workflow's moves (steps 4 to 7 may not have services yet). */
async function walk(ids: number[], actions: OrderAction[], stamp = at('2026-12-10T08:00:00.000Z')) {
  await core.db.transaction().execute(async (trx) => {
    for (const action of actions) await moveOrders(trx, ids, action, stamp);
  });
}

const TO_DOCUMENTS_READY: OrderAction[] = ['startPicking', 'finishPicking', 'pack', 'documentsReady'];

/** Confirmed orders (seeded with their reservations), 1-based slices picked by the tests. */
async function confirmedOrders(n: number): Promise<number[]> {
  return (await seedWarehouse(core.db, { orders: n, linesPerOrder: 1 })).orderIds;
}

describe('orders at each of the seven steps', () => {
  it('counts every status at its step and the orders that left the flow apart', async () => {
    const ids = await confirmedOrders(14);
    const [picking, picked, packed, ready, declared, booked, held, cleared, inTransit, delivered, cancelled] = ids.map((id) => [id]);
    await walk(picking!, ['startPicking']);
    await walk(picked!, ['startPicking', 'finishPicking']);
    await walk(packed!, ['startPicking', 'finishPicking', 'pack']);
    await walk(ready!, TO_DOCUMENTS_READY);
    await walk(declared!, [...TO_DOCUMENTS_READY, 'declare']);
    await walk(booked!, [...TO_DOCUMENTS_READY, 'declare', 'book']);
    await walk(held!, [...TO_DOCUMENTS_READY, 'declare', 'book', 'customsHold']);
    await walk(cleared!, [...TO_DOCUMENTS_READY, 'declare', 'book', 'clear']);
    await walk(inTransit!, [...TO_DOCUMENTS_READY, 'declare', 'book', 'clear', 'dispatch']);
    await walk(delivered!, [...TO_DOCUMENTS_READY, 'declare', 'book', 'clear', 'dispatch', 'deliver']);
    await walk(cancelled!, ['cancel']);
    await stockSkus(core.db, ['XM-BUDS5'], 10);
    await call(core, 'orders.create', { order: cleanOrder({ orderNumber: 'R-1' }) });

    const board = await call(core, 'flow.dashboard', {});
    const total = Object.fromEntries(board.steps.map((s) => [s.step, s.total]));
    // 3 seeded orders stay confirmed (waiting to be picked) beside the one picking.
    expect(total).toEqual({ confirm: 1, pick: 4, pack: 2, declare: 1, transport: 1, clearance: 2, deliver: 2 });
    expect(board.steps.find((s) => s.step === 'clearance')!.byStatus).toEqual([
      { status: 'booked', count: 1 },
      { status: 'customs_held', count: 1 },
    ]);
    expect(board.outOfFlow).toEqual({ delivered: 1, returned: 0, cancelled: 1, returning: 0 });
    expect(board.stuck.held.total).toBe(1);
    expect(board.at).toBe('2026-12-10T12:00:00.000Z');
  });

  it('gives each kind of user its next work with a link to where it is done', async () => {
    const ids = await confirmedOrders(6);
    await walk(ids.slice(0, 1), ['startPicking', 'finishPicking']);
    await walk(ids.slice(1, 3), ['startPicking', 'finishPicking', 'pack']);
    await walk(ids.slice(3, 4), [...TO_DOCUMENTS_READY, 'declare', 'book', 'clear']);
    const { work } = await call(core, 'flow.dashboard', {});
    const count = (items: typeof work.clerk) => Object.fromEntries(items.map((w) => [w.kind, [w.count, w.link]]));
    expect(count(work.clerk)).toEqual({
      ordersToPick: [2, '/picking'],
      ordersToPack: [1, '/packing'],
      carriersToBook: [0, '/transport'],
      parcelsToLoad: [1, '/delivery'],
      deliveriesToConfirm: [0, '/delivery'],
    });
    expect(count(work.broker)).toEqual({ documentsToFinish: [2, '/declarations'], declarationsToFile: [0, '/filings'], heldToAnswer: [0, '/clearance'] });
    expect(count(work.office)).toEqual({ referencesAwaited: [0, '/filings'], filedToday: [0, '/filings'] });
  });
});

describe('what is stuck', () => {
  it('lists orders waiting past the threshold by the core clock, per step, and the threshold moves them', async () => {
    const ids = await confirmedOrders(3);
    // Packed 50 hours before "now", picked 10 hours before; the third was seeded confirmed on 26 November.
    await walk(ids.slice(0, 1), ['startPicking', 'finishPicking', 'pack'], at('2026-12-08T10:00:00.000Z'));
    await walk(ids.slice(1, 2), ['startPicking', 'finishPicking'], at('2026-12-10T02:00:00.000Z'));

    let waiting = (await call(core, 'flow.dashboard', {})).stuck.waiting;
    expect(waiting.total).toBe(2);
    expect(waiting.byStep).toEqual({ pick: 1, pack: 1 });
    // Oldest first, with the whole hours waited.
    expect(waiting.orders.map((o) => [o.id, o.status, o.hours])).toEqual([
      [ids[2], 'confirmed', 338],
      [ids[0], 'packed', 50],
    ]);

    expect(await call(core, 'flow.saveSettings', { waitingHours: 8 })).toEqual({ waitingHours: 8 });
    waiting = (await call(core, 'flow.dashboard', {})).stuck.waiting;
    expect(waiting.byStep).toEqual({ pick: 1, pack: 2 });

    // Nothing changes but the clock: the order picked at 02:00 passes 8 hours at 10:00.
    now = new Date('2026-12-10T09:59:00.000Z');
    expect((await call(core, 'flow.dashboard', {})).stuck.waiting.total).toBe(2);
    now = new Date('2026-12-10T10:01:00.000Z');
    expect((await call(core, 'flow.dashboard', {})).stuck.waiting.total).toBe(3);
  });

  it('lists orders on hold with their reason and orders short of stock with the SKUs missing', async () => {
    await stockSkus(core.db, ['XM-BUDS5'], 3);
    const short = (await call(core, 'orders.create', { order: cleanOrder({ orderNumber: 'S-1', declaredTotal: '', lines: [line({ quantity: '5' })] }) })).id;
    const [outcome] = await call(core, 'orders.confirm', { ids: [short] });
    expect(outcome!.confirmed).toBe(false);
    const held = (await call(core, 'orders.create', { order: cleanOrder({ orderNumber: 'H-1' }) })).id;
    await call(core, 'orders.hold', { id: held, reason: 'Customer asked to wait' });

    const { stuck } = await call(core, 'flow.dashboard', {});
    expect(stuck.short.total).toBe(1);
    expect(stuck.short.orders[0]).toMatchObject({ id: short, orderNumber: 'S-1', status: 'received', step: 'confirm', detail: 'XM-BUDS5' });
    expect(stuck.onHold).toEqual({ total: 1, orders: [expect.objectContaining({ id: held, status: 'on_hold', detail: 'Customer asked to wait', hours: 0 })] });
    // On hold is listed apart, not again as waiting.
    expect(stuck.waiting.orders.map((o) => o.id)).not.toContain(held);
  });

  it('shows an order held at customs with its filing reference, the held date and the due date', async () => {
    const ids = await confirmedOrders(2);
    await walk(ids, [...TO_DOCUMENTS_READY, 'declare', 'book']);
    await walk(ids.slice(0, 1), ['customsHold'], at('2026-12-09T12:00:00.000Z'));
    // TEST fixture: a filing and its 'held' outcome as steps 4 and 6 record them.
    const declarationId = await core.db.insertInto('customs_documents').values(documentRow()).returning('id').executeTakeFirstOrThrow();
    const filing = await core.db
      .insertInto('declaration_filings')
      .values({
        declaration_id: declarationId.id,
        root_id: declarationId.id,
        version: 1,
        status: 'filed',
        office: 'ES000801',
        filed_at: '2026-12-10T08:30:00.000Z',
        reference: '26ES00080110000017',
        snapshot: '{}',
        created_at: '2026-12-10T08:30:00.000Z',
        created_by: 'fixture',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await core.db
      .insertInto('declaration_filing_orders')
      .values([
        { filing_id: filing.id, order_id: ids[0]! },
        { filing_id: filing.id, order_id: ids[1]! },
      ])
      .execute();
    for (const [outcome, decided, due] of [
      ['held', '2026-12-09', '2026-12-12'],
      ['held', '2026-12-09T11:00', '2026-12-15'],
    ] as const) {
      await core.db
        .insertInto('clearance_outcomes')
        .values({
          filing_id: filing.id,
          outcome,
          decided_at: decided,
          due_date: due,
          requested: 'Invoice signed',
          source: 'hand',
          recorded_at: decided,
          recorded_by: 'fixture',
        })
        .execute();
    }

    const board = await call(core, 'flow.dashboard', {});
    expect(board.stuck.held).toEqual({
      total: 1,
      orders: [
        expect.objectContaining({
          id: ids[0],
          status: 'customs_held',
          hours: 24,
          filingId: filing.id,
          reference: '26ES00080110000017',
          heldAt: '2026-12-09T11:00',
          dueDate: '2026-12-15',
          requested: 'Invoice signed',
        }),
      ],
    });
    expect(Object.fromEntries(board.work.broker.map((w) => [w.kind, w.count]))).toMatchObject({ heldToAnswer: 1 });
    // Filed today (by the core's clock) with its reference already given.
    expect(Object.fromEntries(board.work.office.map((w) => [w.kind, w.count]))).toEqual({ referencesAwaited: 0, filedToday: 1 });
    now = new Date('2026-12-11T09:00:00.000Z');
    expect(Object.fromEntries((await call(core, 'flow.dashboard', {})).work.office.map((w) => [w.kind, w.count]))).toEqual({
      referencesAwaited: 0,
      filedToday: 0,
    });
  });
});

describe('the waiting threshold', () => {
  it('defaults to 48 hours, is saved with an audit entry and refuses what is not a whole number of hours', async () => {
    expect(await call(core, 'flow.settings', {})).toEqual({ waitingHours: 48 });
    await call(core, 'flow.saveSettings', { waitingHours: 72 });
    expect(await call(core, 'flow.settings', {})).toEqual({ waitingHours: 72 });
    expect((await call(core, 'flow.dashboard', {})).waitingHours).toBe(72);
    const audit = await core.db.selectFrom('audit_log').selectAll().where('action', '=', 'waitingThresholdChanged').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after!)).toEqual({ waitingHours: 72 });
    for (const bad of [0, 1.5, -3, 24 * 91, '12']) {
      const error = await refusal(core, 'flow.saveSettings', { waitingHours: bad });
      expect(error.code).toBe('errors.validation');
    }
    expect(await call(core, 'flow.settings', {})).toEqual({ waitingHours: 72 });
  });
});

/** A final declaration row for the filing fixture (customs documents are step 3's; its content does not matter here). */
function documentRow() {
  const stamp = '2026-12-10T08:00:00.000Z';
  return {
    type: 'declaration',
    status: 'final',
    version: 1,
    root_id: 1,
    revision: 1,
    number: 'DEC-2026-0001',
    lang: 'en',
    paper: 'A4',
    data: '{}',
    created_at: stamp,
    created_by: 'fixture',
    updated_at: stamp,
    finalised_at: stamp,
    finalised_by: 'fixture',
  } as const;
}
