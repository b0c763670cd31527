// The few statements that only SQLite understands. Everything else goes through Kysely's
// portable builder, so the office edition on PostgreSQL replaces this file and little else.
import { type Kysely, sql } from 'kysely';

/** Connection settings: WAL for readers beside one writer, FULL sync so a commit survives power loss. */
export async function applyConnectionPragmas(db: Kysely<any>): Promise<void> {
  await sql`pragma journal_mode = wal`.execute(db);
  await sql`pragma synchronous = full`.execute(db);
  await sql`pragma foreign_keys = on`.execute(db);
  await sql`pragma busy_timeout = 5000`.execute(db);
}

/** The audit log is append-only: the database itself refuses edits and deletions. */
export async function makeAppendOnly(db: Kysely<any>, table: string): Promise<void> {
  await sql`create trigger ${sql.raw(`${table}_no_update`)} before update on ${sql.table(table)}
    begin select raise(abort, ${sql.lit(`${table} is append-only: rows cannot be changed`)}); end`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_no_delete`)} before delete on ${sql.table(table)}
    begin select raise(abort, ${sql.lit(`${table} is append-only: rows cannot be deleted`)}); end`.execute(db);
}

export async function quickCheck(db: Kysely<any>): Promise<string> {
  const rows = await sql<{ quick_check: string }>`pragma quick_check`.execute(db);
  return rows.rows.map((r) => r.quick_check).join('; ');
}

/** Set before anything else touches the file, so a second process holding a lock makes us wait, not fail. */
export async function waitWhenBusy(db: Kysely<any>, ms = 5000): Promise<void> {
  await sql`pragma busy_timeout = ${sql.lit(ms)}`.execute(db);
}

/** A consistent copy of the whole database in a new file (which must not exist yet). */
export async function vacuumInto(db: Kysely<any>, file: string): Promise<void> {
  await sql`vacuum into ${file}`.execute(db);
}

/** 'ok' or the problems found; reads every page, so it is for backups, not for each start. */
export async function integrityCheck(db: Kysely<any>): Promise<string> {
  const rows = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
  return rows.rows.map((r) => r.integrity_check).join('; ');
}

/** Tables holding rows whose parent row is missing (empty when every reference resolves). */
export async function foreignKeyProblems(db: Kysely<any>): Promise<string[]> {
  const rows = await sql<{ table: string }>`pragma foreign_key_check`.execute(db);
  return [...new Set(rows.rows.map((r) => r.table))];
}

/**
 * Leaves WAL mode, which checkpoints the log into the file. SQLite refuses (SQLITE_BUSY) while another
 * connection has the file open, which is exactly what a restore needs to know before swapping it.
 */
export async function leaveWalMode(db: Kysely<any>): Promise<void> {
  await waitWhenBusy(db, 500);
  try {
    await sql`pragma journal_mode = delete`.execute(db);
  } finally {
    await waitWhenBusy(db); // a refused restore leaves the handle in service, so give it its patience back
  }
}
