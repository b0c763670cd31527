// Filing a selection of orders' declarations with one office at one moment: each order on its own,
// an order not ready to declare left as it was with why, a second run refused without writing.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { readyOrders } from '../flow/readyOrders';
import { call, startCore, tempRoot } from '../support/core';

const tmp = tempRoot();
let core: CoreApp;
let ready: number[];
let declaredAlready: number;
const FILED_AT = '2026-12-04T08:15:00.000Z';
const count = async (table: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(core.db)).rows[0]!.n);
const statusOf = async (id: number) => (await call(core, 'orders.get', { id })).status;

beforeAll(async () => {
  core = await startCore(tmp.next());
  const { orderIds, declarationOf } = await readyOrders(core, { orders: 3 });
  ready = orderIds.slice(0, 2);
  declaredAlready = orderIds[2]!;
  await call(core, 'filing.file', { declarationId: declarationOf.get(declaredAlready)!, office: 'ES280101', filedAt: FILED_AT });
}, 120_000);
afterAll(async () => {
  await core?.close();
  tmp.cleanup();
});

describe('filing a selection of orders', () => {
  it('files each ready order with the office and moment given, and leaves the declared one as it was, saying why', async () => {
    const result = await call(core, 'filing.fileOrders', { orderIds: [ready[0]!, declaredAlready, ready[1]!], office: 'ES004611', filedAt: FILED_AT });
    expect(result.filed.map((f) => f.orderIds)).toEqual([[ready[0]], [ready[1]]]);
    expect(result.refused).toEqual([expect.objectContaining({ orderId: declaredAlready, code: 'filingErrors.orderNotReady' })]);
    for (const id of ready) expect(await statusOf(id)).toBe('declared');
    for (const { filingId } of result.filed)
      expect(await call(core, 'filing.get', { id: filingId })).toMatchObject({ office: 'ES004611', filedAt: FILED_AT, status: 'filed' });
    const older = await call(core, 'filing.ofOrder', { orderId: declaredAlready });
    expect(older.live).toMatchObject({ office: 'ES280101', version: 1 });
  });

  it('refuses the same selection again and files nothing twice', async () => {
    const filings = await count('declaration_filings');
    const again = await call(core, 'filing.fileOrders', { orderIds: ready, office: 'ES004611', filedAt: FILED_AT });
    expect(again.filed).toEqual([]);
    expect(again.refused.map((r) => r.orderId)).toEqual(ready);
    expect(await count('declaration_filings')).toBe(filings);
  });
});
