import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { DEMO_ORDER_COUNT } from '../../electron/core/demo/demoOrders';
import type { AppEvent } from '../../shared/api/commands';
import { fixture } from '../unit/support/orders';
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

const GOOD_AND_BAD = fixture('orders-good-and-bad.csv');
const input = (text = GOOD_AND_BAD, extra: Record<string, unknown> = {}) => ({ fileName: 'orders-good-and-bad.csv', text, ...extra });
const VALID = ['SH-1001', 'SH-1002', 'SH-1003', 'SH-1005', 'SH-1007', 'SH-1008'];

describe('import preview', () => {
  it('counts orders and lists row errors without writing anything', async () => {
    const before = await counts(core.db);
    const rec = recordEvents(core);
    const preview = await call(core, 'orders.importPreview', input());
    expect(preview.rowCount).toBe(14);
    expect(preview.delimiter).toBe(',');
    expect(preview.missingFields).toEqual([]);
    expect(preview.counts).toEqual({ new: 6, existing: 0, conflict: 0, invalid: 2 });
    expect(preview.errorCount).toBe(2);
    expect(preview.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [7, 'quantity', 'validation.decimal'],
      [10, 'currency', 'validation.currency'],
    ]);
    expect(preview.sample.filter((s) => s.state === 'invalid').map((s) => [s.orderNumber, s.rows])).toEqual([
      ['SH-1004', [7]],
      ['SH-1006', [10, 11]],
    ]);
    const sh1005 = preview.sample.find((s) => s.orderNumber === 'SH-1005')!;
    expect(sh1005).toEqual({
      orderNumber: 'SH-1005',
      consigneeName: 'Yuki Tanaka',
      country: 'JP',
      shippingLine: 'air',
      shippingMethod: 'air',
      lineCount: 2,
      total: '7820',
      currency: 'JPY',
      state: 'new',
      rows: [8, 9],
    });
    // Every line of this file is one the default rules know.
    expect(preview.unknownShippingLines).toEqual([]);
    expect(preview.sample.find((s) => s.orderNumber === 'SH-1008')).toMatchObject({ total: '107.48', lineCount: 3 });
    expect(await counts(core.db)).toEqual(before);
    expect(rec.events).toEqual([]);
  });

  it('reports missing columns, and refuses to commit them', async () => {
    const text = 'order_number,consignee_name,country\nA1,Ann,US\n';
    const preview = await call(core, 'orders.importPreview', input(text));
    expect(preview.missingFields).toEqual(['currency', 'quantity', 'unitPrice']);
    expect(preview.counts).toEqual({ new: 0, existing: 0, conflict: 0, invalid: 0 });
    const err = await refusal(core, 'orders.importCommit', input(text, { onlyValid: true }));
    expect(err.code).toBe('errors.importMissingColumns');
    expect(err.params).toEqual({ fields: 'currency, quantity, unitPrice' });
    expect((await counts(core.db)).imports).toBe(0);
  });

  // BUG (shared/schemas/order.ts:82): a non-numeric order total makes the schema throw, so the
  // preview of the whole file fails with errors.internal instead of listing one bad row.
  it('a file with a non-numeric order total previews with a row error, not errors.internal', async () => {
    const text = 'order_number,consignee_name,country,currency,quantity,unit_price,order_total\nA1,Ann,US,USD,1,2.00,$2.00\nA2,Bob,US,USD,1,2.00,2.00\n';
    const envelope = await core.dispatch('orders.importPreview', input(text));
    expect(envelope.ok).toBe(true);
    const preview = (envelope as { ok: true; value: { counts: unknown; errors: unknown[] } }).value;
    expect(preview.counts).toEqual({ new: 1, existing: 0, conflict: 0, invalid: 1 });
    expect(preview.errors).toEqual([expect.objectContaining({ row: 2, field: 'orderTotal', code: 'validation.decimal' })]);
  });

  it('uses the mapping the user chose', async () => {
    const text = 'Ref,Cliente,Dest,Mon,Qty,PU\nX-1,Ann Lee,US,USD,2,3.25\n';
    const mapping = { orderNumber: 'Ref', consigneeName: 'Cliente', country: 'Dest', currency: 'Mon', quantity: 'Qty', unitPrice: 'PU' };
    const preview = await call(core, 'orders.importPreview', input(text, { mapping }));
    expect(preview.counts.new).toBe(1);
    expect(preview.sample[0]).toMatchObject({ orderNumber: 'X-1', consigneeName: 'Ann Lee', total: '6.50' });
    const outcome = await call(core, 'orders.importCommit', input(text, { mapping, channel: 'Amazon' }));
    expect(outcome.created).toBe(1);
    const page = await call(core, 'orders.list', {});
    expect(page.rows[0]).toMatchObject({ orderNumber: 'X-1', channel: 'Amazon', total: '6.50', shippingMethod: 'postal' });
  });
});

describe('import commit', () => {
  it('refuses a file with errors unless onlyValid is set, writing nothing', async () => {
    const before = await counts(core.db);
    const rec = recordEvents(core);
    const err = await refusal(core, 'orders.importCommit', input());
    expect(err.code).toBe('errors.importHasErrors');
    expect(err.params).toEqual({ invalid: 2 });
    expect(await counts(core.db)).toEqual(before);
    expect(rec.events.filter((e) => e.type === 'tablesChanged')).toEqual([]);
  });

  it('with onlyValid imports just the valid orders, their lines and one audit entry each', async () => {
    const outcome = await call(core, 'orders.importCommit', input(GOOD_AND_BAD, { onlyValid: true }));
    expect(outcome).toMatchObject({ created: 6, existing: 0, conflicts: [], rejected: 2 });
    expect(await counts(core.db)).toMatchObject({ orders: 6, order_lines: 11, audit_log: 6, imports: 1 });

    const page = await call(core, 'orders.list', { sort: 'orderNumber', dir: 'asc' });
    expect(page.rows.map((r) => r.orderNumber)).toEqual(VALID);
    expect(page.rows.map((r) => [r.orderNumber, r.total, r.problemCount, r.status, r.channel])).toEqual([
      ['SH-1001', '49.97', 0, 'received', 'Shopify'],
      ['SH-1002', '19.99', 0, 'received', 'Shopify'],
      // SH-1003 has no brand in the file, but its product has one: no problem to show.
      ['SH-1003', '47.30', 0, 'received', 'Shopify'],
      ['SH-1005', '7820', 0, 'received', 'Shopify'],
      ['SH-1007', '65.90', 0, 'received', 'Shopify'],
      ['SH-1008', '107.48', 0, 'received', 'Shopify'],
    ]);

    const sh1008 = await call(core, 'orders.get', { id: page.rows[5]!.id });
    expect(sh1008.order.lines.map((l) => l.sku)).toEqual(['LN-WATCH-S2', 'UG-CBL-C2', 'BQ-MUG-350']);
    expect(sh1008.history).toEqual([
      expect.objectContaining({ action: 'imported', after: { importId: outcome.importId, fileName: 'orders-good-and-bad.csv' } }),
    ]);

    const record = await core.db.selectFrom('imports').selectAll().executeTakeFirstOrThrow();
    expect(record).toMatchObject({ id: outcome.importId, file_name: 'orders-good-and-bad.csv', row_count: 14, created: 6, existing: 0, rejected: 2 });
    expect(record.file_sha256).toMatch(/^[0-9a-f]{64}$/);

    // The imported orders go through the same confirmation as typed ones.
    const confirmed = await call(core, 'orders.confirm', { ids: page.rows.map((r) => r.id) });
    // SH-1003 has no brand in the file; its product gives it one, so every good order confirms.
    expect(confirmed.filter((o) => !o.confirmed).map((o) => [o.orderNumber, o.problems.map((p) => p.code)])).toEqual([]);
  });

  it('re-importing the same file creates no duplicates', async () => {
    await call(core, 'orders.importCommit', input(GOOD_AND_BAD, { onlyValid: true }));
    const before = await counts(core.db);
    const preview = await call(core, 'orders.importPreview', input());
    expect(preview.counts).toEqual({ new: 0, existing: 6, conflict: 0, invalid: 2 });
    const again = await call(core, 'orders.importCommit', input(GOOD_AND_BAD, { onlyValid: true }));
    expect(again).toMatchObject({ created: 0, existing: 6, conflicts: [], rejected: 2 });
    const after = await counts(core.db);
    expect(after).toEqual({ ...before, imports: before.imports + 1 });
  });

  it('the same order number with changed content is a conflict and is not overwritten', async () => {
    await call(core, 'orders.importCommit', input(GOOD_AND_BAD, { onlyValid: true }));
    const before = await counts(core.db);
    const changed = GOOD_AND_BAD.replace(
      'Hauptstraße 12,,München,BY,80331,DE,+49 89 12345678,l.becker@example.de,,express,EUR,DDP,19.99,AK-PB10K',
      'Hauptstraße 14,,München,BY,80331,DE,+49 89 12345678,l.becker@example.de,,express,EUR,DDP,19.99,AK-PB10K',
    );
    expect(changed).not.toBe(GOOD_AND_BAD);
    const preview = await call(core, 'orders.importPreview', input(changed));
    expect(preview.counts).toEqual({ new: 0, existing: 5, conflict: 1, invalid: 2 });
    expect(preview.sample.find((s) => s.orderNumber === 'SH-1002')!.state).toBe('conflict');
    const outcome = await call(core, 'orders.importCommit', input(changed, { onlyValid: true }));
    expect(outcome).toMatchObject({ created: 0, existing: 5, conflicts: ['SH-1002'] });
    const stored = await core.db.selectFrom('orders').select('address1').where('order_number', '=', 'SH-1002').execute();
    expect(stored).toEqual([{ address1: 'Hauptstraße 12' }]);
    expect(await counts(core.db)).toEqual({ ...before, imports: before.imports + 1 });
  });

  it('an order typed by hand with the same content is recognised as existing, a different one as a conflict', async () => {
    const clean = 'order_number,channel,consignee_name,country,currency,quantity,unit_price,order_date\nM-1,manual,Ann Lee,US,USD,1,2.00,2026-11-03\n';
    const typed = {
      orderNumber: 'M-1',
      channel: 'manual',
      orderDate: '2026-11-03',
      consignee: {
        name: 'Ann Lee',
        company: '',
        address1: '',
        address2: '',
        city: '',
        state: '',
        postalCode: '',
        country: 'US',
        phone: '',
        email: '',
        taxId: '',
      },
      shippingMethod: 'postal' as const,
      currency: 'USD',
      incoterm: 'DAP' as const,
      declaredTotal: '',
      lines: [{ sku: '', description: '', brand: '', model: '', quantity: '1', unit: 'PCE' as const, unitPrice: '2.00', hsCode: '', originCountry: '' }],
    };
    const { id } = await call(core, 'orders.create', { order: typed });
    expect((await call(core, 'orders.importPreview', input(clean))).counts).toMatchObject({ new: 0, existing: 1, conflict: 0 });
    await call(core, 'orders.update', { id, order: { ...typed, consignee: { ...typed.consignee, city: 'Boston' } } });
    expect((await call(core, 'orders.importPreview', input(clean))).counts).toMatchObject({ new: 0, existing: 0, conflict: 1 });
  });

  it('sends progress events for its job, ending in "writing" with done == total', async () => {
    const rec = recordEvents(core);
    await call(core, 'orders.importCommit', input(GOOD_AND_BAD, { onlyValid: true, jobId: 'job-42' }));
    const progress = rec.events.filter((e): e is Extract<AppEvent, { type: 'progress' }> => e.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.every((e) => e.jobId === 'job-42')).toBe(true);
    const last = progress[progress.length - 1]!;
    expect(last).toEqual({ type: 'progress', jobId: 'job-42', phase: 'writing', done: 6, total: 6 });
    expect(progress.filter((e) => e.phase === 'writing').every((e) => e.done <= e.total)).toBe(true);
    // The tables changed event comes after the work is done.
    expect(rec.events[rec.events.length - 1]).toEqual({ type: 'tablesChanged', tables: ['orders', 'order_lines', 'audit_log', 'imports', 'shipping_rules'] });
    // Without a job id there are no progress events.
    rec.clear();
    await call(core, 'orders.importCommit', input(GOOD_AND_BAD, { onlyValid: true }));
    expect(rec.events.filter((e) => e.type === 'progress')).toEqual([]);
    expect((await refusal(core, 'orders.importCommit', input(GOOD_AND_BAD, { jobId: '../etc' }))).code).toBe('errors.validation');
  });

  it('imports the ;-separated Spanish file with a BOM', async () => {
    const outcome = await call(core, 'orders.importCommit', input(fixture('orders-semicolon-bom.csv')));
    expect(outcome).toMatchObject({ created: 2, rejected: 0 });
    const page = await call(core, 'orders.list', { sort: 'orderNumber', dir: 'asc' });
    expect(page.rows.map((r) => [r.orderNumber, r.country, r.total, r.channel, r.problemCount])).toEqual([
      ['ES-501', 'ES', '1324.40', 'Tienda', 0],
      ['ES-502', 'DE', '19.99', 'Tienda', 0],
    ]);
  });
});

describe('demo data', () => {
  it('offers, loads through the import and remembers the answer', async () => {
    expect(await call(core, 'demo.status', {})).toEqual({ hasOrders: false, answered: false });
    const outcome = await call(core, 'demo.load', {});
    expect(outcome).toMatchObject({ created: DEMO_ORDER_COUNT, existing: 0, conflicts: [], rejected: 0 });
    expect(await call(core, 'demo.status', {})).toEqual({ hasOrders: true, answered: true });
    const page = await call(core, 'orders.list', { limit: 500 });
    expect(page.total).toBe(DEMO_ORDER_COUNT);
    // A handful of orders carry one problem each for the broker to fix; the rest are clean.
    const withProblems = page.rows
      .filter((r) => r.problemCount > 0)
      .map((r) => [r.orderNumber, r.problemCount])
      .sort();
    expect(withProblems).toEqual([
      ['DS-24004', 1],
      // (DS-24006 and DS-24010 lack a brand or model in the file; their products give them.)
      ['DS-24008', 1],
      ['DS-24012', 1],
      ['DS-24014', 1],
      ['DS-24016', 1],
      // Shipping lines no default rule knows: the orders wait for a method.
      ['DS-24017', 1],
      ['DS-24027', 1],
      ['DS-24031', 1],
    ]);
    // Loading again finds everything already there.
    const again = await call(core, 'demo.load', {});
    expect(again).toMatchObject({ created: 0, existing: DEMO_ORDER_COUNT });
    expect((await counts(core.db)).orders).toBe(DEMO_ORDER_COUNT);
  });

  it('dismissing answers the offer without adding orders', async () => {
    const rec = recordEvents(core);
    expect(await call(core, 'demo.dismiss', {})).toEqual({ hasOrders: false, answered: true });
    expect(rec.events).toEqual([{ type: 'tablesChanged', tables: ['settings'] }]);
    expect(await counts(core.db)).toMatchObject({ orders: 0, imports: 0 });
    expect(await call(core, 'demo.status', {})).toEqual({ hasOrders: false, answered: true });
  });
});
