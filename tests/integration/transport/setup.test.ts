// Transport setup through the real core: the seeded carriers and rules, imports of one kind per
// file all or nothing, codes kept unique, and the rule order deciding the proposal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { call, refusal, startCore, tempRoot } from '../support/core';
import { readyOrders } from '../flow/readyOrders';
import { declaredOrders, serviceId } from './declaredOrders';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

describe('transport setup', () => {
  let core: CoreApp;
  beforeAll(async () => {
    core = await startCore(tmp.next());
  });
  afterAll(() => core.close());

  it('starts with real carriers, their number patterns and the default rules, and no S10 range', async () => {
    const carriers = await call(core, 'transport.carriers', {});
    const byCode = new Map(carriers.map((c) => [c.code, c]));
    expect(byCode.get('DHL')!.numberPattern).toBe('^\\d{10}$');
    expect(byCode.get('UPS')!.numberPattern).toBe('^1Z[0-9A-Z]{16}$');
    expect(byCode.get('FEDEX')!.numberPattern).toBe('^\\d{12}$');
    expect(
      byCode
        .get('CORREOS')!
        .services.map((s) => s.s10Indicator)
        .sort(),
    ).toEqual(['CP', 'EE', 'RR', 'UX']);
    expect((await call(core, 'transport.rules', {})).length).toBeGreaterThan(5);
    expect(await call(core, 'transport.ranges', {})).toEqual([]);
  });

  it('imports a file of carriers all or nothing, listing every wrong row', async () => {
    const before = await call(core, 'transport.carriers', {});
    const bad = await call(core, 'transport.import', {
      kind: 'carriers',
      csv: 'code,name,kind,number_pattern\nGLS,GLS,express,^\\d{11}$\nBAD CODE,Bad,express,\nSEUR,SEUR,rocket,(\n',
    });
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'code', 'transport.validation.code'],
      [4, 'kind', expect.any(String)],
      [4, 'number_pattern', 'transport.validation.pattern'],
    ]);
    expect(await call(core, 'transport.carriers', {})).toEqual(before);
    const good = await call(core, 'transport.import', {
      kind: 'carriers',
      csv: 'code,name,kind,number_pattern\nGLS,GLS,express,^\\d{11}$\nDHL,DHL Express (edited),express,^\\d{10}$\n',
    });
    expect(good).toMatchObject({ ok: true, created: 1, updated: 1 });
    const services = await call(core, 'transport.import', {
      kind: 'services',
      csv: 'carrier,code,name,countries,max_parcel_kg\nGLS,BP,Business Parcel,"ES, PT EU",40\nNOPE,X,Unknown,*,1\n',
    });
    expect(services.errors).toEqual([{ row: 3, column: 'carrier', code: 'transport.import.unknownCarrier', params: { value: 'NOPE' } }]);
  });

  it('keeps carrier codes unique', async () => {
    const error = await refusal(core, 'transport.saveCarrier', {
      code: 'UPS',
      name: 'Another UPS',
      kind: 'express',
      numberPattern: '',
      trackingUrl: '',
      active: true,
    });
    expect(error).toMatchObject({ code: 'transportErrors.codeTaken', params: { code: 'UPS' } });
  });
});

describe('the rules decide the proposal', () => {
  let core: CoreApp;
  let orders: number[];
  beforeAll(async () => {
    core = await startCore(tmp.next());
    orders = await declaredOrders(core, { orders: 1 });
  }, 120_000);
  afterAll(() => core.close());

  it('a rule placed first wins; a rule whose service does not fit is passed over with its reason', async () => {
    const ems = await serviceId(core, 'CORREOS', 'EE');
    const rule = await call(core, 'transport.saveRule', {
      position: 1,
      match: 'contains',
      pattern: '',
      method: 'express',
      countries: ['ES'],
      serviceId: ems,
      note: 'Spain by EMS',
      active: true,
    });
    expect((await call(core, 'transport.propose', { orderId: orders[0]! })).proposed).toMatchObject({
      serviceId: ems,
      ruleId: rule.id,
      ruleNote: 'Spain by EMS',
    });

    const ems2 = await call(core, 'transport.saveService', {
      ...(await call(core, 'transport.carriers', {})).find((c) => c.code === 'CORREOS')!.services.find((s) => s.id === ems)!,
      maxParcelKg: '0.5',
    });
    const p = await call(core, 'transport.propose', { orderId: orders[0]! });
    expect(p.looked[0]).toMatchObject({ ruleId: rule.id, skipped: 'serviceUnfit', reasons: [{ key: 'transport.fit.weight', params: { max: '0.5' } }] });
    expect(p.proposed!.carrierName).toBe('DHL Express');
    expect(p.services.find((s) => s.serviceId === ems2.id)).toMatchObject({ fits: false });

    await call(core, 'transport.deleteRule', { id: rule.id });
    expect((await call(core, 'transport.rules', {})).some((r) => r.id === rule.id)).toBe(false);
  });

  it('lists only declared orders as waiting, and refuses to book one whose declaration is not filed', async () => {
    const { orderIds } = await readyOrders(core, { orders: 1, prefix: 'R-' });
    expect((await call(core, 'transport.waiting', {})).map((o) => o.orderId)).toEqual(orders);
    const error = await refusal(core, 'transport.book', { orderId: orderIds[0]!, numbers: ['1212121212'] });
    expect(error).toMatchObject({ code: 'transportErrors.notDeclared', params: { status: 'documents_ready' } });
  });
});
