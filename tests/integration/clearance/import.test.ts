// Importing customs outcomes from a file, all or nothing: a bad row reports its row and column and
// nothing is recorded; a good file records every row, in order (a hold, then its release).
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { call, refusal, startCore, tempRoot } from '../support/core';
import { type Booked, bookedOrders } from './bookedOrders';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

async function world(): Promise<{ core: CoreApp; booked: Booked[] }> {
  const core = await startCore(tmp.next(), { now: () => new Date('2026-12-05T12:00:00.000Z') });
  return { core, booked: await bookedOrders(core, 2) };
}

async function dump(core: CoreApp): Promise<string> {
  const out: unknown[] = [];
  for (const t of ['clearance_outcomes', 'orders', 'audit_log', 'shipments', 'returns'])
    out.push((await sql`select * from ${sql.table(t)} order by 1`.execute(core.db)).rows);
  return JSON.stringify(out);
}

const status = async (core: CoreApp, id: number) => (await call(core, 'orders.get', { id })).status;

describe('importing outcomes', () => {
  it('a file with one bad row reports it by row and column and records nothing', async () => {
    const { core, booked } = await world();
    const [a, b] = booked as [Booked, Booked];
    const text = [
      'Declaration reference;Outcome;Date;Note;Requested;Due date',
      `${a.reference};retenido;02/12/2026;;Factura firmada;04/12/2026`,
      `${b.declarationNumber};levante;2026-12-02;;;`,
      `${a.reference};levante;2026-12-03;;;`,
      `NOPE-1;released;2026-12-03;;;`,
      `${b.reference};maybe;2026-12-03;;;`,
      `${a.reference};held;2026-12-04;;;`,
    ].join('\n');
    const preview = await call(core, 'clearance.importPreview', { fileName: 'aduana.csv', text });
    expect(preview.rowCount).toBe(6);
    expect(preview.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [5, 'Declaration reference', 'clearance.import.unknownReference'],
      [6, 'Outcome', 'clearance.import.unknownOutcome'],
      // A hold needs what was requested and the due date: the file has the columns, the row leaves them empty.
      [7, 'Requested', 'clearance.validation.requestedRequired'],
      [7, 'Due date', 'clearance.validation.dueDateRequired'],
    ]);
    expect(preview.errorCount).toBe(4);
    expect(preview.rows.map((r) => [r.row, r.outcome, r.filingId])).toEqual([
      [2, 'held', a.filingId],
      [3, 'released', b.filingId],
      [4, 'released', a.filingId],
    ]);
    const before = await dump(core);
    const refused = await refusal(core, 'clearance.importCommit', { fileName: 'aduana.csv', text });
    expect(refused).toMatchObject({ code: 'clearanceErrors.importHasErrors', params: { errorCount: 4 } });
    expect(await dump(core)).toBe(before);
  });

  it('an outcome the earlier rows made impossible is reported on its row (released, then rejected)', async () => {
    const { core, booked } = await world();
    const [a] = booked as [Booked];
    const text = ['reference,outcome,date,note', `${a.reference},released,2026-12-02,`, `${a.reference},rejected,2026-12-03,Embargo`].join('\n');
    const preview = await call(core, 'clearance.importPreview', { fileName: 'x.csv', text });
    expect(preview.errors).toEqual([
      { row: 3, column: 'outcome', code: 'clearanceErrors.alreadyDecided', params: expect.objectContaining({ status: 'cleared' }) },
    ]);
    const before = await dump(core);
    await refusal(core, 'clearance.importCommit', { fileName: 'x.csv', text });
    expect(await dump(core)).toBe(before);
  });

  it('a good file records every row in order, as imported', async () => {
    const { core, booked } = await world();
    const [a, b] = booked as [Booked, Booked];
    const text = [
      'Referencia,Resultado,Fecha,Nota,Plazo',
      `${a.reference},Retenido,2026-12-02,Inspección física,2026-12-04`,
      `${a.reference},Levante,2026-12-03,,`,
      `${b.declarationNumber},Rechazado,2026-12-03,Mercancía prohibida,`,
    ].join('\n');
    const preview = await call(core, 'clearance.importPreview', { fileName: 'ok.csv', text });
    expect(preview.errors).toEqual([]);
    expect(await call(core, 'clearance.importCommit', { fileName: 'ok.csv', text })).toEqual({ recorded: 3, filings: 2 });
    expect(await status(core, a.orderId)).toBe('cleared');
    expect(await status(core, b.orderId)).toBe('rejected');
    const { outcomes } = await call(core, 'clearance.ofOrder', { orderId: a.orderId });
    expect(outcomes.map((o) => [o.outcome, o.source, o.requested, o.dueDate])).toEqual([
      ['released', 'import', '', null],
      ['held', 'import', 'Inspección física', '2026-12-04'],
    ]);
    const rejected = (await call(core, 'clearance.ofOrder', { orderId: b.orderId })).outcomes[0]!;
    expect(rejected.reason).toBe('Mercancía prohibida');
  });

  it('a file without the required columns says which', async () => {
    const { core } = await world();
    const preview = await call(core, 'clearance.importPreview', { fileName: 'x.csv', text: 'reference,comment\nX,y' });
    expect(preview.missingFields).toEqual(['outcome', 'date']);
    expect(preview.errors.map((e) => [e.row, e.code])).toEqual([
      [1, 'clearance.import.missingColumn'],
      [1, 'clearance.import.missingColumn'],
    ]);
  });
});
