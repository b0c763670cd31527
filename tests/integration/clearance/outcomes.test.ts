// Step 6 through the real core: customs' outcomes on a booked order's filing (released, held then
// released, rejected), the refusals that leave the database as it was, and the waiting time.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { call, refusal, startCore, tempRoot } from '../support/core';
import { type Booked, bookedOrders } from './bookedOrders';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

/** A core whose clock the test sets. */
async function world(count = 1): Promise<{ core: CoreApp; booked: Booked[]; setClock: (iso: string) => void }> {
  let now = new Date('2026-12-01T12:00:00.000Z');
  const core = await startCore(tmp.next(), { now: () => now });
  const booked = await bookedOrders(core, count);
  return { core, booked, setClock: (iso) => (now = new Date(iso)) };
}

const status = async (core: CoreApp, id: number) => (await call(core, 'orders.get', { id })).status;

/** Every row of the tables step 6 may touch, to prove a refusal changed nothing. */
async function dump(core: CoreApp): Promise<string> {
  const out: unknown[] = [];
  for (const t of ['clearance_outcomes', 'orders', 'audit_log', 'shipments', 'returns', 'declaration_filings']) {
    out.push((await sql`select * from ${sql.table(t)} order by 1`.execute(core.db)).rows);
  }
  return JSON.stringify(out);
}

describe('recording customs outcomes', () => {
  it('released: the order is cleared, the outcome names who, when and the documents filed', async () => {
    const { core, booked } = await world();
    const [b] = booked;
    await call(core, 'settings.update', { actor: 'Broker Bea' });
    await call(core, 'clearance.record', { filingId: b!.filingId, outcome: 'released', decidedAt: '2026-12-02T08:30:00Z', note: 'green channel' });
    expect(await status(core, b!.orderId)).toBe('cleared');
    const { outcomes, filingId } = await call(core, 'clearance.ofOrder', { orderId: b!.orderId });
    expect(filingId).toBe(b!.filingId);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({
      outcome: 'released',
      decidedAt: '2026-12-02T08:30:00Z',
      recordedBy: 'Broker Bea',
      recordedAt: '2026-12-01T12:00:00.000Z',
      source: 'hand',
    });
    const filed = await call(core, 'filing.get', { id: b!.filingId });
    expect(outcomes[0]!.documents.map((d) => [d.id, d.version])).toEqual(filed.documents.map((d) => [d.id, d.version]));
    expect(outcomes[0]!.documents.find((d) => d.type === 'declaration')).toBeTruthy();
  });

  it('held, held again, then released: the order stays held until released', async () => {
    const { core, booked } = await world();
    const [b] = booked;
    await call(core, 'clearance.record', {
      filingId: b!.filingId,
      outcome: 'held',
      decidedAt: '2026-12-02',
      requested: 'Commercial invoice signed',
      dueDate: '2026-12-05',
    });
    expect(await status(core, b!.orderId)).toBe('customs_held');
    await call(core, 'clearance.record', {
      filingId: b!.filingId,
      outcome: 'held',
      decidedAt: '2026-12-03',
      requested: 'Physical inspection',
      dueDate: '2026-12-06',
    });
    expect(await status(core, b!.orderId)).toBe('customs_held');
    await call(core, 'clearance.record', {
      filingId: b!.filingId,
      outcome: 'released',
      decidedAt: '2026-12-04',
      presented: 'Signed invoice',
      presentedAt: '2026-12-03',
    });
    expect(await status(core, b!.orderId)).toBe('cleared');
    const { outcomes } = await call(core, 'clearance.ofOrder', { orderId: b!.orderId });
    expect(outcomes.map((o) => o.outcome)).toEqual(['released', 'held', 'held']);
    expect(outcomes[2]).toMatchObject({ requested: 'Commercial invoice signed', dueDate: '2026-12-05' });
  });

  it('rejected: the order is rejected, its shipment cancelled and a return opened', async () => {
    const { core, booked } = await world();
    const [b] = booked;
    await call(core, 'clearance.record', { filingId: b!.filingId, outcome: 'rejected', decidedAt: '2026-12-02', reason: 'Goods under embargo' });
    expect(await status(core, b!.orderId)).toBe('rejected');
    const shipment = await core.db.selectFrom('shipments').select('status').where('id', '=', b!.shipmentId).executeTakeFirstOrThrow();
    expect(shipment.status).toBe('cancelled');
    const ret = await core.db.selectFrom('returns').selectAll().where('order_id', '=', b!.orderId).execute();
    expect(ret).toHaveLength(1);
    expect(ret[0]).toMatchObject({ cause: 'customsRejected', status: 'open', note: 'Goods under embargo' });
  });

  it('refuses, changing nothing: missing fields, a date before filing, a second final word, an unknown filing', async () => {
    const { core, booked } = await world();
    const [b] = booked;
    const before = await dump(core);
    const held = await refusal(core, 'clearance.record', { filingId: b!.filingId, outcome: 'held', decidedAt: '2026-12-02' });
    expect(held.code).toBe('errors.validation');
    expect(held.issues!.map((i) => [i.path, i.code])).toEqual([
      ['requested', 'clearance.validation.requestedRequired'],
      ['dueDate', 'clearance.validation.dueDateRequired'],
    ]);
    const rejected = await refusal(core, 'clearance.record', { filingId: b!.filingId, outcome: 'rejected', decidedAt: '2026-12-02' });
    expect(rejected.issues!.map((i) => i.path)).toEqual(['reason']);
    expect((await refusal(core, 'clearance.record', { filingId: b!.filingId, outcome: 'released', decidedAt: '2026-11-30' })).code).toBe(
      'clearanceErrors.decidedBeforeFiling',
    );
    expect((await refusal(core, 'clearance.record', { filingId: 9999, outcome: 'released', decidedAt: '2026-12-02' })).code).toBe(
      'clearanceErrors.filingNotFound',
    );
    expect(await dump(core)).toBe(before);

    await call(core, 'clearance.record', { filingId: b!.filingId, outcome: 'released', decidedAt: '2026-12-02' });
    const after = await dump(core);
    const again = await refusal(core, 'clearance.record', { filingId: b!.filingId, outcome: 'rejected', decidedAt: '2026-12-03', reason: 'second thoughts' });
    expect(again.code).toBe('clearanceErrors.alreadyDecided');
    expect(again.params).toMatchObject({ status: 'cleared' });
    expect(await dump(core)).toBe(after);
  });

  it('refuses an outcome while the order is only declared (no carrier booked)', async () => {
    let now = new Date('2026-12-01T12:00:00.000Z');
    const core = await startCore(tmp.next(), { now: () => now });
    const { readyOrders } = await import('../flow/readyOrders');
    const ready = await readyOrders(core);
    const orderId = ready.orderIds[0]!;
    const { filingId } = await call(core, 'filing.file', {
      declarationId: ready.declarationOf.get(orderId)!,
      office: 'ES280101',
      filedAt: '2026-12-01T10:00:00Z',
    });
    now = new Date('2026-12-02T12:00:00.000Z');
    const before = await dump(core);
    expect((await refusal(core, 'clearance.record', { filingId, outcome: 'released', decidedAt: '2026-12-02' })).code).toBe('clearanceErrors.notBooked');
    expect(await dump(core)).toBe(before);
    const list = await call(core, 'clearance.list', { filter: 'awaiting' });
    expect(list.rows[0]).toMatchObject({ filingId, recordable: false });
  });
});

describe('the clearance list', () => {
  it('measures the wait on the core clock, from filing and then from the hold, and flags an overdue hold', async () => {
    const { core, booked, setClock } = await world();
    const [b] = booked;
    setClock('2026-12-01T13:30:00.000Z');
    let list = await call(core, 'clearance.list', {});
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({ state: 'awaiting', waitingSince: '2026-12-01T10:00:00.000Z', waitedMinutes: 210, overdue: false, recordable: true });
    expect(list.counts).toMatchObject({ awaiting: 1, held: 0, all: 1 });

    await call(core, 'clearance.record', {
      filingId: b!.filingId,
      outcome: 'held',
      decidedAt: '2026-12-02T09:00:00Z',
      requested: 'Inspection',
      dueDate: '2026-12-03',
    });
    setClock('2026-12-03T21:00:00.000Z');
    list = await call(core, 'clearance.list', { filter: 'held' });
    expect(list.rows[0]).toMatchObject({ state: 'held', waitingSince: '2026-12-02T09:00:00Z', waitedMinutes: 36 * 60, dueDate: '2026-12-03', overdue: false });
    setClock('2026-12-04T00:01:00.000Z');
    list = await call(core, 'clearance.list', { filter: 'held', search: b!.reference });
    expect(list.rows[0]).toMatchObject({ overdue: true });
    expect((await call(core, 'clearance.list', { filter: 'awaiting' })).rows).toHaveLength(0);
    expect((await call(core, 'clearance.list', { filter: 'held', search: 'no such thing' })).rows).toHaveLength(0);

    await call(core, 'clearance.record', { filingId: b!.filingId, outcome: 'released', decidedAt: '2026-12-04' });
    list = await call(core, 'clearance.list', { filter: 'released' });
    expect(list.rows[0]).toMatchObject({ state: 'released', waitingSince: null, waitedMinutes: null, recordable: false });
  });
});
