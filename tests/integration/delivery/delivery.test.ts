// Step 7 through the real core: loading refusals (each reason), the missing list, dispatch deducting
// exactly once (even twice at once), delivery by hand and from the carrier's status file.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { productFigures } from '../../../electron/core/inventory/balances';
import { moveOrders } from '../../../electron/core/orders/workflow';
import { TEST_STAMP } from '../../support/stamp';
import { readyOrders } from '../flow/readyOrders';
import { call, recordingDocumentHost, refusal, startCore, tempRoot } from '../support/core';
import { type ClearedOrder, clearOrder } from './clearedOrders';

const tmp = tempRoot();
let core: CoreApp;
let ok1: ClearedOrder, ok2: ClearedOrder, other: ClearedOrder, held: ClearedOrder, cancelled: ClearedOrder, twoParcels: ClearedOrder, rejected: ClearedOrder;
let tst: number;
const printed = recordingDocumentHost();

const manifest = (carrierId = tst) =>
  call(core, 'delivery.createManifest', { carrierId, vehiclePlate: '1234 klm', driver: 'Juan Gómez', plannedDeparture: '2026-12-04T16:30' });
const movements = async () => Number((await sql<{ n: number }>`select count(*) as n from stock_movements`.execute(core.db)).rows[0]!.n);
const deductions = async () =>
  Number((await sql<{ n: number }>`select count(*) as n from stock_movements where kind = 'deduction'`.execute(core.db)).rows[0]!.n);
const statusOf = async (id: number) => (await call(core, 'orders.get', { id })).status;

beforeAll(async () => {
  core = await startCore(tmp.next(), { now: () => new Date('2026-12-04T15:00:00Z'), documents: printed.host });
  const { orderIds } = await readyOrders(core, { orders: 7 });
  const [o1, o2, o3, o4, o5, o6, o7] = orderIds as [number, number, number, number, number, number, number];
  ok1 = await clearOrder(core.db, o1);
  ok2 = await clearOrder(core.db, o2);
  other = await clearOrder(core.db, o3, 'OTH');
  held = await clearOrder(core.db, o4, 'TST', 'booked');
  await core.db.transaction().execute((trx) => moveOrders(trx, [o4], 'customsHold', TEST_STAMP));
  cancelled = await clearOrder(core.db, o5);
  await call(core, 'orders.cancel', { id: o5, reason: 'customer changed their mind' });
  // Refused by customs: the rejection also calls its shipment off.
  rejected = await clearOrder(core.db, o7, 'TST', 'booked');
  const filing = (await call(core, 'filing.ofOrder', { orderId: o7 })).live!;
  await call(core, 'clearance.record', { filingId: filing.id, outcome: 'rejected', decidedAt: '2026-12-04', reason: 'Goods under embargo' });
  // A second (empty) parcel, so the order can be partly loaded.
  const first = await core.db.selectFrom('parcels').selectAll().where('order_id', '=', o6).executeTakeFirstOrThrow();
  const { id: _id, ...copy } = first;
  await core.db
    .insertInto('parcels')
    .values({ ...copy, seq: 2 })
    .execute();
  twoParcels = await clearOrder(core.db, o6);
  tst = ok1.carrierId;
}, 120_000);
afterAll(async () => {
  await core?.close();
  tmp.cleanup();
});

describe('loading a manifest', () => {
  it('numbers the manifest from its series and lists the released parcels of its carrier as missing', async () => {
    const m = await manifest();
    expect(m.number).toBe('MAN-2026-000001');
    expect(m.vehiclePlate).toBe('1234 KLM');
    const missing = m.missing.map((p) => p.trackingNumber).sort();
    expect(missing).toEqual([...ok1.trackingNumbers, ...ok2.trackingNumbers, ...twoParcels.trackingNumbers].sort());
    expect(missing).not.toContain(other.trackingNumbers[0]);
  });

  it('refuses every parcel that does not belong, naming why, and writes nothing', async () => {
    const m = await manifest();
    const before = await core.db
      .selectFrom('manifest_parcels')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const scan = (code: string) => refusal(core, 'delivery.scan', { manifestId: m.id, code });
    expect((await scan('ZZ999999999ZZ')).code).toBe('delivery.refused.unknownCode');
    const carrier = await scan(other.trackingNumbers[0]!);
    expect(carrier.code).toBe('delivery.refused.otherCarrier');
    expect(carrier.params).toMatchObject({ carrier: 'Carrier OTH', manifestCarrier: 'Carrier TST' });
    const customs = await scan(held.trackingNumbers[0]!);
    expect(customs.code).toBe('delivery.refused.heldByCustoms');
    expect(customs.message).toContain('held by customs');
    expect((await scan(cancelled.trackingNumbers[0]!)).code).toBe('delivery.refused.cancelled');
    expect((await scan(rejected.trackingNumbers[0]!)).code).toBe('delivery.refused.rejected');
    // The waybill of a one-parcel shipment is its parcel.
    const loaded = await call(core, 'delivery.scan', { manifestId: m.id, code: ok1.waybill.toLowerCase() });
    expect(loaded.loaded.orderId).toBe(ok1.orderId);
    expect((await scan(ok1.trackingNumbers[0]!)).code).toBe('delivery.refused.alreadyLoaded');
    const elsewhere = await manifest();
    const onOther = await refusal(core, 'delivery.scan', { manifestId: elsewhere.id, code: ok1.trackingNumbers[0]! });
    expect(onOther.code).toBe('delivery.refused.onOtherManifest');
    expect(onOther.params).toMatchObject({ manifest: m.number });
    // A waybill of several parcels names no single parcel.
    expect((await scan(`WBTST${String(twoParcels.orderId).padStart(6, '0')}X`)).code).toBe('delivery.refused.unknownCode');
    await call(core, 'delivery.unload', { manifestId: m.id, parcelId: ok1.parcelIds[0]! });
    const after = await core.db
      .selectFrom('manifest_parcels')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses departure while an order is partly loaded, naming the missing parcel', async () => {
    const m = await manifest();
    const view = (await call(core, 'delivery.scan', { manifestId: m.id, code: twoParcels.trackingNumbers[0]! })).manifest;
    const partly = view.missing.filter((p) => p.orderPartlyLoaded).map((p) => p.trackingNumber);
    expect(partly).toEqual([twoParcels.trackingNumbers[1]]);
    const before = await movements();
    const refused = await refusal(core, 'delivery.depart', { id: m.id });
    expect(refused.code).toBe('delivery.errors.parcelsMissing');
    expect(refused.params!.parcels).toContain(twoParcels.trackingNumbers[1]!);
    expect(await movements()).toBe(before);
    expect(await statusOf(twoParcels.orderId)).toBe('cleared');
    await call(core, 'delivery.unload', { manifestId: m.id, parcelId: twoParcels.parcelIds[0]! });
  });
});

describe('dispatch', () => {
  it('deducts each parcel line once, moves the order in transit and closes the manifest; a second depart is refused with no new movement', async () => {
    const m = await manifest();
    await call(core, 'delivery.scan', { manifestId: m.id, code: ok1.trackingNumbers[0]! });
    const items = await core.db.selectFrom('parcel_items').selectAll().where('parcel_id', 'in', ok1.parcelIds).execute();
    const productIds = items.map((i) => i.product_id);
    const before = await productFigures(core.db, productIds);
    const out = await call(core, 'delivery.depart', { id: m.id });
    expect(out.deductions).toBe(items.length);
    expect(out.manifest.status).toBe('departed');
    const after = await productFigures(core.db, productIds);
    for (const i of items) {
      expect(after.get(i.product_id)!.onHand).toBe(before.get(i.product_id)!.onHand - i.qty_milli);
      expect(after.get(i.product_id)!.staged).toBe(before.get(i.product_id)!.staged - i.qty_milli);
    }
    expect(await statusOf(ok1.orderId)).toBe('in_transit');
    const shipment = await core.db.selectFrom('shipments').selectAll().where('id', '=', ok1.shipmentId).executeTakeFirstOrThrow();
    expect(shipment).toMatchObject({ status: 'in_transit', dispatched_at: '2026-12-04T15:00:00.000Z' });
    const count = await movements();
    expect((await refusal(core, 'delivery.depart', { id: m.id })).code).toBe('delivery.errors.alreadyDeparted');
    expect((await refusal(core, 'delivery.scan', { manifestId: m.id, code: ok2.trackingNumbers[0]! })).code).toBe('delivery.refused.departed');
    expect(await movements()).toBe(count);
    expect((await call(core, 'delivery.inTransit', {})).map((s) => s.orderId)).toContain(ok1.orderId);
  });

  it('two departs at once deduct once', async () => {
    const m = await manifest();
    await call(core, 'delivery.scan', { manifestId: m.id, code: ok2.trackingNumbers[0]! });
    const before = await deductions();
    const lines = (await core.db.selectFrom('parcel_items').selectAll().where('parcel_id', 'in', ok2.parcelIds).execute()).length;
    const results = await Promise.all([core.dispatch('delivery.depart', { id: m.id }), core.dispatch('delivery.depart', { id: m.id })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const failed = results.find((r) => !r.ok);
    expect(failed && !failed.ok && failed.error.code).toBe('delivery.errors.alreadyDeparted');
    expect(await deductions()).toBe(before + lines);
  });

  it('prints the manifest as the handover document with the count, total weight and signature lines', async () => {
    const m = (await call(core, 'delivery.manifests', {})).departed[0]!;
    const doc = await call(core, 'delivery.showManifest', { id: m.id, paper: 'A4' });
    expect(doc.title).toContain(m.number);
    const page = printed.shown.at(-1)!.html;
    expect(page).toContain(`Parcels: 1`);
    expect(page).toContain(ok2.trackingNumbers[0]!);
    expect(page).toContain('Driver: name, signature, date and time');
    expect(page).toContain('Shipper: name, signature and stamp');
    expect(page).toContain('1234 KLM');
    expect(page).not.toContain('<script');
    const view = await call(core, 'delivery.manifest', { id: m.id });
    expect(view.parcels).toHaveLength(1);
    expect(Number(view.totalKg)).toBeGreaterThan(0);
  });
});

describe('delivery confirmation', () => {
  it('confirms by hand: the order is delivered, the shipment records date and receiver', async () => {
    const out = await call(core, 'delivery.confirm', { trackingNumber: ok1.trackingNumbers[0]!, deliveredAt: '2026-12-06T11:20', receiver: 'Lucía Fernández' });
    expect(out.orderId).toBe(ok1.orderId);
    expect(await statusOf(ok1.orderId)).toBe('delivered');
    const s = await core.db.selectFrom('shipments').selectAll().where('id', '=', ok1.shipmentId).executeTakeFirstOrThrow();
    expect(s).toMatchObject({ status: 'delivered', delivered_at: '2026-12-06T11:20', receiver: 'Lucía Fernández' });
    expect((await refusal(core, 'delivery.confirm', { orderId: ok1.orderId, deliveredAt: '2026-12-06', receiver: 'x' })).code).toBe(
      'delivery.errors.alreadyDelivered',
    );
    expect((await refusal(core, 'delivery.confirm', { orderId: held.orderId, deliveredAt: '2026-12-06', receiver: 'x' })).code).toBe(
      'delivery.errors.notInTransit',
    );
  });

  it('imports the status file all or nothing; an undeliverable row sends the order back and opens its return', async () => {
    const bad = `Tracking number,Status,Date,Receiver\n${ok2.trackingNumbers[0]},undeliverable,2026-12-07,\nNOPE0000,delivered,2026-12-07,Ana\n${ok1.trackingNumbers[0]},delivered,31/02/2026,Ana\n`;
    const preview = await call(core, 'delivery.importStatusPreview', { fileName: 'status.csv', text: bad });
    expect(preview.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'trackingNumber', 'delivery.import.unknownNumber'],
      [4, 'date', 'delivery.import.badDate'],
    ]);
    expect((await refusal(core, 'delivery.importStatus', { fileName: 'status.csv', text: bad })).code).toBe('delivery.import.refused');
    expect(await statusOf(ok2.orderId)).toBe('in_transit');

    const good = `Número de seguimiento;Estado;Fecha;Recibido por\n${ok2.trackingNumbers[0]};Devuelto al remitente;07/12/2026;\n${ok1.trackingNumbers[0]};Entregado;2026-12-06;Lucía\n`;
    const checked = await call(core, 'delivery.importStatusPreview', { fileName: 'estado.csv', text: good });
    expect(checked.errorCount).toBe(0);
    expect(checked.counts).toMatchObject({ return: 1, unchanged: 1 });
    const out = await call(core, 'delivery.importStatus', { fileName: 'estado.csv', text: good });
    expect(out).toEqual({ delivered: 0, returned: 1, unchanged: 1, ignored: 0 });
    expect(await statusOf(ok2.orderId)).toBe('returning');
    const ret = await core.db.selectFrom('returns').selectAll().where('order_id', '=', ok2.orderId).executeTakeFirstOrThrow();
    expect(ret).toMatchObject({ cause: 'undeliverable', status: 'open' });
    const s = await core.db.selectFrom('shipments').select('status').where('id', '=', ok2.shipmentId).executeTakeFirstOrThrow();
    expect(s.status).toBe('returning');
    // The same file again changes nothing.
    expect(await call(core, 'delivery.importStatus', { fileName: 'estado.csv', text: good })).toEqual({ delivered: 0, returned: 0, unchanged: 2, ignored: 0 });
  });
});
