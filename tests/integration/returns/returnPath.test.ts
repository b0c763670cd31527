// The return path through the real core: cancelling an order with goods in hand opens a return,
// its papers are voided, its goods come back into a bin (restock) or leave the stock (write off),
// once; after dispatch a cancel is refused and the return path takes the goods back.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { binBalance, productBins, productFigures } from '../../../electron/core/inventory/balances';
import { deduct, pick } from '../../../electron/core/inventory/ledger';
import { moveOrders } from '../../../electron/core/orders/workflow';
import { openReturn } from '../../../electron/core/returns/openReturn';
import { TEST_STAMP } from '../../support/stamp';
import { seedWarehouse } from '../../support/warehouse';
import { packedOrders } from '../customs/packedOrders';
import { readyOrders } from '../flow/readyOrders';
import { bookedOnManifest } from './bookedOnManifest';
import { call, refusal, startCore, tempRoot } from '../support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());
let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next());
});
afterEach(async () => {
  await core.close();
});

/** The order's products with their figures, by product id. */
async function figures(orderId: number) {
  const lines = await core.db.selectFrom('order_lines').select(['product_id', 'quantity']).where('order_id', '=', orderId).execute();
  const ids = lines.map((l) => l.product_id!);
  return { lines, ids, figures: await productFigures(core.db, ids) };
}

async function movementsOf(orderId: number, kind: string) {
  return core.db.selectFrom('stock_movements').selectAll().where('order_id', '=', orderId).where('kind', '=', kind).execute();
}

const bin = async (binCode: string) => (await call(core, 'locations.save', { location: { warehouse: 'MAIN', zone: 'R', binCode, walkOrder: 99 } })).id;

describe('cancelling a packed order', () => {
  it('opens a return (no release written: picking used the reservation up), and a restock puts the goods back into the bin', async () => {
    const [orderId] = await packedOrders(core);
    const before = await figures(orderId!);
    await call(core, 'orders.cancel', { id: orderId!, reason: 'Customer changed their mind' });
    expect((await call(core, 'orders.get', { id: orderId! })).status).toBe('cancelled');
    expect(await movementsOf(orderId!, 'release')).toEqual([]);

    const [open] = await call(core, 'returns.list', { status: 'open' });
    expect(open).toMatchObject({ orderId, cause: 'cancelled', status: 'open', note: 'Customer changed their mind' });
    const detail = await call(core, 'returns.get', { id: open!.id });
    expect(detail.goods.map((g) => [g.place, g.parcelSeq, g.quantity])).toEqual([
      ['parcel', 1, '2'],
      ['parcel', 1, '2'],
    ]);

    const locationId = await bin('RET-01');
    const restocked = await call(core, 'returns.restock', { returnId: open!.id, binCode: 'RET-01' });
    expect(restocked).toMatchObject({ status: 'restocked', binCode: 'RET-01', resolvedBy: 'tester', orderStatus: 'cancelled' });

    const after = await figures(orderId!);
    for (const id of before.ids) {
      const b = before.figures.get(id)!;
      const a = after.figures.get(id)!;
      // The goods were staged in a parcel; now they are in a bin, free for other orders.
      expect(b.staged).toBe(2000);
      expect(a).toMatchObject({ onHand: b.onHand, staged: 0, inBins: b.inBins + 2000, available: b.available + 2000 });
      expect(await binBalance(core.db, id, locationId)).toBe(2000);
    }
    const goods = (await call(core, 'returns.get', { id: open!.id })).goods;
    expect(goods.map((g) => [g.place, g.binCode, g.quantity])).toEqual([
      ['bin', 'RET-01', '2'],
      ['bin', 'RET-01', '2'],
    ]);
    // Resolving again is refused and writes nothing.
    const count = (
      await core.db
        .selectFrom('stock_movements')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    expect((await refusal(core, 'returns.restock', { returnId: open!.id, binCode: 'RET-01' })).code).toBe('returnsErrors.alreadyResolved');
    expect((await refusal(core, 'returns.writeOff', { returnId: open!.id, reason: 'damaged' })).code).toBe('returnsErrors.alreadyResolved');
    expect(
      (
        await core.db
          .selectFrom('stock_movements')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ).toBe(count);
  });

  it('writes the goods off with a reason: they leave the stock', async () => {
    const [orderId] = await packedOrders(core);
    const before = await figures(orderId!);
    await call(core, 'orders.cancel', { id: orderId!, reason: 'Fraud suspected' });
    const [open] = await call(core, 'returns.list', {});
    expect((await refusal(core, 'returns.writeOff', { returnId: open!.id, reason: '  ' })).code).toBe('errors.validation');
    const done = await call(core, 'returns.writeOff', { returnId: open!.id, reason: 'Packaging crushed' });
    expect(done).toMatchObject({ status: 'writtenOff', writeOffReason: 'Packaging crushed' });
    const after = await figures(orderId!);
    for (const id of before.ids) expect(after.figures.get(id)).toMatchObject({ onHand: before.figures.get(id)!.onHand - 2000, staged: 0 });
    const written = await movementsOf(orderId!, 'writeOff');
    expect(written.map((m) => [m.place, m.qty_milli, m.reason])).toEqual([
      ['parcel', -2000, 'Packaging crushed'],
      ['parcel', -2000, 'Packaging crushed'],
    ]);
    expect((await call(core, 'returns.get', { id: open!.id })).goods.every((g) => g.place === 'writtenOff')).toBe(true);
  });

  it('resolves a return once, even when two resolutions arrive together', async () => {
    const [orderId] = await packedOrders(core);
    await call(core, 'orders.cancel', { id: orderId!, reason: 'Duplicate order' });
    const [open] = await call(core, 'returns.list', {});
    await bin('RET-02');
    const [a, b] = await Promise.all([
      core.dispatch('returns.restock', { returnId: open!.id, binCode: 'RET-02' }),
      core.dispatch('returns.writeOff', { returnId: open!.id, reason: 'damaged' }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const refused = (a.ok ? b : a) as { ok: false; error: { code: string } };
    expect(refused.error.code).toBe('returnsErrors.alreadyResolved');
    // Only one resolution's movements exist: the goods moved once.
    const moved = await core.db.selectFrom('stock_movements').select('kind').where('reference', '=', `return:${open!.id}`).execute();
    expect(moved.length === 4 /* restock: parcel out, bin in, per line */ || moved.length === 2 /* write-off: one per line */).toBe(true);
    expect(new Set(moved.map((m) => m.kind)).size).toBe(1);
  });

  it('refuses a restock into a bin that does not exist, writing nothing', async () => {
    const [orderId] = await packedOrders(core);
    await call(core, 'orders.cancel', { id: orderId!, reason: 'Customer changed their mind' });
    const [open] = await call(core, 'returns.list', {});
    expect((await refusal(core, 'returns.restock', { returnId: open!.id, binCode: 'NOPE-9' })).code).toBe('returnsErrors.unknownBin');
    expect((await call(core, 'returns.get', { id: open!.id })).status).toBe('open');
  });
});

describe('cancelling a picked order', () => {
  /** Picked through the ledger into container C-1, as the pick screen does. */
  async function pickedOrder(): Promise<number> {
    const seeded = await seedWarehouse(core.db, { orders: 1, linesPerOrder: 2, quantityPerLine: 3 });
    const orderId = seeded.orderIds[0]!;
    await core.db.transaction().execute(async (trx) => {
      const lines = await trx.selectFrom('order_lines').select(['id', 'product_id', 'quantity']).where('order_id', '=', orderId).execute();
      for (const line of lines) {
        const from = (await productBins(trx, line.product_id!)).find((b) => b.onHand > 0)!;
        const m = { orderId, orderLineId: line.id, productId: line.product_id!, locationId: from.locationId, container: 'C-1', qtyMilli: 3000 };
        await pick(trx, m, TEST_STAMP);
      }
      await moveOrders(trx, [orderId], 'startPicking', TEST_STAMP);
      await moveOrders(trx, [orderId], 'finishPicking', TEST_STAMP);
    });
    return orderId;
  }

  it('opens a return whose goods sit in the container; a restock empties the container into the bin', async () => {
    const orderId = await pickedOrder();
    const before = await figures(orderId);
    await call(core, 'orders.cancel', { id: orderId, reason: 'Address unreachable' });
    const [open] = await call(core, 'returns.list', {});
    expect((await call(core, 'returns.get', { id: open!.id })).goods.map((g) => [g.place, g.container, g.quantity])).toEqual([
      ['container', 'C-1', '3'],
      ['container', 'C-1', '3'],
    ]);
    const locationId = await bin('RET-04');
    await call(core, 'returns.restock', { returnId: open!.id, locationId });
    const after = await figures(orderId);
    for (const id of before.ids) {
      expect(after.figures.get(id)).toMatchObject({ onHand: before.figures.get(id)!.onHand, staged: 0, inBins: before.figures.get(id)!.inBins + 3000 });
      expect(await binBalance(core.db, id, locationId)).toBe(3000);
    }
  });

  it('writes the goods in the container off', async () => {
    const orderId = await pickedOrder();
    const before = await figures(orderId);
    await call(core, 'orders.cancel', { id: orderId, reason: 'Address unreachable' });
    const [open] = await call(core, 'returns.list', {});
    await call(core, 'returns.writeOff', { returnId: open!.id, reason: 'Water damage' });
    const after = await figures(orderId);
    for (const id of before.ids) expect(after.figures.get(id)).toMatchObject({ onHand: before.figures.get(id)!.onHand - 3000, staged: 0 });
    expect((await movementsOf(orderId, 'writeOff')).map((m) => [m.place, m.container])).toEqual([
      ['container', 'C-1'],
      ['container', 'C-1'],
    ]);
  });
});

describe('cancelling an order ready to declare', () => {
  it('voids its drafts and its unfiled final documents, with the reason, and opens a return', async () => {
    const { orderIds } = await readyOrders(core);
    const orderId = orderIds[0]!;
    const present = (await call(core, 'customs.orderDocuments', { orderId })).documents.map((d) => d.type);
    const draftType = (['contract', 'invoice', 'packing_list', 'postal'] as const).find((t) => !present.includes(t))!;
    const draft = await call(core, 'customs.create', { type: draftType, orderIds: [orderId] });
    await call(core, 'orders.cancel', { id: orderId, reason: 'Out of stock abroad' });
    const docs = await core.db
      .selectFrom('customs_documents')
      .innerJoin('customs_document_orders', 'customs_document_orders.document_id', 'customs_documents.id')
      .select(['customs_documents.id', 'status', 'void_reason'])
      .where('order_id', '=', orderId)
      .execute();
    expect(docs.length).toBeGreaterThan(1);
    expect(docs.map((d) => d.status)).toEqual(docs.map(() => 'void'));
    expect(docs.find((d) => d.id === draft.id)!.void_reason).toBe('order cancelled: Out of stock abroad');
    const history = (await call(core, 'orders.get', { id: orderId })).history.map((h) => h.action);
    expect(history.filter((a) => a === 'documentVoided')).toHaveLength(docs.length);
    expect(history).toContain('returnOpened');
  });
});

describe('after dispatch', () => {
  /** TEST-ONLY: an order carried to in_transit through the workflow, its parcels deducted, as step 7 will. */
  async function dispatchedOrder(): Promise<number> {
    const { orderIds } = await readyOrders(core);
    const orderId = orderIds[0]!;
    await core.db.transaction().execute(async (trx) => {
      for (const action of ['declare', 'book', 'clear', 'dispatch'] as const) await moveOrders(trx, [orderId], action, TEST_STAMP);
      const held = await trx
        .selectFrom('stock_movements')
        .select(['order_line_id', 'product_id', 'parcel_id', (eb) => eb.fn.sum<number>('qty_milli').as('q')])
        .where('order_id', '=', orderId)
        .where('place', '=', 'parcel')
        .groupBy(['order_line_id', 'product_id', 'parcel_id'])
        .execute();
      for (const h of held)
        await deduct(trx, { orderId, orderLineId: h.order_line_id!, productId: h.product_id, parcelId: h.parcel_id!, qtyMilli: Number(h.q) }, TEST_STAMP);
    });
    return orderId;
  }

  it('refuses the cancel, pointing to the return path, and writes nothing', async () => {
    const orderId = await dispatchedOrder();
    const audit = (await call(core, 'orders.get', { id: orderId })).history.length;
    const error = await refusal(core, 'orders.cancel', { id: orderId, reason: 'too late' });
    expect(error.code).toBe('errors.cancelAfterDispatch');
    expect(error.message).toMatch(/return path/);
    const after = await call(core, 'orders.get', { id: orderId });
    expect(after.status).toBe('in_transit');
    expect(after.history).toHaveLength(audit);
    expect(await call(core, 'returns.list', {})).toEqual([]);
  });

  it('an undeliverable order comes back: the deducted goods are restocked and the order is returned', async () => {
    const orderId = await dispatchedOrder();
    const before = await figures(orderId);
    const returnId = await core.db.transaction().execute(async (trx) => {
      await moveOrders(trx, [orderId], 'returnToSender', TEST_STAMP);
      return openReturn(trx, orderId, 'undeliverable', TEST_STAMP);
    });
    expect((await call(core, 'returns.get', { id: returnId })).goods.map((g) => g.place)).toEqual(['dispatched', 'dispatched']);
    await bin('RET-03');
    await call(core, 'returns.restock', { returnId, binCode: 'RET-03' });
    expect((await call(core, 'orders.get', { id: orderId })).status).toBe('returned');
    const after = await figures(orderId);
    for (const id of before.ids) expect(after.figures.get(id)).toMatchObject({ onHand: before.figures.get(id)!.onHand + 2000, staged: 0 });
  });
});

describe('cancelling a booked order', () => {
  it('withdraws its filing, calls off its shipment, takes its parcels off the open manifest, keeps the filed declaration as filed and voids the other papers', async () => {
    const { orderIds, declarationOf } = await readyOrders(core);
    const orderId = orderIds[0]!;
    const declarationId = declarationOf.get(orderId)!;
    const booked = await bookedOnManifest(core.db, orderId, declarationId);
    await call(core, 'orders.cancel', { id: orderId, reason: 'Buyer withdrew' });

    const filing = await core.db.selectFrom('declaration_filings').selectAll().where('id', '=', booked.filingId).executeTakeFirstOrThrow();
    expect(filing).toMatchObject({ status: 'withdrawn', withdrawn_reason: 'order cancelled: Buyer withdrew' });
    expect((await core.db.selectFrom('shipments').select('status').where('id', '=', booked.shipmentId).executeTakeFirstOrThrow()).status).toBe('cancelled');
    expect(await core.db.selectFrom('manifest_parcels').selectAll().where('manifest_id', '=', booked.manifestId).execute()).toEqual([]);
    const docs = await core.db
      .selectFrom('customs_documents')
      .innerJoin('customs_document_orders', 'customs_document_orders.document_id', 'customs_documents.id')
      .select(['customs_documents.id', 'status'])
      .where('order_id', '=', orderId)
      .execute();
    expect(docs.find((d) => d.id === declarationId)!.status).toBe('final');
    expect(docs.filter((d) => d.id !== declarationId).every((d) => d.status === 'void')).toBe(true);
    const history = (await call(core, 'orders.get', { id: orderId })).history.map((h) => h.action);
    expect(history).toEqual(expect.arrayContaining(['filingWithdrawn', 'shipmentCancelled', 'parcelUnloaded', 'returnOpened']));
    expect((await call(core, 'returns.list', { status: 'open' })).map((r) => r.orderId)).toEqual([orderId]);
  });
});
