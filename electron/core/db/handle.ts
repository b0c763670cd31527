// Opening one SQLite file as a Kysely handle over npm sqlite3: read-write for the app's own
// connection, read-only for checks and backups that must never change the file they look at.
import { existsSync, rmSync, statSync } from 'node:fs';
import { Kysely } from 'kysely';
import sqlite3 from 'sqlite3';
import { Sqlite3Dialect } from './sqlite3Dialect';

export type OpenMode = 'readwrite' | 'readonly';

export function openRaw(file: string, mode: OpenMode): Promise<sqlite3.Database> {
  // Read-only never creates: a missing file is an error, not a new empty database.
  const flags = mode === 'readonly' ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, flags | sqlite3.OPEN_FULLMUTEX, (err) => (err ? reject(err) : resolve(db)));
  });
}

/**
 * Sees every statement a handle runs, as Kysely compiled it (`?` in the text, the values in
 * `parameters`), whether it succeeded or failed. For tests and diagnostics; see CoreOptions.onQuery.
 */
export type QueryObserver = (sql: string, parameters: readonly unknown[]) => void;

export async function openHandle<DB = unknown>(file: string, mode: OpenMode, onQuery?: QueryObserver): Promise<Kysely<DB>> {
  const dialect = new Sqlite3Dialect(await openRaw(file, mode));
  // Only when asked: without a logger Kysely does not time or report queries at all.
  return new Kysely<DB>(onQuery ? { dialect, log: (event) => onQuery(event.query.sql, event.query.parameters) } : { dialect });
}

/** SQLite's word for "these bytes are not (any more) a database", as opposed to "cannot reach the file". */
export function isDamageError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || /file is not a database|malformed/i.test(String((err as Error)?.message ?? err));
}

export const hasSidecars = (file: string) => existsSync(`${file}-wal`) || existsSync(`${file}-shm`);

/**
 * Reading a WAL-mode file, even read-only, creates an empty log and index beside it. For a damaged
 * file that nobody can use, remove them again (only ours: absent before, log still empty), so the
 * folder is left as it was found. Never for a sound file: another process may have just opened it.
 */
export function removeOwnSidecars(file: string, hadSidecars: boolean): void {
  if (hadSidecars || statSync(`${file}-wal`, { throwIfNoEntry: false })?.size !== 0) return;
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
}
