// The few statements that only SQLite understands. Everything else goes through Kysely's
// portable builder, so the office edition on PostgreSQL replaces this file and little else.
// Raw SQL only, so each function takes anything that runs SQL: a handle on any schema (the app's,
// a migration's, a backup's) or a transaction.
import { type QueryExecutorProvider, type RawBuilder, sql } from 'kysely';

/** Connection settings: WAL for readers beside one writer, FULL sync so a commit survives power loss. */
export async function applyConnectionPragmas(db: QueryExecutorProvider): Promise<void> {
  await sql`pragma journal_mode = wal`.execute(db);
  await sql`pragma synchronous = full`.execute(db);
  await sql`pragma foreign_keys = on`.execute(db);
  await sql`pragma busy_timeout = 5000`.execute(db);
}

/** The audit log is append-only: the database itself refuses edits and deletions. */
export async function makeAppendOnly(db: QueryExecutorProvider, table: string): Promise<void> {
  await sql`create trigger ${sql.raw(`${table}_no_update`)} before update on ${sql.table(table)}
    begin select raise(abort, ${sql.lit(`${table} is append-only: rows cannot be changed`)}); end`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_no_delete`)} before delete on ${sql.table(table)}
    begin select raise(abort, ${sql.lit(`${table} is append-only: rows cannot be deleted`)}); end`.execute(db);
}

export async function quickCheck(db: QueryExecutorProvider): Promise<string> {
  const rows = await sql<{ quick_check: string }>`pragma quick_check`.execute(db);
  return rows.rows.map((r) => r.quick_check).join('; ');
}

/** Set before anything else touches the file, so a second process holding a lock makes us wait, not fail. */
export async function waitWhenBusy(db: QueryExecutorProvider, ms = 5000): Promise<void> {
  await sql`pragma busy_timeout = ${sql.lit(ms)}`.execute(db);
}

/** A consistent copy of the whole database in a new file (which must not exist yet). */
export async function vacuumInto(db: QueryExecutorProvider, file: string): Promise<void> {
  await sql`vacuum into ${file}`.execute(db);
}

/** 'ok' or the problems found; reads every page, so it is for backups, not for each start. */
export async function integrityCheck(db: QueryExecutorProvider): Promise<string> {
  const rows = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
  return rows.rows.map((r) => r.integrity_check).join('; ');
}

/** Tables holding rows whose parent row is missing (empty when every reference resolves). */
export async function foreignKeyProblems(db: QueryExecutorProvider): Promise<string[]> {
  const rows = await sql<{ table: string }>`pragma foreign_key_check`.execute(db);
  return [...new Set(rows.rows.map((r) => r.table))];
}

/**
 * Leaves WAL mode, which checkpoints the log into the file. SQLite refuses (SQLITE_BUSY) while another
 * connection has the file open, which is exactly what a restore needs to know before swapping it.
 */
export async function leaveWalMode(db: QueryExecutorProvider): Promise<void> {
  await waitWhenBusy(db, 500);
  try {
    await sql`pragma journal_mode = delete`.execute(db);
  } finally {
    await waitWhenBusy(db); // a refused restore leaves the handle in service, so give it its patience back
  }
}

/**
 * Substring search over order number and consignee, kept in an FTS5 trigram index so a search in
 * 100,000 orders reads only the matching rows. Updates and deletes are mirrored by triggers; new
 * orders are added in bulk by `indexOrdersForSearch` (one statement per import chunk, far cheaper
 * than a trigger per row).
 */
export async function createOrderSearch(db: QueryExecutorProvider): Promise<void> {
  await sql`create virtual table orders_search using fts5(order_number, consignee_name, consignee_company,
    content='orders', content_rowid='id', tokenize='trigram')`.execute(db);
  await sql`create trigger orders_search_delete after delete on orders begin
    insert into orders_search(orders_search, rowid, order_number, consignee_name, consignee_company)
    values ('delete', old.id, old.order_number, old.consignee_name, old.consignee_company); end`.execute(db);
  await sql`create trigger orders_search_update after update of order_number, consignee_name, consignee_company on orders begin
    insert into orders_search(orders_search, rowid, order_number, consignee_name, consignee_company)
    values ('delete', old.id, old.order_number, old.consignee_name, old.consignee_company);
    insert into orders_search(rowid, order_number, consignee_name, consignee_company)
    values (new.id, new.order_number, new.consignee_name, new.consignee_company); end`.execute(db);
  await sql`insert into orders_search(orders_search) values ('rebuild')`.execute(db);
  // Sorting by amount and by name without sorting the whole table each time.
  await sql`create index orders_total_sort on orders(cast(total as real), id)`.execute(db);
  await sql`create index orders_name_sort on orders(consignee_name collate nocase, id)`.execute(db);
}

export async function indexOrdersForSearch(db: QueryExecutorProvider, fromId: number, toId: number): Promise<void> {
  await sql`insert into orders_search(rowid, order_number, consignee_name, consignee_company)
    select id, order_number, consignee_name, consignee_company from orders where id between ${fromId} and ${toId}`.execute(db);
}

/** The match expression for a literal substring (3+ characters): one quoted FTS5 phrase. */
export function orderSearchMatch(term: string): RawBuilder<boolean> {
  return sql<boolean>`id in (select rowid from orders_search where orders_search match ${`"${term.replace(/"/g, '""')}"`})`;
}
