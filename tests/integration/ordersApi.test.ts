import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import type { OrderSummary } from '../../shared/api/types';
import type { OrderInput } from '../../shared/schemas/order';
import { cleanOrder, line, withConsignee } from '../unit/support/orders';
import { DEMO_SKUS, stockSkus } from '../support/warehouse';
import { call, counts, recordEvents, refusal, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next());
  // Confirmation needs each SKU in the catalogue and in stock.
  await stockSkus(core.db, DEMO_SKUS);
});
afterEach(async () => {
  await core.close();
});

const create = async (order: OrderInput = cleanOrder()) => (await call(core, 'orders.create', { order })).id;
const get = (id: number) => call(core, 'orders.get', { id });

describe('orders: create and read', () => {
  it('a created order is received, with an exact total and a "created" history entry', async () => {
    const id = await create(
      cleanOrder({ currency: 'EUR', declaredTotal: '', lines: [line({ quantity: '3', unitPrice: '19.99' }), line({ quantity: '1', unitPrice: '0.01' })] }),
    );
    const detail = await get(id);
    expect(detail.status).toBe('received');
    expect(detail.total).toBe('59.98');
    expect(detail.lineTotals).toEqual(['59.97', '0.01']);
    expect(detail.problems).toEqual([]);
    expect(detail.allowedActions.sort()).toEqual(['cancel', 'confirm', 'edit', 'hold']);
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({ action: 'created', actor: 'tester', before: null });
    expect((detail.history[0]!.after as OrderInput).orderNumber).toBe('T-1001');
    expect(detail.order.lines.map((l) => [l.quantity, l.unitPrice])).toEqual([
      ['3', '19.99'],
      ['1', '0.01'],
    ]);
    // Money is stored as text, never as a float.
    const stored = await core.db.selectFrom('order_lines').select(['line_total', 'unit_price']).where('order_id', '=', id).orderBy('line_no').execute();
    expect(stored).toEqual([
      { line_total: '59.97', unit_price: '19.99' },
      { line_total: '0.01', unit_price: '0.01' },
    ]);
  });

  it('stores the problems of an incomplete order at creation', async () => {
    // A SKU the catalogue does not know: the order itself must give the brand.
    const id = await create(withConsignee({ postalCode: '' }, cleanOrder({ lines: [line({ sku: 'NOT-IN-CATALOGUE', brand: '' })], declaredTotal: '' })));
    const detail = await get(id);
    expect(detail.problems.map((p) => p.code)).toEqual(['postalCodeMissing', 'brandMissing']);
    expect(detail.problems[1]!.params).toMatchObject({ lacking: 'order', sku: 'NOT-IN-CATALOGUE' });
    // A SKU the catalogue knows: its product will give the brand, so only the postal code is a problem.
    const known = await create(withConsignee({ postalCode: '' }, cleanOrder({ orderNumber: 'T-1002', lines: [line({ brand: '' })], declaredTotal: '' })));
    expect((await get(known)).problems.map((p) => p.code)).toEqual(['postalCodeMissing']);
    const page = await call(core, 'orders.list', { sort: 'orderNumber', dir: 'asc' });
    expect(page.rows.map((r) => [r.id, r.problemCount, r.lineCount, r.total])).toEqual([
      [id, 2, 1, '29.99'],
      [known, 1, 1, '29.99'],
    ]);
  });

  it('a duplicate order number in the same channel is refused and changes nothing', async () => {
    await create();
    const before = await counts(core.db);
    const err = await refusal(core, 'orders.create', { order: cleanOrder({ consignee: { ...cleanOrder().consignee, name: 'Someone Else' } }) });
    expect(err.code).toBe('errors.duplicateOrder');
    expect(err.params).toEqual({ orderNumber: 'T-1001', channel: 'manual' });
    expect(await counts(core.db)).toEqual(before);
    // The same number from another channel is another order.
    await create(cleanOrder({ channel: 'Shopify' }));
    expect((await counts(core.db)).orders).toBe(2);
  });

  it('invalid input is refused with issues naming the field paths, and nothing is written', async () => {
    const before = await counts(core.db);
    const err = await refusal(core, 'orders.create', { order: withConsignee({ country: 'XX', email: 'nope' }, cleanOrder({ currency: 'ABC' })) });
    expect(err.code).toBe('errors.validation');
    expect(err.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'order.consignee.country', code: 'validation.country' }),
        expect.objectContaining({ path: 'order.consignee.email', code: 'validation.email' }),
        expect.objectContaining({ path: 'order.currency', code: 'validation.currency' }),
      ]),
    );
    expect(err.params).toEqual({ count: err.issues!.length });
    expect(await counts(core.db)).toEqual(before);
  });

  // BUG (shared/schemas/order.ts:82 + electron/core/api/dispatch.ts:42): the schema throws a
  // DecimalError for a non-numeric declared total, and dispatch calls safeParse outside its try,
  // so the call REJECTS instead of answering with an envelope (the harness answers 500).
  it('a non-numeric declared total is answered with errors.validation, not a rejected call', async () => {
    const before = await counts(core.db);
    const outcome = await core.dispatch('orders.create', { order: cleanOrder({ declaredTotal: 'abc' }) }).then(
      (envelope) => ({ envelope }),
      (err: unknown) => ({ rejected: String(err) }),
    );
    expect(outcome).toEqual({
      envelope: {
        ok: false,
        error: expect.objectContaining({
          code: 'errors.validation',
          issues: [expect.objectContaining({ path: 'order.declaredTotal', code: 'validation.decimal' })],
        }),
      },
    });
    expect(await counts(core.db)).toEqual(before);
  });

  it('unknown keys and a missing body are validation errors too', async () => {
    expect((await refusal(core, 'orders.create', { order: cleanOrder(), extra: 1 })).code).toBe('errors.validation');
    expect((await refusal(core, 'orders.create', undefined)).issues).toEqual([expect.objectContaining({ path: 'order' })]);
    expect((await refusal(core, 'orders.get', { id: -1 })).code).toBe('errors.validation');
  });

  it('a missing order is errors.notFound', async () => {
    const err = await refusal(core, 'orders.get', { id: 999 });
    expect(err).toMatchObject({ code: 'errors.notFound', params: { what: 'Order', id: 999 } });
  });

  it('an unknown command is errors.unknownCommand', async () => {
    expect((await refusal(core, 'orders.delete', { id: 1 })).code).toBe('errors.unknownCommand');
    expect((await refusal(core, '__proto__', {})).code).toBe('errors.unknownCommand');
  });
});

describe('orders: update', () => {
  it('replaces the lines and records before and after in the history', async () => {
    const id = await create();
    const changed = cleanOrder({ declaredTotal: '', lines: [line({ sku: 'NEW-1', quantity: '4', unitPrice: '2.50' })] });
    await call(core, 'orders.update', { id, order: changed });
    const detail = await get(id);
    expect(detail.order.lines).toEqual(changed.lines);
    expect(detail.total).toBe('10.00');
    expect(await core.db.selectFrom('order_lines').select('sku').where('order_id', '=', id).execute()).toEqual([{ sku: 'NEW-1' }]);
    const edit = detail.history.find((h) => h.action === 'edited')!;
    expect(edit).toBeDefined();
    expect((edit.before as { lines: unknown[]; status: string }).lines).toHaveLength(2);
    expect((edit.before as { status: string }).status).toBe('received');
    expect(edit.after).toMatchObject({ status: 'received', lines: [expect.objectContaining({ sku: 'NEW-1' })] });
  });

  it('saving the same content records nothing', async () => {
    const id = await create();
    const before = await counts(core.db);
    await call(core, 'orders.update', { id, order: cleanOrder() });
    expect(await counts(core.db)).toEqual(before);
  });

  it('editing a confirmed order sends it back to received', async () => {
    const id = await create();
    await call(core, 'orders.confirm', { ids: [id] });
    expect((await get(id)).status).toBe('confirmed');
    await call(core, 'orders.update', { id, order: cleanOrder({ declaredTotal: '' }) });
    expect((await get(id)).status).toBe('received');
  });

  it('renaming to a number that exists is errors.duplicateOrder and rolls back', async () => {
    const a = await create();
    const b = await create(cleanOrder({ orderNumber: 'T-2002' }));
    const err = await refusal(core, 'orders.update', { id: b, order: cleanOrder({ orderNumber: 'T-1001', lines: [line()], declaredTotal: '' }) });
    expect(err.code).toBe('errors.duplicateOrder');
    expect((await get(b)).order.orderNumber).toBe('T-2002');
    expect((await get(b)).order.lines).toHaveLength(2);
    expect((await get(a)).history).toHaveLength(1);
  });
});

describe('orders: confirm, hold, release, cancel', () => {
  it('confirm passes a clean order', async () => {
    const id = await create();
    const [outcome] = await call(core, 'orders.confirm', { ids: [id] });
    expect(outcome).toEqual({ id, orderNumber: 'T-1001', confirmed: true, problems: [] });
    const detail = await get(id);
    expect(detail.status).toBe('confirmed');
    expect(detail.history.map((h) => h.action)).toEqual(['created', 'confirmed']);
    expect(detail.history[1]).toMatchObject({ before: { status: 'received' }, after: { status: 'confirmed' } });
  });

  it('confirm lists the problems of a bad order and leaves it received', async () => {
    const id = await create(withConsignee({ country: 'DE', postalCode: '1234', phone: '12' }, cleanOrder({ declaredTotal: '1.00' })));
    const [outcome] = await call(core, 'orders.confirm', { ids: [id] });
    expect(outcome!.confirmed).toBe(false);
    expect(outcome!.refused).toBeUndefined();
    expect(outcome!.problems.map((p) => p.code)).toEqual(['postalCodeInvalid', 'phoneInvalid', 'totalMismatch']);
    const detail = await get(id);
    expect(detail.status).toBe('received');
    expect(detail.history.map((h) => h.action)).toEqual(['created', 'confirmationFailed']);
    expect(detail.history[1]!.after).toEqual({ problems: ['postalCodeInvalid', 'phoneInvalid', 'totalMismatch'] });
  });

  it('orders.check reports problems without changing anything', async () => {
    // A SKU the catalogue does not know, so nothing fills the model: the order lacks it.
    const id = await create(cleanOrder({ lines: [line({ sku: 'NOT-IN-CATALOGUE', model: '' })], declaredTotal: '' }));
    const before = await counts(core.db);
    const outcome = await call(core, 'orders.check', { id });
    expect(outcome).toEqual({
      id,
      orderNumber: 'T-1001',
      confirmed: false,
      problems: [
        { code: 'modelMissing', field: 'lines.0.model', params: { line: 1, lacking: 'order', sku: 'NOT-IN-CATALOGUE' } },
        { code: 'unknownSku', field: 'lines.0.sku', params: { line: 1, sku: 'NOT-IN-CATALOGUE' } },
      ],
    });
    expect(await counts(core.db)).toEqual(before);
  });

  it('bulk confirm handles good, bad, missing and repeated ids', async () => {
    const good = await create();
    const bad = await create(cleanOrder({ orderNumber: 'T-2', lines: [line({ sku: '' })], declaredTotal: '' }));
    const outcomes = await call(core, 'orders.confirm', { ids: [good, bad, 999, good] });
    expect(outcomes.map((o) => [o.id, o.confirmed, o.refused])).toEqual([
      [good, true, undefined],
      [bad, false, undefined],
      [999, false, 'errors.notFound'],
    ]);
  });

  it('hold needs a reason; release clears it', async () => {
    const id = await create();
    for (const reason of ['', '   ']) {
      const err = await refusal(core, 'orders.hold', { id, reason });
      expect(err.code).toBe('errors.validation');
      expect(err.issues).toEqual([expect.objectContaining({ path: 'reason', code: 'validation.required' })]);
    }
    expect((await refusal(core, 'orders.hold', { id })).code).toBe('errors.validation');
    expect((await get(id)).status).toBe('received');

    await call(core, 'orders.hold', { id, reason: '  Customer asked to wait  ' });
    let detail = await get(id);
    expect(detail.status).toBe('on_hold');
    expect(detail.holdReason).toBe('Customer asked to wait');
    expect(detail.allowedActions.sort()).toEqual(['cancel', 'edit', 'release']);

    await call(core, 'orders.release', { id });
    detail = await get(id);
    expect(detail.status).toBe('received');
    expect(detail.holdReason).toBe('');
    expect(detail.history.map((h) => [h.action, h.before, h.after])).toEqual([
      ['created', null, expect.anything()],
      ['hold', { status: 'received' }, { status: 'on_hold', reason: 'Customer asked to wait' }],
      ['release', { status: 'on_hold' }, { status: 'received' }],
    ]);
  });

  it('cancel with a reason; a cancelled order cannot be confirmed, released, held or edited', async () => {
    const id = await create();
    expect((await refusal(core, 'orders.cancel', { id, reason: '' })).code).toBe('errors.validation');
    await call(core, 'orders.cancel', { id, reason: 'Duplicate of T-0999' });
    const detail = await get(id);
    expect(detail).toMatchObject({ status: 'cancelled', cancelReason: 'Duplicate of T-0999', allowedActions: [] });
    const before = await counts(core.db);

    const [outcome] = await call(core, 'orders.confirm', { ids: [id] });
    expect(outcome).toMatchObject({ id, confirmed: false, refused: 'errors.illegalTransition', problems: [] });
    expect(await refusal(core, 'orders.release', { id })).toMatchObject({
      code: 'errors.illegalTransition',
      params: { from: 'cancelled', action: 'release', orderNumber: 'T-1001' },
    });
    expect((await refusal(core, 'orders.hold', { id, reason: 'x' })).code).toBe('errors.illegalTransition');
    expect((await refusal(core, 'orders.cancel', { id, reason: 'again' })).code).toBe('errors.illegalTransition');
    expect((await refusal(core, 'orders.update', { id, order: cleanOrder({ declaredTotal: '' }) })).code).toBe('errors.illegalTransition');
    expect(await counts(core.db)).toEqual(before);
    expect((await get(id)).status).toBe('cancelled');
  });

  it('release on a received order is errors.illegalTransition', async () => {
    const id = await create();
    const err = await refusal(core, 'orders.release', { id });
    expect(err).toMatchObject({ code: 'errors.illegalTransition', params: { from: 'received', action: 'release' } });
    expect((await get(id)).history).toHaveLength(1);
  });

  it('confirming an already confirmed order is reported as confirmed, not refused', async () => {
    const id = await create();
    await call(core, 'orders.confirm', { ids: [id] });
    const [again] = await call(core, 'orders.confirm', { ids: [id] });
    expect(again).toMatchObject({ confirmed: true, refused: undefined });
    expect((await get(id)).history.map((h) => h.action)).toEqual(['created', 'confirmed']);
  });
});

describe('audit log', () => {
  it('refuses UPDATE and DELETE at the database level', async () => {
    const id = await create();
    await expect(sql`update audit_log set action = 'x'`.execute(core.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(core.db)).rejects.toThrow(/append-only/);
    await expect(core.db.deleteFrom('audit_log').where('entity_id', '=', id).execute()).rejects.toThrow(/append-only/);
    expect((await get(id)).history.map((h) => h.action)).toEqual(['created']);
  });

  it('a failed change leaves no audit record behind', async () => {
    const id = await create();
    await refusal(core, 'orders.release', { id });
    await refusal(core, 'orders.create', { order: cleanOrder() });
    expect((await counts(core.db)).audit_log).toBe(1);
  });
});

describe('orders.list', () => {
  const seed = async () => {
    const specs: [string, string, string, string, string, string][] = [
      // number, name, country, date, price (USD), phone
      ['A-100', 'Emily Carter', 'US', '2026-11-01', '10.00', '+1 217 555 0142'],
      ['A-101', 'Lukas Becker', 'DE', '2026-11-05', '99.00', '+49 89 12345678'],
      ['B-200', 'Lucía Fernández', 'ES', '2026-11-03', '100.00', '+34 612 345 678'],
      ['B-201', 'oliver smith', 'GB', '2026-11-02', '5.50', '+44 20 7946 0958'],
      ['C-300', 'Yuki Tanaka', 'JP', '2026-11-04', '1000.00', '+81 3-1234-5678'],
      ['C-301', 'Zoe 100% Real_Name', 'US', '2026-11-06', '20.00', '+1 217 555 0142'],
    ];
    const ids: Record<string, number> = {};
    for (const [number, name, country, date, price, phone] of specs) {
      ids[number] = await create(
        withConsignee(
          { name, country, phone, postalCode: '', city: 'X', address1: 'Y' },
          cleanOrder({ orderNumber: number, orderDate: date, declaredTotal: '', lines: [line({ unitPrice: price })] }),
        ),
      );
    }
    await call(core, 'orders.hold', { id: ids['A-101']!, reason: 'check address' });
    await call(core, 'orders.cancel', { id: ids['B-201']!, reason: 'customer cancelled' });
    return ids;
  };
  const numbers = (rows: OrderSummary[]) => rows.map((r) => r.orderNumber);
  const list = (q: Parameters<typeof call<'orders.list'>>[2]) => call(core, 'orders.list', q);

  it('defaults to newest order date first and counts everything', async () => {
    await seed();
    const page = await list({});
    expect(numbers(page.rows)).toEqual(['C-301', 'A-101', 'C-300', 'B-200', 'B-201', 'A-100']);
    expect(page.total).toBe(6);
    expect(page.offset).toBe(0);
    expect(page.rows[0]).toMatchObject({
      consigneeName: 'Zoe 100% Real_Name',
      country: 'US',
      currency: 'USD',
      total: '20.00',
      lineCount: 1,
      status: 'received',
      channel: 'manual',
      orderDate: '2026-11-06',
      shippingMethod: 'express',
    });
  });

  it('searches order number, name (any case) and country code', async () => {
    await seed();
    expect(numbers((await list({ search: 'B-20' })).rows).sort()).toEqual(['B-200', 'B-201']);
    expect(numbers((await list({ search: 'OLIVER' })).rows)).toEqual(['B-201']);
    expect(numbers((await list({ search: 'tanaka' })).rows)).toEqual(['C-300']);
    expect(numbers((await list({ search: 'jp' })).rows)).toEqual(['C-300']);
    expect(numbers((await list({ search: 'US', sort: 'orderNumber', dir: 'asc' })).rows)).toEqual(['A-100', 'C-301']);
    expect((await list({ search: 'nobody-like-this' })).total).toBe(0);
  });

  it('treats % and _ in the search as plain characters', async () => {
    await seed();
    expect(numbers((await list({ search: '100%' })).rows)).toEqual(['C-301']);
    expect(numbers((await list({ search: 'l_N' })).rows)).toEqual(['C-301']);
    expect((await list({ search: '00%' })).total).toBe(1);
  });

  it('keeps the search index in step with the orders through create, edit and search', async () => {
    await seed();
    const [first] = (await list({ search: 'Emily' })).rows;
    const detail = await call(core, 'orders.get', { id: first!.id });
    await call(core, 'orders.update', { id: first!.id, order: { ...detail.order, consignee: { ...detail.order.consignee, name: 'Emilia Cortés' } } });
    expect((await list({ search: 'Emily' })).total).toBe(0);
    expect(numbers((await list({ search: 'milia cor' })).rows)).toEqual(['A-100']);
    // FTS5's own check compares the index with the orders table and throws on any difference.
    await expect(sql`insert into orders_search(orders_search) values ('integrity-check')`.execute(core.db)).resolves.toBeDefined();
  });

  it('answers one- and two-character searches from the country code or the start of the order number', async () => {
    await seed();
    expect(numbers((await list({ search: 'a-', sort: 'orderNumber', dir: 'asc' })).rows)).toEqual(['A-100', 'A-101']);
    expect((await list({ search: 'C' })).total).toBe(2);
    expect((await list({ search: '%' })).total).toBe(0);
  });

  it('filters by status', async () => {
    await seed();
    expect(numbers((await list({ status: 'on_hold' })).rows)).toEqual(['A-101']);
    expect(numbers((await list({ status: 'cancelled' })).rows)).toEqual(['B-201']);
    expect((await list({ status: 'received' })).total).toBe(4);
    expect((await list({ status: 'delivered' })).total).toBe(0);
    expect((await list({ status: 'received', search: 'C-' })).total).toBe(2);
  });

  it('sorts by each column, both ways', async () => {
    await seed();
    expect(numbers((await list({ sort: 'orderNumber', dir: 'asc' })).rows)).toEqual(['A-100', 'A-101', 'B-200', 'B-201', 'C-300', 'C-301']);
    expect(numbers((await list({ sort: 'consigneeName', dir: 'asc' })).rows)).toEqual(['A-100', 'B-200', 'A-101', 'B-201', 'C-300', 'C-301']);
    expect(numbers((await list({ sort: 'total', dir: 'asc' })).rows)).toEqual(['B-201', 'A-100', 'C-301', 'A-101', 'B-200', 'C-300']);
    expect(numbers((await list({ sort: 'total', dir: 'desc' })).rows)).toEqual(['C-300', 'B-200', 'A-101', 'C-301', 'A-100', 'B-201']);
    expect(numbers((await list({ sort: 'country', dir: 'asc' })).rows).slice(0, 4)).toEqual(['A-101', 'B-200', 'B-201', 'C-300']);
    expect((await list({ sort: 'status', dir: 'asc' })).rows.map((r) => r.status)).toEqual([
      'cancelled',
      'on_hold',
      'received',
      'received',
      'received',
      'received',
    ]);
  });

  it('pages with offset and limit, the total stays the full count', async () => {
    await seed();
    const all = numbers((await list({ sort: 'orderNumber', dir: 'asc' })).rows);
    const pages: string[] = [];
    for (let offset = 0; offset < 6; offset += 4) {
      const page = await list({ sort: 'orderNumber', dir: 'asc', offset, limit: 4 });
      expect(page.total).toBe(6);
      expect(page.offset).toBe(offset);
      pages.push(...numbers(page.rows));
    }
    expect(pages).toEqual(all);
    expect((await list({ offset: 10 })).rows).toEqual([]);
    expect((await refusal(core, 'orders.list', { limit: 501 })).code).toBe('errors.validation');
    expect((await refusal(core, 'orders.list', { sort: 'id; drop table orders' })).code).toBe('errors.validation');
  });
});

describe('events', () => {
  it('tablesChanged follows each write, naming the tables written', async () => {
    const rec = recordEvents(core);
    const id = await create();
    expect(rec.events).toEqual([{ type: 'tablesChanged', tables: ['orders', 'order_lines', 'audit_log'] }]);
    rec.clear();
    await call(core, 'orders.hold', { id, reason: 'why not' });
    await call(core, 'settings.update', { language: 'es' });
    expect(rec.events).toEqual([
      { type: 'tablesChanged', tables: ['orders', 'audit_log', 'stock_movements'] },
      { type: 'tablesChanged', tables: ['settings'] },
    ]);
    rec.off();
  });

  it('no event after reads or after refused writes; none after unsubscribing', async () => {
    const id = await create();
    const rec = recordEvents(core);
    await call(core, 'orders.list', {});
    await call(core, 'orders.get', { id });
    await call(core, 'orders.check', { id });
    await call(core, 'settings.get', {});
    await call(core, 'demo.status', {});
    await call(core, 'app.info', {});
    await refusal(core, 'orders.create', { order: cleanOrder() });
    await refusal(core, 'orders.release', { id });
    await refusal(core, 'orders.hold', { id, reason: '' });
    expect(rec.events).toEqual([]);
    rec.off();
    await create(cleanOrder({ orderNumber: 'T-2' }));
    expect(rec.events).toEqual([]);
  });

  it('app.info tells the data file and the mode', async () => {
    expect(await call(core, 'app.info', {})).toEqual({ version: '0.0.0-test', dataFile: core.dataFile, mode: 'web' });
  });
});
