// Property test of the order's state machine over steps 1 to 7, through the REAL commands: random
// sequences of filing, booking, customs outcomes, loading, departure, delivery, returns, cancels and
// step-1 actions, some clicked twice at once, on a few orders of a real core. After every command:
// no order reaches an illegal state or moves illegally, stock is deducted exactly once per parcel
// line and only after dispatch, a cancelled order holds no reservation, nothing under customs
// supervision is dispatched, the ledger balances; and a refused command leaves the database as it was.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import type { Envelope } from '../../../shared/api/commands';
import { fuzz } from '../../hostile/fuzz';
import { appendAudit } from '../../../electron/core/audit/auditRepository';
import { deduct } from '../../../electron/core/inventory/ledger';
import { moveOrders } from '../../../electron/core/orders/workflow';
import { TEST_STAMP } from '../../support/stamp';
import { seedWarehouse } from '../../support/warehouse';
import { call, startCore, tempRoot } from '../support/core';
import { readyOrders } from './readyOrders';
import { type Action, WHOLE_WAY, actionArb, commandFor } from './property/actions';
import { checkInvariants, digest } from './property/invariants';
import { type CoreSetup, freshWorld, setUpCore } from './property/world';

const tmp = tempRoot();
let core: CoreApp;
let setup: CoreSetup;
let runsOnCore = 0;

/** A fresh core every few runs: the digest and the checks read whole tables, which should stay small. */
async function coreForRun(): Promise<void> {
  if (core && runsOnCore < 6) return void runsOnCore++;
  if (core) await core.close();
  core = await startCore(tmp.next());
  setup = await setUpCore(core);
  runsOnCore = 1;
}

afterAll(async () => {
  await core?.close();
  tmp.cleanup();
});

// Codes that mean the test sent nonsense or the core crashed: never an acceptable refusal here.
const NOT_A_REFUSAL = ['errors.internal', 'errors.unknownCommand', 'errors.validation'];

describe('the order flow over random command sequences', () => {
  it('never reaches an illegal state, deducts once, frees cancelled reservations, never dispatches goods under supervision', async () => {
    const accepted = new Map<string, number>();
    const statuses = new Set<string>();
    let refused = 0;

    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 1, maxLength: 40, size: 'max' }), async (actions: Action[]) => {
        await coreForRun();
        const world = await freshWorld(setup);
        for (const a of actions) {
          const sent = await commandFor(world, a);
          if (!sent) continue;
          const before = await digest(core.db);
          const results: Envelope<unknown>[] = await Promise.all(Array.from({ length: a.twice ? 2 : 1 }, () => core.dispatch(sent.name, sent.input)));
          for (const r of results) {
            if (r.ok) accepted.set(sent.name, (accepted.get(sent.name) ?? 0) + 1);
            else {
              refused++;
              if (NOT_A_REFUSAL.includes(r.error.code)) throw new Error(`${sent.name} ${JSON.stringify(sent.input)} failed: ${JSON.stringify(r.error)}`);
            }
          }
          // A command refused (every click of it) writes nothing at all.
          if (results.every((r) => !r.ok) && (await digest(core.db)) !== before)
            throw new Error(`${sent.name} ${JSON.stringify(sent.input)} was refused (${results.map((r) => !r.ok && r.error.code)}) but changed the database`);
          await checkInvariants(core.db, world.orderIds);
        }
        const rows = await core.db.selectFrom('orders').select('status').where('id', 'in', world.orderIds).execute();
        for (const r of rows) statuses.add(r.status);
      }),
      // The whole way once for certain, then random: a sequence that sends each order down one road.
      fuzz(30, { examples: [[WHOLE_WAY]] }),
    );

    // The runs must have gone the whole way and been refused along it, or the property proves little.
    for (const name of ['filing.file', 'transport.book', 'clearance.record', 'delivery.scan', 'delivery.depart', 'delivery.confirm', 'orders.cancel']) {
      expect(accepted.get(name) ?? 0, name).toBeGreaterThan(0);
    }
    expect((accepted.get('returns.restock') ?? 0) + (accepted.get('returns.writeOff') ?? 0)).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(20);
    for (const s of ['delivered', 'cancelled', 'returned']) expect([...statuses]).toContain(s);
  }, 300_000);
});

// The checks themselves must fail on the states they forbid, or a green property proves nothing.
describe('the invariant checks', () => {
  it('fail on an illegal move, a deduction before dispatch and a cancelled order still holding its reservation', async () => {
    const own = await startCore(tmp.next());
    try {
      const { orderIds, declarationOf } = await readyOrders(own, { orders: 2, products: 3, bins: 3, prefix: 'BAD-' });
      const [early] = (await seedWarehouse(own.db, { orders: 1, products: 2, bins: 2, prefix: 'BADC-' })).orderIds;
      const [a, b] = orderIds as [number, number];
      const all = [a, b, early!];
      await checkInvariants(own.db, all);

      // Filed, then a deduction of its parcel's goods though it never left.
      await call(own, 'filing.file', { declarationId: declarationOf.get(a)!, office: 'ES280101', filedAt: '2026-12-01T10:00:00.000Z' });
      const item = await own.db
        .selectFrom('parcel_items as i')
        .innerJoin('parcels as p', 'p.id', 'i.parcel_id')
        .select(['i.parcel_id', 'i.order_line_id', 'i.product_id', 'i.qty_milli'])
        .where('p.order_id', '=', a)
        .executeTakeFirstOrThrow();
      await own.db
        .transaction()
        .execute((trx) =>
          deduct(
            trx,
            { orderId: a, orderLineId: item.order_line_id, productId: item.product_id, parcelId: item.parcel_id, qtyMilli: item.qty_milli },
            TEST_STAMP,
          ),
        );
      await expect(checkInvariants(own.db, [a])).rejects.toThrow(/deducted .*expected 0/);

      // A status written past the workflow: booked straight to in transit, never released by customs.
      await own.db.transaction().execute(async (trx) => {
        await trx.updateTable('orders').set({ status: 'in_transit' }).where('id', '=', b).execute();
        await appendAudit(trx, [
          { entity: 'order', entityId: b, action: 'dispatch', before: { status: 'documents_ready' }, after: { status: 'in_transit' }, ...TEST_STAMP },
        ]);
      });
      await expect(checkInvariants(own.db, [b])).rejects.toThrow(/illegal move/);

      // Cancelled through the workflow alone, its reservation never given back.
      await own.db.transaction().execute((trx) => moveOrders(trx, [early!], 'cancel', TEST_STAMP));
      await expect(checkInvariants(own.db, [early!])).rejects.toThrow(/still holds a reservation/);
    } finally {
      await own.close();
    }
  }, 120_000);
});
