// Booking shipments through the real core: S10 numbers from the configured range (never twice, even
// from two windows at once), the range's warning and exhaustion, other carriers' numbers checked
// against their pattern, refusals that leave the database as it was, and the waybill in the filing.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { isValidS10 } from '../../../shared/domain/s10';
import { call, recordingDocumentHost, refusal, startCore, tempRoot } from '../support/core';
import { declaredOrders, serviceId } from './declaredOrders';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

async function snapshot(core: CoreApp) {
  const n = async (table: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(core.db)).rows[0]!.n);
  return {
    shipments: await n('shipments'),
    shipmentParcels: await n('shipment_parcels'),
    issued: await n('issued_numbers'),
    audit: await n('audit_log'),
    ranges: await core.db.selectFrom('s10_ranges').select(['id', 'next_serial']).orderBy('id').execute(),
    statuses: await core.db.selectFrom('orders').select(['id', 'status']).orderBy('id').execute(),
    transportDocs: await core.db.selectFrom('declaration_filings').select(['id', 'transport_document']).orderBy('id').execute(),
  };
}

describe('S10 booking', () => {
  let core: CoreApp;
  let orders: number[];
  let parcelService: number;
  beforeAll(async () => {
    core = await startCore(tmp.next());
    orders = await declaredOrders(core, { orders: 6 });
    parcelService = await serviceId(core, 'CORREOS', 'CP');
  }, 120_000);
  afterAll(() => core.close());

  it('refuses a booking with no S10 range, and leaves everything as it was', async () => {
    const before = await snapshot(core);
    const error = await refusal(core, 'transport.book', { orderId: orders[0]!, serviceId: parcelService });
    expect(error.code).toBe('transportErrors.noRange');
    expect(await snapshot(core)).toEqual(before);
  });

  it('issues distinct numbers with their check digits to bookings made at once, warns when the range runs low, refuses when it is used up', async () => {
    const correos = (await call(core, 'transport.carriers', {})).find((c) => c.code === 'CORREOS')!;
    const range = await call(core, 'transport.saveRange', {
      carrierId: correos.id,
      indicator: 'CP',
      country: 'ES',
      firstSerial: 47312480,
      lastSerial: 47312484,
      warnRemaining: 1,
      active: true,
    });
    // 47312480: S = 4x8 + 7x6 + 3x4 + 1x2 + 2x3 + 4x5 + 8x9 + 0x7 = 186, 186 mod 11 = 10, C = 1.
    expect(range).toMatchObject({ nextNumber: 'CP473124801ES', remaining: 5 });

    // Two (four) windows at once.
    const results = await Promise.all(orders.slice(0, 4).map((orderId) => call(core, 'transport.book', { orderId, serviceId: parcelService })));
    const numbers = results.flatMap((r) => r.numbers);
    expect(new Set(numbers).size).toBe(4);
    for (const n of numbers) expect(isValidS10(n)).toBe(true);
    expect(numbers.map((n) => n.slice(2, 10)).sort()).toEqual(['47312480', '47312481', '47312482', '47312483']);
    // 47312482 is the published example: check digit 9.
    expect(numbers).toContain('CP473124829ES');
    // The booking that left one number (warnRemaining 1) was warned; the others were not.
    expect(results.filter((r) => r.warning).map((r) => r.warning)).toEqual([
      { key: 'transport.rangeLow', params: { carrier: 'Correos', indicator: 'CP', remaining: 1 } },
    ]);
    const ranges = await call(core, 'transport.ranges', {});
    expect(ranges[0]).toMatchObject({ nextSerial: 47312484, remaining: 1 });

    // The waybill is in each order's filed declaration, and the order is booked.
    for (const [i, orderId] of orders.slice(0, 4).entries()) {
      expect((await call(core, 'orders.get', { id: orderId })).status).toBe('booked');
      const filing = await call(core, 'filing.ofOrder', { orderId });
      expect(filing.live!.transportDocument).toBe(results[i]!.waybill);
      const shipment = await call(core, 'transport.ofOrder', { orderId });
      expect(shipment).toMatchObject({ waybill: results[i]!.waybill, chosenBy: 'clerk', status: 'booked' });
    }

    // The last number, then nothing.
    const last = await call(core, 'transport.book', { orderId: orders[4]!, serviceId: parcelService });
    expect(last.warning).toMatchObject({ params: { remaining: 0 } });
    const before = await snapshot(core);
    const error = await refusal(core, 'transport.book', { orderId: orders[5]!, serviceId: parcelService });
    expect(error).toMatchObject({ code: 'transportErrors.rangeExhausted', params: { needed: 1, remaining: 0 } });
    expect(await snapshot(core)).toEqual(before);
  });

  it('never books an order twice', async () => {
    const error = await refusal(core, 'transport.book', { orderId: orders[0]!, serviceId: parcelService });
    expect(error).toMatchObject({ code: 'transportErrors.notDeclared', params: { status: 'booked' } });
  });

  it('refuses a range that overlaps one already issued from, and an edit that would re-issue serials', async () => {
    const correos = (await call(core, 'transport.carriers', {})).find((c) => c.code === 'CORREOS')!;
    const overlap = await refusal(core, 'transport.saveRange', {
      carrierId: correos.id,
      indicator: 'CP',
      country: 'ES',
      firstSerial: 47312484,
      lastSerial: 47312600,
      warnRemaining: 10,
      active: false,
    });
    expect(overlap.code).toBe('transportErrors.rangeOverlap');
    const [range] = await call(core, 'transport.ranges', {});
    const shrink = await refusal(core, 'transport.saveRange', { ...rangeInput(range!), firstSerial: 47312400 });
    expect(shrink.code).toBe('transportErrors.rangeBelowIssued');
  });
});

function rangeInput(r: {
  id: number;
  carrierId: number;
  indicator: string;
  country: string;
  firstSerial: number;
  lastSerial: number;
  warnRemaining: number;
  active: boolean;
}) {
  return {
    id: r.id,
    carrierId: r.carrierId,
    indicator: r.indicator,
    country: r.country,
    firstSerial: r.firstSerial,
    lastSerial: r.lastSerial,
    warnRemaining: r.warnRemaining,
    active: r.active,
  };
}

describe('other carriers and the rules', () => {
  let core: CoreApp;
  let orders: number[];
  beforeAll(async () => {
    core = await startCore(tmp.next());
    orders = await declaredOrders(core, { orders: 3 });
  }, 120_000);
  afterAll(() => core.close());

  it('proposes the seeded express rule and shows the rules passed over', async () => {
    const p = await call(core, 'transport.propose', { orderId: orders[0]! });
    expect(p.proposed).toMatchObject({ carrierName: 'DHL Express', serviceName: 'Express Worldwide', fits: true, ruleNote: 'Express orders by courier' });
    expect(p.looked.slice(0, 3).map((l) => l.skipped)).toEqual(['line', 'line', 'line']);
    const waiting = await call(core, 'transport.waiting', {});
    expect(waiting.map((w) => w.orderId)).toEqual(orders);
    expect(waiting[0]!.proposed!.serviceId).toBe(p.proposed!.serviceId);
  });

  it('takes one number per parcel, checked against the carrier pattern, and never one already used', async () => {
    const before = await snapshot(core);
    expect((await refusal(core, 'transport.book', { orderId: orders[0]! })).code).toBe('transportErrors.numberCount');
    expect(await refusal(core, 'transport.book', { orderId: orders[0]!, numbers: ['12345'] })).toMatchObject({
      code: 'transportErrors.numberPattern',
      params: { number: '12345', carrier: 'DHL Express' },
    });
    expect(await snapshot(core)).toEqual(before);

    const booked = await call(core, 'transport.book', { orderId: orders[0]!, numbers: ['12 3456 7890'], cost: '18.50' });
    expect(booked).toMatchObject({ waybill: '1234567890', numbers: ['1234567890'] });
    const shipment = await call(core, 'transport.ofOrder', { orderId: orders[0]! });
    expect(shipment).toMatchObject({ chosenBy: 'rule', cost: '18.50', currency: 'EUR', carrierName: 'DHL Express' });
    expect(shipment!.ruleId).not.toBeNull();

    const again = await refusal(core, 'transport.book', { orderId: orders[1]!, numbers: ['1234567890'] });
    expect(again).toMatchObject({ code: 'transportErrors.numberIssued', params: { number: '1234567890' } });
  });

  it('checks a typed S10 number on a postal service: format, check digit and indicator', async () => {
    const rr = await serviceId(core, 'CORREOS', 'CP');
    expect((await refusal(core, 'transport.book', { orderId: orders[1]!, serviceId: rr, numbers: ['CP473124828ES'] })).code).toBe(
      'transportErrors.numberNotS10',
    );
    expect((await refusal(core, 'transport.book', { orderId: orders[1]!, serviceId: rr, numbers: ['RR473124829ES'] })).code).toBe(
      'transportErrors.numberIndicator',
    );
  });

  it('refuses a service that does not fit, with every reason, and says so on a check', async () => {
    const dhl = (await call(core, 'transport.carriers', {})).find((c) => c.code === 'DHL')!;
    const narrow = await call(core, 'transport.saveService', {
      carrierId: dhl.id,
      code: 'US1',
      name: 'US only, light',
      s10Indicator: '',
      countries: ['US'],
      maxParcelKg: '0.01',
      maxValue: '',
      valueCurrency: '',
      maxLengthCm: '',
      maxLengthGirthCm: '',
      cutoff: '',
      active: true,
    });
    const check = await call(core, 'transport.check', { orderId: orders[1]!, serviceId: narrow.id });
    expect(check.fits).toBe(false);
    expect(check.reasons.map((r) => r.key)).toEqual(['transport.fit.country', 'transport.fit.weight']);
    const before = await snapshot(core);
    const error = await refusal(core, 'transport.book', { orderId: orders[1]!, serviceId: narrow.id, numbers: ['1111111111'] });
    expect(error.code).toBe('transportErrors.unfit');
    expect(error.issues!.map((i) => i.code)).toEqual(['transport.fit.country', 'transport.fit.weight']);
    expect(await snapshot(core)).toEqual(before);
  });

  it('books from a carrier file all or nothing', async () => {
    const dhl = await serviceId(core, 'DHL', 'WPX');
    const orderNumber = async (id: number) => (await call(core, 'orders.get', { id })).order.orderNumber;
    const [n1, n2] = [await orderNumber(orders[1]!), await orderNumber(orders[2]!)];
    const before = await snapshot(core);
    const bad = await call(core, 'transport.importNumbers', {
      serviceId: dhl,
      csv: `Order number,Tracking number\n${n1},2222222222\n${n2},99\nNOPE,3333333333\n`,
    });
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'transport.validation.number'],
      [4, 'transport.import.unknownOrder'],
    ]);
    const dup = await call(core, 'transport.importNumbers', { serviceId: dhl, csv: `Order number,Tracking number\n${n1},2222222222\n${n2},1234567890\n` });
    expect(dup).toMatchObject({ ok: false, errors: [{ row: 3, code: 'transportErrors.numberIssued' }] });
    expect(await snapshot(core)).toEqual(before);
    const good = await call(core, 'transport.importNumbers', { serviceId: dhl, csv: `Order number,Tracking number\n${n1},2222222222\n${n2},3333333333\n` });
    expect(good).toEqual({
      ok: true,
      booked: [
        { orderNumber: n1, waybill: '2222222222' },
        { orderNumber: n2, waybill: '3333333333' },
      ],
      errors: [],
    });
    const list = await call(core, 'transport.shipments', { search: '3333', offset: 0, limit: 10 });
    expect(list.total).toBe(1);
    expect(list.rows[0]!.parcels[0]!.trackingNumber).toBe('3333333333');
  });
});

describe('the waybill', () => {
  it('prints carrier, service, shipper, consignee and each parcel number as a Code 128 barcode', async () => {
    const documents = recordingDocumentHost();
    const core = await startCore(tmp.next(), { documents: documents.host });
    try {
      const [orderId] = await declaredOrders(core, { orders: 1 });
      expect((await refusal(core, 'transport.showWaybill', { orderId: orderId! })).code).toBe('transportErrors.noShipment');
      await call(core, 'transport.book', { orderId: orderId!, numbers: ['4455667788'] });
      const shown = await call(core, 'transport.showWaybill', { orderId: orderId! });
      expect(shown.title).toBe('Waybill 4455667788');
      const page = documents.shown.at(-1)!;
      expect(page.html).toContain('DHL Express');
      expect(page.html).toContain('Express Worldwide');
      expect(page.html).toContain('Lucía Fernández');
      expect(page.html).toContain('Despacho Test Exports');
      // The master number and the parcel's number, each drawn as a barcode.
      expect(page.html.match(/<svg/g)?.length).toBe(2);
    } finally {
      await core.close();
    }
  });
});

describe('a range number already used by hand', () => {
  it('is passed over when the range issues, never issued twice', async () => {
    const core = await startCore(tmp.next());
    try {
      const [byHand, fromRange] = await declaredOrders(core, { orders: 2 });
      const cp = await serviceId(core, 'CORREOS', 'CP');
      const correos = (await call(core, 'transport.carriers', {})).find((c) => c.code === 'CORREOS')!;
      await call(core, 'transport.saveRange', {
        carrierId: correos.id,
        indicator: 'CP',
        country: 'ES',
        firstSerial: 47312482,
        lastSerial: 47312490,
        warnRemaining: 0,
        active: true,
      });
      // A pre-printed label of the range's first serial, typed in.
      await call(core, 'transport.book', { orderId: byHand!, serviceId: cp, numbers: ['CP473124829ES'] });
      const issued = await call(core, 'transport.book', { orderId: fromRange!, serviceId: cp });
      expect(issued.numbers).toEqual(['CP473124832ES']);
      expect((await call(core, 'transport.ranges', {}))[0]).toMatchObject({ nextSerial: 47312484, remaining: 7 });
    } finally {
      await core.close();
    }
  });
});
