// Shop shipping lines through the order import: kept as written, unknown lines listed once with
// their counts, the user's choice used and remembered as a rule, undecided orders flagged by the
// checks and decided later by a rule; the same through an uploaded file.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { UPLOAD_CHUNK_BYTES } from '../../shared/api/contracts/uploads';
import type { ImportPreview } from '../../shared/api/types';
import { call, counts, refusal, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

const NOW = new Date('2026-11-29T09:30:00Z');
let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next(), { now: () => NOW, osUser: 'maria' });
});
afterEach(() => core.close());

const HEAD =
  'Name,Created at,Shipping Name,Shipping Street,Shipping City,Shipping Zip,Shipping Country,Shipping Phone,Currency,Shipping Method,Lineitem quantity,Lineitem price,Lineitem sku,Lineitem name,Vendor,Lineitem variant';
const row = (order: string, line: string, name = 'Emily Carter') =>
  `${order},2026-11-20 10:00:00 +0100,${name},742 Evergreen Terrace,Springfield,62704,US,+1 217 555 0142,USD,${line},1,29.99,XM-BUDS5,Headphones,Xiaomi,Redmi Buds 5`;
const csv = (...rows: string[]) => [HEAD, ...rows].join('\n') + '\n';

/** A shop export with known lines, two spellings of one unknown line, and another unknown line. */
const SHOP_EXPORT = csv(
  row('#2001', 'Colissimo International'),
  row('#2002', 'YunExpress Global Direct Line'),
  row('#2003', 'Chronopost Classic International'),
  row('#2004', 'yunexpress global  direct line'),
  row('#2005', 'Free Shipping (7-15 business days)'),
  row('#2006', 'YunExpress Global Direct Line'),
);
const input = (text: string, extra: Record<string, unknown> = {}) => ({ fileName: 'shop-export.csv', text, channel: 'Shopify', ...extra });

async function ruleCount(): Promise<number> {
  return (await call(core, 'shipping.rules', {})).length;
}

async function ordersByNumber() {
  const page = await call(core, 'orders.list', { limit: 500, sort: 'orderNumber', dir: 'asc' });
  return new Map(page.rows.map((r) => [r.orderNumber, r]));
}

describe('the import preview', () => {
  it('lists each unknown shipping line once, with how many orders use it, and writes nothing', async () => {
    const rules = await ruleCount();
    const before = await counts(core.db);
    const preview = await call(core, 'orders.importPreview', input(SHOP_EXPORT));
    expect(preview.mapping.shippingLine).toBe('Shipping Method');
    expect(preview.counts).toEqual({ new: 6, existing: 0, conflict: 0, invalid: 0 });
    expect(preview.errors).toEqual([]);
    // Spellings that differ only in case and spaces are one line, shown as first written.
    expect(preview.unknownShippingLines).toEqual([
      { line: 'YunExpress Global Direct Line', orders: 3 },
      { line: 'Free Shipping (7-15 business days)', orders: 1 },
    ]);
    expect(preview.unknownShippingLineCount).toBe(2);
    expect(preview.sample.map((s) => [s.orderNumber, s.shippingLine, s.shippingMethod])).toEqual([
      ['#2001', 'Colissimo International', 'postal'],
      ['#2002', 'YunExpress Global Direct Line', 'unknown'],
      ['#2003', 'Chronopost Classic International', 'express'],
      ['#2004', 'yunexpress global  direct line', 'unknown'],
      ['#2005', 'Free Shipping (7-15 business days)', 'unknown'],
      ['#2006', 'YunExpress Global Direct Line', 'unknown'],
    ]);
    expect(await counts(core.db)).toEqual(before);
    expect(await ruleCount()).toBe(rules);
  });

  it('shows the choices sent with it on the orders, and still lists the lines no rule knows', async () => {
    const preview = await call(
      core,
      'orders.importPreview',
      input(SHOP_EXPORT, { shippingChoices: [{ line: 'YUNEXPRESS global direct line', method: 'express' }] }),
    );
    expect(preview.unknownShippingLines.map((u) => u.line)).toEqual(['YunExpress Global Direct Line', 'Free Shipping (7-15 business days)']);
    expect(preview.sample.filter((s) => s.shippingLine.toLowerCase().startsWith('yunexpress')).map((s) => s.shippingMethod)).toEqual([
      'express',
      'express',
      'express',
    ]);
  });
});

describe('importing with unknown shipping lines', () => {
  it('keeps every line as written, uses the choice, and leaves the rest undecided instead of refusing', async () => {
    const rulesBefore = await call(core, 'shipping.rules', {});
    const outcome = await call(
      core,
      'orders.importCommit',
      input(SHOP_EXPORT, { shippingChoices: [{ line: 'YunExpress Global Direct Line', method: 'express' }] }),
    );
    expect(outcome).toMatchObject({ created: 6, existing: 0, rejected: 0, shippingRulesAdded: 1 });

    const orders = await ordersByNumber();
    expect([...orders.values()].map((o) => [o.orderNumber, o.shippingLine, o.shippingMethod, o.problemCount])).toEqual([
      ['#2001', 'Colissimo International', 'postal', 0],
      ['#2002', 'YunExpress Global Direct Line', 'express', 0],
      ['#2003', 'Chronopost Classic International', 'express', 0],
      ['#2004', 'yunexpress global  direct line', 'express', 0],
      ['#2005', 'Free Shipping (7-15 business days)', 'unknown', 1],
      ['#2006', 'YunExpress Global Direct Line', 'express', 0],
    ]);

    // The choice is a rule now: exact, after the others, with who and when.
    const rules = await call(core, 'shipping.rules', {});
    expect(rules).toHaveLength(rulesBefore.length + 1);
    const added = rules[rules.length - 1]!;
    expect(added).toMatchObject({ position: rulesBefore.length + 1, match: 'exact', pattern: 'YunExpress Global Direct Line', method: 'express' });
    const audit = await core.db.selectFrom('audit_log').selectAll().where('entity', '=', 'shipping_rule').execute();
    expect(audit).toEqual([expect.objectContaining({ entity_id: added.id, action: 'created', actor: 'maria', at: NOW.toISOString() })]);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ pattern: 'YunExpress Global Direct Line', fromImport: 'shop-export.csv' });

    // The undecided order is kept and flagged by the checks, naming the line.
    const undecided = orders.get('#2005')!;
    const checked = await call(core, 'orders.check', { id: undecided.id });
    // "Check" judges as confirmation does; this core has no catalogue, so the SKU is unknown too.
    expect(checked.problems).toEqual([
      { code: 'shippingMethodUnknown', field: 'shippingMethod', params: { line: 'Free Shipping (7-15 business days)' } },
      { code: 'unknownSku', field: 'lines.0.sku', params: { line: 1, sku: 'XM-BUDS5' } },
    ]);
    const confirm = await call(core, 'orders.confirm', { ids: [undecided.id] });
    expect(confirm[0]).toMatchObject({ confirmed: false, problems: expect.arrayContaining([expect.objectContaining({ code: 'shippingMethodUnknown' })]) });
  });

  it('the next file with a remembered line needs no choice', async () => {
    await call(core, 'orders.importCommit', input(SHOP_EXPORT, { shippingChoices: [{ line: 'YunExpress Global Direct Line', method: 'express' }] }));
    const another = csv(row('#3001', 'YUNEXPRESS GLOBAL DIRECT LINE', 'Lukas Becker'), row('#3002', 'Colissimo International', 'Lucía Fernández'));
    const preview = await call(core, 'orders.importPreview', input(another, { fileName: 'another.csv' }));
    expect(preview.unknownShippingLines).toEqual([]);
    const outcome = await call(core, 'orders.importCommit', input(another, { fileName: 'another.csv' }));
    expect(outcome).toMatchObject({ created: 2, shippingRulesAdded: 0 });
    expect((await ordersByNumber()).get('#3001')).toMatchObject({ shippingLine: 'YUNEXPRESS GLOBAL DIRECT LINE', shippingMethod: 'express', problemCount: 0 });
  });

  it('re-importing the same file changes nothing; the same order with another shipping line is a conflict', async () => {
    await call(core, 'orders.importCommit', input(SHOP_EXPORT));
    const before = await counts(core.db);
    const again = await call(core, 'orders.importPreview', input(SHOP_EXPORT));
    expect(again.counts).toEqual({ new: 0, existing: 6, conflict: 0, invalid: 0 });
    expect(await call(core, 'orders.importCommit', input(SHOP_EXPORT))).toMatchObject({ created: 0, existing: 6, conflicts: [] });
    expect(await counts(core.db)).toMatchObject({ orders: before.orders, order_lines: before.order_lines });
    // The shipping line is part of the order's content.
    const changed = SHOP_EXPORT.replace('Colissimo International', 'Colissimo Expert International');
    expect((await call(core, 'orders.importPreview', input(changed))).counts).toEqual({ new: 0, existing: 5, conflict: 1, invalid: 0 });
  });

  it('a choice is not kept when the import is refused, nor for a line the file does not have or a rule knows', async () => {
    const rules = await ruleCount();
    const bad = SHOP_EXPORT + row('#2007', 'Free Shipping (7-15 business days)').replace(',1,29.99,', ',abc,29.99,') + '\n';
    const choices = [{ line: 'Free Shipping (7-15 business days)', method: 'postal' as const }];
    expect((await refusal(core, 'orders.importCommit', input(bad, { shippingChoices: choices }))).code).toBe('errors.importHasErrors');
    expect(await ruleCount()).toBe(rules);
    const outcome = await call(
      core,
      'orders.importCommit',
      input(SHOP_EXPORT, {
        shippingChoices: [
          { line: 'Not in this file', method: 'air' },
          { line: 'colissimo international', method: 'air' },
        ],
      }),
    );
    expect(outcome.shippingRulesAdded).toBe(0);
    expect(await ruleCount()).toBe(rules);
    expect((await ordersByNumber()).get('#2001')).toMatchObject({ shippingMethod: 'postal' });
  });

  it('refuses a choice with a method that is not a real one', async () => {
    const err = await refusal(
      core,
      'orders.importPreview',
      input(SHOP_EXPORT, { shippingChoices: [{ line: 'YunExpress Global Direct Line', method: 'unknown' }] }),
    );
    expect(err.code).toBe('errors.validation');
    expect(err.issues).toEqual([expect.objectContaining({ path: 'shippingChoices.0.method', code: 'validation.ruleMethod' })]);
  });
});

describe('orders waiting for a method', () => {
  it('get it when a rule for their line is added in Settings; cancelled ones and decided ones keep theirs', async () => {
    await call(core, 'orders.importCommit', input(SHOP_EXPORT));
    let orders = await ordersByNumber();
    await call(core, 'orders.cancel', { id: orders.get('#2006')!.id, reason: 'customer cancelled' });
    const saved = await call(core, 'shipping.saveRule', { match: 'contains', pattern: 'yunexpress', method: 'postal' });
    expect(saved.rule).toMatchObject({ position: 1, match: 'contains', pattern: 'yunexpress', method: 'postal' });
    expect(saved.ordersDecided).toBe(2);
    orders = await ordersByNumber();
    expect(['#2002', '#2004', '#2005', '#2006'].map((n) => [n, orders.get(n)!.shippingMethod, orders.get(n)!.problemCount, orders.get(n)!.status])).toEqual([
      ['#2002', 'postal', 0, 'received'],
      ['#2004', 'postal', 0, 'received'],
      ['#2005', 'unknown', 1, 'received'],
      ['#2006', 'unknown', 1, 'cancelled'],
    ]);
    const detail = await call(core, 'orders.get', { id: orders.get('#2002')!.id });
    expect(detail.problems).toEqual([]);
    expect(detail.history[detail.history.length - 1]).toMatchObject({
      action: 'shippingMethodDecided',
      actor: 'maria',
      at: NOW.toISOString(),
      before: { status: 'received', shippingMethod: 'unknown' },
      after: { status: 'received', shippingMethod: 'postal', shippingLine: 'YunExpress Global Direct Line' },
    });
    // Re-importing the file finds the decided orders as they are: the rule now gives the same method.
    expect((await call(core, 'orders.importPreview', input(SHOP_EXPORT))).counts).toMatchObject({ existing: 5, conflict: 1 });
  });

  it('the order form sets the line and the method; "not decided" is flagged', async () => {
    const order = {
      orderNumber: 'M-1',
      channel: 'manual',
      orderDate: '2026-11-20',
      consignee: {
        name: 'Ann Lee',
        company: '',
        address1: '1 Main St',
        address2: '',
        city: 'Springfield',
        state: 'IL',
        postalCode: '62704',
        country: 'US',
        phone: '+1 217 555 0142',
        email: '',
        taxId: '',
      },
      shippingLine: 'Hand delivery by the shop',
      shippingMethod: 'unknown' as const,
      currency: 'USD',
      incoterm: 'DAP' as const,
      declaredTotal: '',
      lines: [
        {
          sku: 'XM-BUDS5',
          description: 'Headphones',
          brand: 'Xiaomi',
          model: 'Redmi Buds 5',
          quantity: '1',
          unit: 'PCE' as const,
          unitPrice: '29.99',
          hsCode: '',
          originCountry: '',
        },
      ],
    };
    const { id } = await call(core, 'orders.create', { order });
    const created = await call(core, 'orders.get', { id });
    expect(created.order).toMatchObject({ shippingLine: 'Hand delivery by the shop', shippingMethod: 'unknown' });
    expect(created.problems.map((p) => p.code)).toEqual(['shippingMethodUnknown']);
    await call(core, 'orders.update', { id, order: { ...order, shippingMethod: 'road' } });
    const updated = await call(core, 'orders.get', { id });
    expect(updated.order.shippingMethod).toBe('road');
    expect(updated.problems).toEqual([]);
  });
});

describe('an uploaded file', () => {
  async function upload(text: string): Promise<string> {
    const bytes = new TextEncoder().encode(text);
    const { uploadId } = await call(core, 'uploads.begin', { fileName: 'shop-export.csv', size: bytes.length });
    for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
      await call(core, 'uploads.append', { uploadId, offset, chunk: Buffer.from(bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES)).toString('base64') });
    }
    return uploadId;
  }
  const withoutSource = ({ encoding: _e, lostCharacters: _l, ...rest }: ImportPreview) => rest;

  it('previews the same unknown lines as the text, and its commit remembers the choice', async () => {
    const uploadId = await upload(SHOP_EXPORT);
    const fromText = await call(core, 'orders.importPreview', input(SHOP_EXPORT));
    const fromUpload = await call(core, 'orders.importPreview', { fileName: 'shop-export.csv', channel: 'Shopify', uploadId });
    expect(withoutSource(fromUpload)).toEqual(fromText);

    const choices = [{ line: 'Free Shipping (7-15 business days)', method: 'postal' as const }];
    const outcome = await call(core, 'orders.importCommit', { fileName: 'shop-export.csv', channel: 'Shopify', uploadId, shippingChoices: choices });
    expect(outcome).toMatchObject({ created: 6, shippingRulesAdded: 1 });
    const orders = await ordersByNumber();
    expect(orders.get('#2005')).toMatchObject({ shippingLine: 'Free Shipping (7-15 business days)', shippingMethod: 'postal' });
    expect(orders.get('#2002')).toMatchObject({ shippingMethod: 'unknown' });
    const rules = await call(core, 'shipping.rules', {});
    expect(rules[rules.length - 1]).toMatchObject({ match: 'exact', pattern: 'Free Shipping (7-15 business days)', method: 'postal' });
    // Imported the same as the text would have been: the text re-import finds them all.
    expect((await call(core, 'orders.importPreview', input(SHOP_EXPORT))).counts).toEqual({ new: 0, existing: 6, conflict: 0, invalid: 0 });
  });
});
