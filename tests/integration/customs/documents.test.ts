// The life of customs documents through the real core: created from packed orders, drafts saved
// with revisions, finalised with a number from the series (no gap, no duplicate, even when many
// finalise at once), frozen, amended into versions, mismatches overridden with a written reason,
// and the order moved to documents_ready when its destination's documents are final.
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import type { InvoiceData } from '../../../shared/schemas/customs';
import { call, refusal, startCore, tempRoot } from '../support/core';
import { FULL_PROFILE, packedOrders } from './packedOrders';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next(), { now: () => new Date('2026-11-29T10:00:00.000Z') });
});
afterEach(async () => {
  await core.close();
});

const profile = () => call(core, 'company.update', FULL_PROFILE);
const create = (type: 'declaration' | 'invoice' | 'contract' | 'packing_list' | 'postal', orderIds: number[]) =>
  call(core, 'customs.create', { type, orderIds, lang: 'en' }).then((r) => r.id);
const get = (id: number) => call(core, 'customs.get', { id });
const finalise = async (id: number, overrides: { key: string; reason: string }[] = []) =>
  call(core, 'customs.finalise', { id, revision: (await get(id)).revision, overrides });

async function editInvoice(id: number, change: (d: InvoiceData) => void) {
  const doc = await get(id);
  if (doc.type !== 'invoice') throw new Error('not an invoice');
  change(doc.data);
  return call(core, 'customs.saveDraft', { id, revision: doc.revision, content: { type: 'invoice', data: doc.data } });
}

describe('customs documents', () => {
  it('creates a draft prefilled from the packed order, one per kind and order', async () => {
    const [orderId] = await packedOrders(core);
    await profile();
    const id = await create('invoice', [orderId!]);
    const doc = await get(id);
    expect(doc).toMatchObject({ type: 'invoice', status: 'draft', version: 1, number: '', orderIds: [orderId], revision: 0 });
    if (doc.type !== 'invoice') throw new Error('not an invoice');
    expect(doc.data.items.length).toBeGreaterThan(0);
    expect(doc.data.seller.name).toBe('Despacho Test Exports S.L.');
    const again = await refusal(core, 'customs.create', { type: 'invoice', orderIds: [orderId] });
    expect(again.code).toBe('customsErrors.alreadyExists');
    expect(again.params).toMatchObject({ id });
  });

  it('saves drafts by revision: a stale revision or another type is refused and changes nothing', async () => {
    const [orderId] = await packedOrders(core);
    const id = await create('invoice', [orderId!]);
    const saved = await editInvoice(id, (d) => (d.paymentTerms = 'Paid in advance'));
    expect(saved.revision).toBe(1);
    const doc = await get(id);
    if (doc.type !== 'invoice') throw new Error('not an invoice');
    const stale = await refusal(core, 'customs.saveDraft', { id, revision: 0, content: { type: 'invoice', data: { ...doc.data, paymentTerms: 'lost' } } });
    expect(stale.code).toBe('customsErrors.staleRevision');
    const wrong = await refusal(core, 'customs.saveDraft', { id, revision: 1, content: { type: 'contract', data: {} } });
    expect(wrong.code).toBe('customsErrors.wrongType');
    const after = await get(id);
    expect(after.revision).toBe(1);
    expect(after.type === 'invoice' && after.data.paymentTerms).toBe('Paid in advance');
  });

  it('refuses to finalise while the company profile lacks what the document needs, and names the field', async () => {
    const [orderId] = await packedOrders(core);
    const id = await create('invoice', [orderId!]);
    const check = await call(core, 'customs.check', { id });
    expect(check.problems.some((p) => p.path === 'company.legalName')).toBe(true);
    const refused = await refusal(core, 'customs.finalise', { id, revision: 0, overrides: [] });
    expect(refused.code).toBe('customsErrors.cannotFinalise');
    expect(refused.issues?.some((i) => i.path === 'company.legalName')).toBe(true);
    // A refused finalise takes no number: the first one finalised is still 000001.
    await profile();
    const fresh = await create('packing_list', [orderId!]);
    expect((await finalise(fresh)).number).toBe('PL-2026-000001');
  });

  it('numbers, freezes and records who finalised; the data cannot change afterwards, even in SQL', async () => {
    const [orderId] = await packedOrders(core);
    await profile();
    const id = await create('invoice', [orderId!]);
    const final = await finalise(id);
    expect(final).toMatchObject({ status: 'final', number: 'INV-2026-000001', finalisedBy: 'tester', finalisedAt: '2026-11-29T10:00:00.000Z' });
    const doc = await get(id);
    const refused = await refusal(core, 'customs.saveDraft', { id, revision: doc.revision, content: { type: doc.type, data: doc.data } });
    expect(refused.code).toBe('customsErrors.notDraft');
    await expect(sql`update customs_documents set data = '{}' where id = ${id}`.execute(core.db)).rejects.toThrow(/final/);
    await expect(sql`delete from customs_documents where id = ${id}`.execute(core.db)).rejects.toThrow(/never deleted/);
    const audit = await core.db.selectFrom('audit_log').select(['action', 'actor']).where('entity', '=', 'order').where('entity_id', '=', orderId!).execute();
    expect(audit).toContainEqual({ action: 'documentFinalised', actor: 'tester' });
  });

  it('gives 12 invoices finalised at once 12 different numbers with no gap', async () => {
    const orderIds = await packedOrders(core, { orders: 12, linesPerOrder: 1 });
    await profile();
    const ids: number[] = [];
    for (const orderId of orderIds) ids.push(await create('invoice', [orderId]));
    const finals = await Promise.all(ids.map((id) => finalise(id)));
    const numbers = finals.map((f) => f.number).sort();
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => `INV-2026-${String(i + 1).padStart(6, '0')}`));
  });

  it('amends a final document into version 2 with the same number; finalising it marks version 1 replaced', async () => {
    const [orderId] = await packedOrders(core);
    await profile();
    const v1 = await create('invoice', [orderId!]);
    await finalise(v1);
    const { id: v2 } = await call(core, 'customs.amend', { id: v1 });
    expect(await get(v2)).toMatchObject({ status: 'draft', version: 2, number: 'INV-2026-000001', replacesId: v1 });
    expect((await refusal(core, 'customs.amend', { id: v1 })).code).toBe('customsErrors.alreadyAmended');
    await editInvoice(v2, (d) => (d.paymentTerms = 'Corrected terms'));
    const final2 = await finalise(v2);
    expect(final2).toMatchObject({ status: 'final', version: 2, number: 'INV-2026-000001' });
    const old = await get(v1);
    expect(old).toMatchObject({ status: 'replaced', replacedById: v2 });
    expect(old.type === 'invoice' && old.data.paymentTerms).not.toBe('Corrected terms');
    expect(final2.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'replaced'],
      [2, 'final'],
    ]);
  });

  it('lists a mismatch with the packing list, refuses to finalise until it is fixed or overridden with a reason', async () => {
    const [orderId] = await packedOrders(core);
    await profile();
    await finalise(await create('packing_list', [orderId!]));
    const inv = await create('invoice', [orderId!]);
    await editInvoice(inv, (d) => (d.packageCount = '5'));
    const problems = (await call(core, 'customs.check', { id: inv })).problems.filter((p) => p.overridable);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.path)).toContain('packageCount');
    const refused = await refusal(core, 'customs.finalise', { id: inv, revision: (await get(inv)).revision, overrides: [] });
    expect(refused.code).toBe('customsErrors.mismatchesOpen');
    const final = await finalise(
      inv,
      problems.map((p) => ({ key: p.key, reason: 'Customer asked for five boxes on the papers' })),
    );
    expect(final.overrides.map((o) => o.reason)).toEqual(problems.map(() => 'Customer asked for five boxes on the papers'));
    const audit = await core.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'documentFinalised')
      .where('entity', '=', 'customsDocument')
      .execute();
    expect(audit.some((a) => (a.after ?? '').includes('Customer asked for five boxes'))).toBe(true);
  });

  it('moves the order to documents_ready when the documents its destination needs are final', async () => {
    const [orderId] = await packedOrders(core);
    await profile();
    const before = await call(core, 'customs.orderDocuments', { orderId: orderId! });
    expect(before.ready).toBe(false);
    expect(before.required.length).toBeGreaterThan(0);
    for (const type of before.required) {
      const id = await create(type, [orderId!]);
      const check = await call(core, 'customs.check', { id });
      const mismatches = check.problems.filter((p) => p.overridable).map((p) => ({ key: p.key, reason: 'checked by hand' }));
      await finalise(id, mismatches);
    }
    const after = await call(core, 'customs.orderDocuments', { orderId: orderId! });
    expect(after).toMatchObject({ ready: true, missing: [] });
    expect((await call(core, 'orders.get', { id: orderId! })).status).toBe('documents_ready');
    // Final papers of a ready order are amended, not voided.
    const final = after.documents.find((d) => d.status === 'final')!;
    expect((await refusal(core, 'customs.void', { id: final.id, reason: 'mistake' })).code).toBe('customsErrors.voidAfterReady');
  });

  it('voids a draft with its reason, and lists documents by status, type and order number', async () => {
    const orderIds = await packedOrders(core, { orders: 2 });
    const a = await create('invoice', [orderIds[0]!]);
    await create('contract', [orderIds[1]!]);
    expect((await call(core, 'customs.void', { id: a, reason: 'started on the wrong order' })).status).toBe('void');
    const all = await call(core, 'customs.list', {});
    expect(all.total).toBe(2);
    expect((await call(core, 'customs.list', { status: 'void' })).rows.map((r) => r.id)).toEqual([a]);
    expect((await call(core, 'customs.list', { type: 'contract' })).rows).toHaveLength(1);
    const number = (await call(core, 'orders.get', { id: orderIds[1]! })).order.orderNumber;
    expect((await call(core, 'customs.list', { search: number })).rows.map((r) => r.type)).toEqual(['contract']);
    expect((await call(core, 'customs.list', { search: '%' })).total).toBe(0);
    // After a void, a new document of that kind may be created.
    expect(await create('invoice', [orderIds[0]!])).toBeGreaterThan(a);
  });

  it('previews and shows the page from the same template, escaped', async () => {
    const [orderId] = await packedOrders(core);
    await profile();
    const id = await create('invoice', [orderId!]);
    await editInvoice(id, (d) => (d.consignee.name = '<script>alert(1)</script> 李雷 مرحبا'));
    const preview = await call(core, 'customs.preview', { id });
    expect(preview.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 李雷 مرحبا');
    expect(preview.html).not.toContain('<script>');
    const shown = await call(core, 'customs.show', { id, lang: 'es' });
    expect(shown.url).toBeTruthy();
  });
});
