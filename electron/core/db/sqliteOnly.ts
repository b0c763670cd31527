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
