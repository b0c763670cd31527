// The baseline: the same rows inserted with plain npm sqlite3 prepared statements, one run per
// row, in one transaction, on a database with the app's schema and connection settings.
import sqlite3 from 'sqlite3';
import { openDatabase } from '../../electron/core/db/connection';
import type { NewAuditRow } from '../../electron/core/audit/tables';
import type { NewOrderLineRow, NewOrderRow } from '../../electron/core/orders/tables';
import { now } from './stats';

export interface PlainRows {
  importRow: Record<string, unknown>;
  orders: (NewOrderRow & { id: number })[];
  lines: NewOrderLineRow[][];
  /** Only inserted when the caller asks for the like-for-like run (the app writes one per order). */
  audit: NewAuditRow[];
}

function call(fn: (cb: (err: Error | null) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => fn((err) => (err ? reject(err) : resolve())));
}

function insertSql(table: string, columns: string[]): string {
  return `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`;
}

/** Creates the schema through our migrations, then reopens the file raw with the same pragmas. */
export async function createPlainDb(file: string): Promise<sqlite3.Database> {
  const kdb = await openDatabase(file);
  await kdb.destroy();
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (err) => (err ? reject(err) : resolve(d)));
  });
  for (const p of ['journal_mode = wal', 'synchronous = full', 'foreign_keys = on', 'busy_timeout = 5000']) {
    await call((cb) => db.run(`pragma ${p}`, cb));
  }
  return db;
}

/** Queues one run per parameter array on the statement and resolves when the last has run. */
function runAll(stmt: sqlite3.Statement, params: unknown[][], onErr: (err: Error | null) => void): Promise<void> {
  if (params.length === 0) return Promise.resolve();
  for (let i = 0; i < params.length - 1; i++) stmt.run(params[i]!, onErr);
  // A statement runs its queue in order, so the last callback comes after all the others.
  return call((cb) => stmt.run(params[params.length - 1]!, cb));
}

/**
 * BEGIN; one prepared INSERT per table, run once per row; COMMIT. Runs are queued a window of
 * orders at a time: that window's orders, then their lines (which reference them), then audit
 * rows. Returns elapsed ms; the parameter arrays are built before the clock starts.
 */
export async function plainInsert(db: sqlite3.Database, rows: PlainRows, opts: { withAudit: boolean; window?: number }): Promise<number> {
  const window = opts.window ?? 2000;
  const orderCols = Object.keys(rows.orders[0]!);
  const lineCols = Object.keys(rows.lines[0]![0]!);
  const auditCols = Object.keys(rows.audit[0]!);
  const importCols = Object.keys(rows.importRow);
  const values = (cols: string[]) => (r: object) => cols.map((c) => (r as Record<string, unknown>)[c]);
  const orderParams = rows.orders.map(values(orderCols));
  const lineParams = rows.lines.map((ls) => ls.map(values(lineCols)));
  const auditParams = opts.withAudit ? rows.audit.map(values(auditCols)) : [];

  const t0 = now();
  await call((cb) => db.run('begin', cb));
  await call((cb) =>
    db.run(
      insertSql('imports', importCols),
      importCols.map((c) => rows.importRow[c]),
      cb,
    ),
  );
  const so = db.prepare(insertSql('orders', orderCols));
  const sl = db.prepare(insertSql('order_lines', lineCols));
  const sa = opts.withAudit ? db.prepare(insertSql('audit_log', auditCols)) : undefined;
  let failure: Error | null = null;
  const onErr = (err: Error | null) => {
    if (err && !failure) failure = err;
  };
  try {
    for (let i = 0; i < orderParams.length; i += window) {
      await runAll(so, orderParams.slice(i, i + window), onErr);
      await runAll(sl, lineParams.slice(i, i + window).flat(), onErr);
      if (sa) await runAll(sa, auditParams.slice(i, i + window), onErr);
      if (failure) throw failure;
    }
  } catch (err) {
    failure = err as Error;
  }
  await call((cb) => so.finalize(cb));
  await call((cb) => sl.finalize(cb));
  if (sa) await call((cb) => sa.finalize(cb));
  if (failure) {
    await call((cb) => db.run('rollback', cb));
    throw failure;
  }
  await call((cb) => db.run('commit', cb));
  return now() - t0;
}
