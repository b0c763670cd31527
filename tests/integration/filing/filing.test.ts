// Step 4 through the real core: filing declares the orders, the snapshot is frozen, the reference
// is set once, and a corrected version is filed as a new filing that replaces the one before.
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { readyOrders } from '../flow/readyOrders';
import { call, refusal, startCore, tempRoot } from '../support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next(), { now: () => new Date('2026-12-04T10:00:00.000Z') });
});
afterEach(async () => {
  await core.close();
});

const FILED_AT = '2026-12-04T09:30:00.000Z';

describe('filing a declaration', () => {
  it('declares the order, freezes the snapshot, sets the reference once and files a correction', async () => {
    const { orderIds, declarationOf } = await readyOrders(core);
    const orderId = orderIds[0]!;
    const declarationId = declarationOf.get(orderId)!;

    const { filingId } = await call(core, 'filing.file', { declarationId, office: 'ES004611', filedAt: FILED_AT });
    expect((await call(core, 'orders.get', { id: orderId })).status).toBe('declared');

    const filing = await call(core, 'filing.get', { id: filingId });
    expect(filing).toMatchObject({ status: 'filed', version: 1, office: 'ES004611', reference: '', orderIds: [orderId] });
    const row = await core.db.selectFrom('declaration_filings').select('snapshot').where('id', '=', filingId).executeTakeFirstOrThrow();
    const snapshot = JSON.parse(row.snapshot) as { documents: { id: number; data: unknown }[] };
    for (const doc of snapshot.documents) {
      const stored = await core.db.selectFrom('customs_documents').select(['data', 'status']).where('id', '=', doc.id).executeTakeFirstOrThrow();
      expect(stored.status).toBe('final');
      expect(doc.data).toEqual(JSON.parse(stored.data));
    }
    await expect(sql`update declaration_filings set snapshot = '{}' where id = ${filingId}`.execute(core.db)).rejects.toThrow(/cannot change/);

    // Filed once: the same version again is refused and nothing changes.
    const before = await core.db.selectFrom('declaration_filings').selectAll().execute();
    expect((await refusal(core, 'filing.file', { declarationId, office: 'ES004611', filedAt: FILED_AT })).code).toBe('filingErrors.alreadyFiled');
    expect(await core.db.selectFrom('declaration_filings').selectAll().execute()).toEqual(before);

    await call(core, 'filing.setReference', { filingId, reference: '26ES00461100000001' });
    expect((await refusal(core, 'filing.setReference', { filingId, reference: 'OTHER1' })).code).toBe('filingErrors.referenceSet');
    await expect(sql`update declaration_filings set reference = 'X' where id = ${filingId}`.execute(core.db)).rejects.toThrow(/set once/);

    // The correction: amend, finalise version 2, file it again.
    const { id: v2 } = await call(core, 'customs.amend', { id: declarationId });
    const check = await call(core, 'customs.check', { id: v2 });
    const overrides = check.problems.filter((p) => p.overridable).map((p) => ({ key: p.key, reason: 'checked' }));
    await call(core, 'customs.finalise', { id: v2, revision: (await call(core, 'customs.get', { id: v2 })).revision, overrides });
    const ofOrder = await call(core, 'filing.ofOrder', { orderId });
    expect(ofOrder.fileable).toMatchObject({ id: v2, correction: true });
    const second = await call(core, 'filing.file', { declarationId: v2, office: 'ES004611', filedAt: FILED_AT });
    const corrected = await call(core, 'filing.get', { id: second.filingId });
    expect(corrected).toMatchObject({ version: 2, replacesId: filingId, status: 'filed' });
    expect(corrected.chain.map((c) => c.status)).toEqual(['replaced', 'filed']);
    expect((await call(core, 'orders.get', { id: orderId })).status).toBe('declared');

    // Printed as filed: version 1 still shows its own snapshot with the banner.
    const shown = await call(core, 'filing.show', { id: filingId });
    expect(shown.title).toContain('As filed with customs ES004611');
    expect(shown.title).toContain('26ES00461100000001');
    expect((await call(core, 'filing.list', { search: '26ES004' })).total).toBe(1);
    // The correction waits for its reference; the replaced version, which had one, is not listed.
    const awaiting = await call(core, 'filing.list', { awaitingReference: true });
    expect(awaiting.rows.map((r) => r.id)).toEqual([second.filingId]);
    await call(core, 'filing.setReference', { filingId: second.filingId, reference: '26ES00461100000002' });
    expect((await call(core, 'filing.list', { awaitingReference: true })).total).toBe(0);
  });
});
