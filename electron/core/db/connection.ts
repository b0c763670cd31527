// Opens the app's SQLite file through npm sqlite3 and Kysely, applies the connection settings
// and brings the schema up to date. Nothing here imports Electron.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, type Migration, Migrator } from 'kysely';
import sqlite3 from 'sqlite3';
import { InCodeMigrationProvider, MIGRATIONS } from './migrations';
import type { DB } from './schema';
import { applyConnectionPragmas } from './sqliteOnly';
import { Sqlite3Dialect } from './sqlite3Dialect';

export class DatabaseOpenError extends Error {
  constructor(
    message: string,
    readonly userMessage: string,
  ) {
    super(message);
  }
}

function openRaw(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE | sqlite3.OPEN_FULLMUTEX, (err) =>
      err ? reject(err) : resolve(db),
    );
  });
}

export async function openDatabase(file: string, opts: { migrations?: Record<string, Migration> } = {}): Promise<Kysely<DB>> {
  mkdirSync(dirname(file), { recursive: true });
  let raw: sqlite3.Database;
  try {
    raw = await openRaw(file);
  } catch (err) {
    throw new DatabaseOpenError(String(err), `The data file ${file} could not be opened (${(err as Error).message}). Check that the folder exists and that you may write to it.`);
  }
  const db = new Kysely<DB>({ dialect: new Sqlite3Dialect(raw) });
  try {
    await applyConnectionPragmas(db);
    await migrate(db, opts.migrations ?? MIGRATIONS);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}

/** Runs pending migrations in one transaction: a failure leaves the file exactly as it was. */
export async function migrate(db: Kysely<DB>, migrations: Record<string, Migration>): Promise<void> {
  const migrator = new Migrator({ db, provider: new InCodeMigrationProvider(migrations) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new DatabaseOpenError(
      `Migration ${failed} failed: ${String(error)}`,
      `Despacho could not update its data file to this version (step "${failed}" failed: ${(error as Error).message ?? error}). Nothing was changed. Install the previous version or contact support with this message.`,
    );
  }
}
