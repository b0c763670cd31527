// An order's timeline through the real core: its audit entries placed on the seven steps, each
// step reached or not, when and by whom, with the facts worth a line (reason, papers, pick list...).
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { moveOrder } from '../../../electron/core/orders/workflow';
import type { OrderTimeline } from '../../../shared/api/contracts/flow';
import { cleanOrder } from '../../unit/support/orders';
import { stockSkus } from '../../support/warehouse';
import { call, refusal, startCore, tempRoot } from '../support/core';
import { readyOrders } from './readyOrders';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

let now = new Date('2026-12-10T09:00:00.000Z');
let core: CoreApp;
beforeEach(async () => {
  now = new Date('2026-12-10T09:00:00.000Z');
  core = await startCore(tmp.next(), { now: () => now });
});
afterEach(() => core.close());

const step = (t: OrderTimeline, name: string) => t.steps.find((s) => s.step === name)!;
const actions = (t: OrderTimeline, name: string) => step(t, name).events.map((e) => e.action);

describe('the order timeline', () => {
  it('places creation, a hold with its reason, the release and the confirmation on the confirm step', async () => {
    await stockSkus(core.db, ['XM-BUDS5', 'UG-CBL-C2'], 10);
    await call(core, 'settings.update', { actor: 'Marta' });
    const id = (await call(core, 'orders.create', { order: cleanOrder() })).id;
    now = new Date('2026-12-10T10:00:00.000Z');
    await call(core, 'orders.hold', { id, reason: 'Address to check' });
    await call(core, 'orders.release', { id });
    now = new Date('2026-12-10T11:00:00.000Z');
    expect((await call(core, 'orders.confirm', { ids: [id] }))[0]!.confirmed).toBe(true);

    const t = await call(core, 'flow.timeline', { orderId: id });
    expect(t).toMatchObject({ orderId: id, orderNumber: 'T-1001', status: 'confirmed', current: 'pick' });
    expect(actions(t, 'confirm')).toEqual(['created', 'hold', 'release', 'confirmed']);
    expect(step(t, 'confirm')).toMatchObject({ reached: true, done: true, at: '2026-12-10T09:00:00.000Z', actor: 'Marta' });
    expect(step(t, 'confirm').events[1]).toMatchObject({
      status: 'on_hold',
      at: '2026-12-10T10:00:00.000Z',
      facts: [{ key: 'reason', value: 'Address to check' }],
    });
    // Waiting to be picked: the pick step is reached (the order stands there) but nothing happened on it yet.
    expect(step(t, 'pick')).toMatchObject({ reached: true, done: false, at: null, events: [] });
    expect(t.steps.slice(2).every((s) => !s.reached && !s.done)).toBe(true);
  });

  it('after picking, packing and the documents: each step with its entries, the papers named', async () => {
    const { orderIds } = await readyOrders(core);
    const id = orderIds[0]!;
    const t = await call(core, 'flow.timeline', { orderId: id });
    expect(t).toMatchObject({ status: 'documents_ready', current: 'declare' });
    expect(actions(t, 'pick')).toEqual(['startPicking', 'finishPicking']);
    expect(actions(t, 'pack')).toEqual(expect.arrayContaining(['parcelClosed', 'pack', 'documentCreated', 'documentFinalised', 'documentsReady']));
    expect(actions(t, 'pack').at(-1)).toBe('documentsReady');
    const finalised = step(t, 'pack').events.find((e) => e.action === 'documentFinalised')!;
    expect(finalised.facts.find((f) => f.key === 'documentType')!.value).toMatch(/^(declaration|invoice|contract|packing_list|postal)$/);
    expect(finalised.facts.find((f) => f.key === 'document')!.value).toMatch(/^[A-Z]+-\d{4}-\d{6} v1$/);
    expect(step(t, 'pack')).toMatchObject({ reached: true, done: true });
    expect(step(t, 'declare')).toMatchObject({ reached: true, done: false, events: [] });

    // Step 4 onwards as the other areas' services will record them (TEST fixture through the workflow).
    await core.db.transaction().execute(async (trx) => {
      await moveOrder(trx, id, 'declare', { actor: 'Broker B', at: '2026-12-11T08:00:00.000Z' }, { after: { office: 'ES000801', reference: '26ES0001' } });
      await moveOrder(trx, id, 'book', { actor: 'Clerk C', at: '2026-12-11T09:00:00.000Z' }, { after: { waybill: 'RR123456785ES' } });
      await moveOrder(trx, id, 'customsHold', { actor: 'Broker B', at: '2026-12-11T10:00:00.000Z' }, { after: { outcome: 'held', dueDate: '2026-12-14' } });
    });
    const later = await call(core, 'flow.timeline', { orderId: id });
    expect(later.current).toBe('clearance');
    expect(step(later, 'declare')).toMatchObject({ reached: true, done: true, at: '2026-12-11T08:00:00.000Z', actor: 'Broker B' });
    expect(step(later, 'declare').events[0]!.facts).toEqual([
      { key: 'office', value: 'ES000801' },
      { key: 'reference', value: '26ES0001' },
    ]);
    expect(step(later, 'transport').events[0]).toMatchObject({ action: 'book', actor: 'Clerk C', facts: [{ key: 'waybill', value: 'RR123456785ES' }] });
    expect(step(later, 'clearance')).toMatchObject({ reached: true, done: false });
    expect(step(later, 'clearance').events[0]).toMatchObject({
      status: 'customs_held',
      facts: [
        { key: 'outcome', value: 'held' },
        { key: 'dueDate', value: '2026-12-14' },
      ],
    });
    expect(step(later, 'deliver')).toMatchObject({ reached: false, done: false });
  });

  it('refuses an order that does not exist, naming it', async () => {
    const error = await refusal(core, 'flow.timeline', { orderId: 999 });
    expect(error.code).toBe('errors.notFound');
  });
});
