// Packing through the real core: parcels filled from the order's container via the ledger,
// weighed against the tolerance, and the order marked packed only when everything is in closed parcels.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { call, refusal, startCore, tempRoot } from './support/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../electron/core/db/schema';
import { lineBalance, productBins, productFigures } from '../../electron/core/inventory/balances';
import { pick } from '../../electron/core/inventory/ledger';
import { seedWarehouse } from '../support/warehouse';
import { TEST_STAMP } from '../support/stamp';

/** A picked order made without the picking service: seeded, picked through the ledger into T-n, marked picked. */
async function pickedOrders(db: Kysely<DB>, spec: { orders?: number; linesPerOrder?: number; quantityPerLine?: number } = {}) {
  const seeded = await seedWarehouse(db, { orders: 1, linesPerOrder: 2, quantityPerLine: 2, ...spec });
  await db.transaction().execute(async (trx) => {
    for (const [n, orderId] of seeded.orderIds.entries()) {
      const lines = await trx.selectFrom('order_lines').select(['id', 'product_id', 'quantity']).where('order_id', '=', orderId).execute();
      for (const line of lines) {
        const bin = (await productBins(trx, line.product_id!)).find((b) => b.onHand > 0)!;
        await pick(
          trx,
          {
            orderId,
            orderLineId: line.id,
            productId: line.product_id!,
            locationId: bin.locationId,
            container: `T-${n + 1}`,
            qtyMilli: Number(line.quantity) * 1000,
          },
          TEST_STAMP,
        );
      }
      await trx.updateTable('orders').set({ status: 'picked' }).where('id', '=', orderId).execute();
    }
  });
  return seeded;
}

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

let core: CoreApp;
let orderId: number;
let productIds: number[];
beforeEach(async () => {
  core = await startCore(tmp.next());
  const seeded = await pickedOrders(core.db);
  orderId = seeded.orderIds[0]!;
  productIds = seeded.productIds;
});
afterEach(async () => {
  await core.close();
});

const presetId = async (name: string) => (await call(core, 'packing.presets', {})).find((p) => p.name.startsWith(name))!.id;
const station = () => call(core, 'packing.station', { orderId });
const open = async (name = 'Small box') => (await call(core, 'packing.openParcel', { orderId, presetId: await presetId(name) })).id;

describe('packing: parcels and the scale', () => {
  it('packs one order into two parcels, weighs them, finishes, and keeps the stock on hand', async () => {
    const before = await productFigures(core.db, productIds.slice(0, 2));
    const first = await open('Small box');
    expect(await call(core, 'packing.scanItem', { parcelId: first, code: 'SKU-00001', quantity: '2' })).toMatchObject({
      lineNo: 1,
      sku: 'SKU-00001',
      quantity: '2',
    });
    const second = await open('Mailer bag');
    await call(core, 'packing.scanItem', { parcelId: second, code: 'SKU-00002' });
    await call(core, 'packing.scanItem', { parcelId: second, code: 'SKU-00002' });

    const s = await station();
    expect(s.lines.map((l) => [l.lineNo, l.picked, l.packed, l.left])).toEqual([
      [1, '2', '2', '0'],
      [2, '2', '2', '0'],
    ]);
    // 2 x 0.2 net; 0.15 box + 2 x 0.25 gross; the bag weighs 0.03.
    expect(s.parcels.map((p) => [p.seq, p.netKg, p.computedGrossKg, p.status])).toEqual([
      [1, '0.4', '0.65', 'open'],
      [2, '0.4', '0.53', 'open'],
    ]);

    expect((await call(core, 'packing.closeParcel', { parcelId: first, grossKg: '0.66' })).status).toBe('closed');
    await call(core, 'packing.closeParcel', { parcelId: second, grossKg: '0.53' });
    expect(await call(core, 'packing.finish', { orderId })).toEqual({ orderId, status: 'packed' });

    const detail = await call(core, 'orders.get', { id: orderId });
    expect(detail.status).toBe('packed');
    expect(detail.history.at(-1)).toMatchObject({ action: 'pack', before: { status: 'picked' }, after: { status: 'packed', parcels: 2 } });
    // Packing moves goods container -> parcel: nothing leaves the building, nothing is reserved again.
    const after = await productFigures(core.db, productIds.slice(0, 2));
    expect([...after.values()].map((f) => [f.onHand, f.staged, f.available])).toEqual([...before.values()].map((f) => [f.onHand, f.staged, f.available]));

    const list = await call(core, 'packing.packingList', { orderId });
    expect(list.totals).toEqual({ parcels: 2, netKg: '0.8', grossKg: '1.19' });
    expect(list.parcels[0]).toEqual({
      seq: 1,
      lengthCm: '30',
      widthCm: '20',
      heightCm: '10',
      netKg: '0.4',
      grossKg: '0.66',
      lines: [
        {
          lineNo: 1,
          sku: 'SKU-00001',
          description: 'Cotton T-shirt, knitted',
          hsCode: '610910',
          originCountry: 'CN',
          quantity: '2',
          unit: 'PCE',
          netKg: '0.4',
          grossKg: '0.5',
        },
      ],
    });
    expect(list.parcels[1]!.lines.map((l) => l.sku)).toEqual(['SKU-00002']);
    // A packed order is done at the bench: no more changes to its parcels.
    expect((await refusal(core, 'packing.reopenParcel', { parcelId: first })).code).toBe('packing.errors.notPicked');
  });

  it('an item cannot be packed twice, and strangers are refused clearly', async () => {
    const parcelId = await open();
    await call(core, 'packing.scanItem', { parcelId, code: 'SKU-00001', quantity: '2' });
    expect(await refusal(core, 'packing.scanItem', { parcelId, code: 'SKU-00001' })).toMatchObject({
      code: 'packing.errors.fullyPacked',
      params: { sku: 'SKU-00001' },
    });
    expect((await refusal(core, 'packing.scanItem', { parcelId, code: 'SKU-00009' })).code).toBe('packing.errors.notInOrder');
    expect((await refusal(core, 'packing.scanItem', { parcelId, code: 'NOPE' })).code).toBe('packing.errors.unknownCode');
    expect(await refusal(core, 'packing.scanItem', { parcelId, code: 'SKU-00002', quantity: '3' })).toMatchObject({
      code: 'packing.errors.moreThanLeft',
      params: { left: '2', want: '3' },
    });
    // A refused scan changes nothing.
    expect((await station()).lines[1]).toMatchObject({ packed: '0', left: '2', containers: ['T-1'] });
  });

  it('finds products by GTIN and refuses what would pass the box limit', async () => {
    await core.db.updateTable('products').set({ gtin: '8400000000017' }).where('sku', '=', 'SKU-00001').execute();
    const custom = { lengthCm: '10', widthCm: '10', heightCm: '10', tareKg: '0.1', maxKg: '0.5' };
    const { id: parcelId } = await call(core, 'packing.openParcel', { orderId, custom });
    await call(core, 'packing.scanItem', { parcelId, code: '8400000000017' });
    expect(await refusal(core, 'packing.scanItem', { parcelId, code: '8400000000017' })).toMatchObject({
      code: 'packing.errors.tooHeavy',
      params: { grossKg: '0.60', maxKg: '0.50' },
    });
  });

  it('takes items out, reopens a closed parcel and weighs it again', async () => {
    const parcelId = await open();
    await call(core, 'packing.scanItem', { parcelId, code: 'SKU-00001', quantity: '2' });
    await call(core, 'packing.closeParcel', { parcelId, grossKg: '0.65' });
    const line = (await station()).lines[0]!;
    expect((await refusal(core, 'packing.removeItem', { parcelId, orderLineId: line.orderLineId, quantity: '1' })).code).toBe('packing.errors.parcelClosed');
    expect((await refusal(core, 'packing.scanItem', { parcelId, code: 'SKU-00002' })).code).toBe('packing.errors.parcelClosed');
    expect(await call(core, 'packing.reopenParcel', { parcelId })).toMatchObject({ status: 'open', grossKg: null });
    await call(core, 'packing.removeItem', { parcelId, orderLineId: line.orderLineId, quantity: '1' });
    const s = await station();
    expect(s.lines[0]).toMatchObject({ packed: '1', left: '1', containers: ['T-1'] });
    expect(s.parcels[0]).toMatchObject({ netKg: '0.2', computedGrossKg: '0.4', items: [{ lineNo: 1, quantity: '1' }] });
    expect((await refusal(core, 'packing.removeItem', { parcelId, orderLineId: line.orderLineId, quantity: '2' })).code).toBe('packing.errors.notInParcel');
    // The parcel's contents table and the ledger tell the same story.
    const item = await core.db.selectFrom('parcel_items').select('qty_milli').where('parcel_id', '=', parcelId).executeTakeFirstOrThrow();
    expect(item.qty_milli).toBe(await lineBalance(core.db, line.orderLineId, 'parcel', { parcelId }));
    const history = (await call(core, 'orders.get', { id: orderId })).history.map((h) => h.action);
    expect(history).toEqual(expect.arrayContaining(['parcelClosed', 'parcelReopened']));
  });

  it('refuses a weight outside the tolerance, naming both figures and the tolerance', async () => {
    const parcelId = await open();
    expect((await refusal(core, 'packing.closeParcel', { parcelId, grossKg: '0.2' })).code).toBe('packing.errors.emptyParcel');
    await call(core, 'packing.scanItem', { parcelId, code: 'SKU-00001', quantity: '2' });
    const err = await refusal(core, 'packing.closeParcel', { parcelId, grossKg: '2.4' });
    expect(err).toMatchObject({ code: 'packing.errors.weightOff', params: { weighed: '2.40', computed: '0.65', tolerance: '10' } });
    expect(err.message).toBe(
      "The scale says 2.40 kg but the contents and box should weigh about 0.65 kg (tolerance 10%). Check the parcel's contents, or weigh it again.",
    );
    // 10% of 0.65 is 0.065: 0.716 is just outside, 0.715 just inside.
    expect((await refusal(core, 'packing.closeParcel', { parcelId, grossKg: '0.716' })).code).toBe('packing.errors.weightOff');
    await call(core, 'packing.updateSettings', { tolerancePercent: '20' });
    expect(await call(core, 'packing.settings', {})).toEqual({ tolerancePercent: '20' });
    expect((await call(core, 'packing.closeParcel', { parcelId, grossKg: '0.716' })).grossKg).toBe('0.716');
  });

  it('refuses to finish while goods are in the container or a parcel is open or empty, giving every reason', async () => {
    expect((await refusal(core, 'packing.finish', { orderId })).issues!.map((i) => i.code)).toEqual(['packing.errors.goodsLeft', 'packing.errors.noParcels']);
    const parcelId = await open();
    await call(core, 'packing.scanItem', { parcelId, code: 'SKU-00001', quantity: '2' });
    const empty = await open('Mailer bag');
    const err = await refusal(core, 'packing.finish', { orderId });
    expect(err.code).toBe('packing.errors.cannotFinish');
    expect(err.issues).toEqual([
      { path: 'lines', code: 'packing.errors.goodsLeft', params: { lines: '2 SKU-00002 (2)' } },
      { path: 'parcels', code: 'packing.errors.parcelsOpen', params: { parcels: '1' } },
      { path: 'parcels', code: 'packing.errors.parcelsEmpty', params: { parcels: '2' } },
    ]);
    await call(core, 'packing.discardParcel', { parcelId: empty });
    expect((await station()).parcels.map((p) => p.seq)).toEqual([1]);
    expect((await call(core, 'orders.get', { id: orderId })).status).toBe('picked');
  });
});

describe('packing: finding the order and presets', () => {
  it('opens the station by container, by order number, and lists orders waiting', async () => {
    expect((await call(core, 'packing.station', { container: 'T-1' })).order).toMatchObject({ id: orderId, orderNumber: 'T-000001', status: 'picked' });
    expect((await call(core, 'packing.station', { code: 'T-000001' })).order.id).toBe(orderId);
    expect((await refusal(core, 'packing.station', { container: 'T-9' })).code).toBe('packing.errors.containerEmpty');
    expect((await refusal(core, 'packing.station', { code: 'X' })).code).toBe('packing.errors.nothingFound');
    expect(await call(core, 'packing.waiting', {})).toEqual([
      { id: orderId, orderNumber: 'T-000001', consigneeName: 'Lucía Fernández', country: 'ES', containers: ['T-1'], parcels: 0 },
    ]);
  });

  it('ships three presets, saves new ones, refuses a duplicate name', async () => {
    expect((await call(core, 'packing.presets', {})).map((p) => p.name)).toEqual(['Mailer bag 35x25', 'Medium box 40x30x20', 'Small box 30x20x10']);
    const saved = await call(core, 'packing.savePreset', { name: 'Tube', lengthCm: '60.0', widthCm: '8', heightCm: '8', tareKg: '0.20', maxKg: '3' });
    expect(saved).toMatchObject({ name: 'Tube', lengthCm: '60', tareKg: '0.2' });
    expect((await refusal(core, 'packing.savePreset', { name: 'Tube', lengthCm: '1', widthCm: '1', heightCm: '1', tareKg: '0', maxKg: '1' })).code).toBe(
      'packing.errors.duplicatePreset',
    );
    expect((await refusal(core, 'packing.updateSettings', { tolerancePercent: '51' })).issues![0]!.code).toBe('packing.validation.tolerance');
  });
});
