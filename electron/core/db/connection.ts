// Opens the app's SQLite file through npm sqlite3 and Kysely: checks it is sound, applies the
// connection settings, backs it up before a schema change and brings the schema up to date.
// Nothing here imports Electron.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Kysely, type Migration, Migrator } from 'kysely';
import type { BackupInfo } from '../../../shared/api/types';
import { StartupError } from '../startupError';
import { createBackup, latestGoodBackup } from './backup';
import { hasSidecars, isDamageError, openHandle, type QueryObserver, removeOwnSidecars } from './handle';
import { InCodeMigrationProvider, MIGRATIONS } from './migrations';
import type { DB } from './schema';
import { applyConnectionPragmas, quickCheck, waitWhenBusy } from './sqliteOnly';

export class DatabaseOpenError extends StartupError {}

/** The data file failed SQLite's check or is not a database. It was not used and not changed. */
export class DamagedDatabaseError extends DatabaseOpenError {
  constructor(
    readonly file: string,
    readonly detail: string,
    /** The newest backup that verified, to offer instead; null when there is none. */
    readonly latestBackup: BackupInfo | null,
  ) {
    super(
      `Data file ${file} is damaged: ${detail}`,
      `The data file ${file} is damaged, so Despacho did not use it and did not change it. ` +
        (latestBackup
          ? `The latest good backup is ${latestBackup.name}, made ${latestBackup.createdAt.replace('T', ' ').replace('Z', ' UTC')}.`
          : 'No good backup was found. Keep the file and contact support.') +
        ` (Technical detail: ${detail})`,
    );
  }
}

export interface OpenOptions {
  migrations?: Record<string, Migration>;
  /** The clock for backup names; tests pass a fixed moment. */
  now?: () => Date;
  /** Sees every statement run on the returned handle (not the start-up checks before it). */
  onQuery?: QueryObserver;
}

/**
 * pragma quick_check on a read-only connection, before anything writes: a damaged file must come
 * out of this exactly as it went in (a read-write close could checkpoint a log into it).
 */
async function checkSound(file: string): Promise<void> {
  if (!existsSync(file) || statSync(file).size === 0) return; // a new data file
  const hadSidecars = hasSidecars(file);
  let detail: string | null = null;
  // Any schema: this only runs pragmas on a file that may be at any version.
  let db: Kysely<unknown> | undefined;
  try {
    db = await openHandle(file, 'readonly');
    await waitWhenBusy(db);
    const result = await quickCheck(db);
    if (result !== 'ok') detail = `SQLite check: ${result.slice(0, 300)}`;
  } catch (err) {
    if (!isDamageError(err)) {
      throw new DatabaseOpenError(
        String(err),
        `The data file ${file} could not be read (${(err as Error).message}). Check that the disk is connected and that you may read the file.`,
      );
    }
    detail = (err as Error).message;
  } finally {
    await db?.destroy().catch(() => undefined);
  }
  if (detail === null) return;
  removeOwnSidecars(file, hadSidecars);
  throw new DamagedDatabaseError(file, detail, await latestGoodBackup(dirname(file)));
}

export async function openDatabase(file: string, opts: OpenOptions = {}): Promise<Kysely<DB>> {
  mkdirSync(dirname(file), { recursive: true });
  await checkSound(file);
  let db: Kysely<DB>;
  try {
    db = await openHandle<DB>(file, 'readwrite', opts.onQuery);
  } catch (err) {
    throw new DatabaseOpenError(
      String(err),
      `The data file ${file} could not be opened (${(err as Error).message}). Check that the folder exists and that you may write to it.`,
    );
  }
  try {
    await applyConnectionPragmas(db);
    const migrations = opts.migrations ?? MIGRATIONS;
    await backupBeforeMigrating(db, file, migrations, opts.now?.() ?? new Date());
    await migrate(db, migrations);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}

/** A file that already holds data gets a 'pre-migration' backup before any pending step runs. */
async function backupBeforeMigrating(db: Kysely<DB>, file: string, migrations: Record<string, Migration>, now: Date): Promise<void> {
  const steps = await new Migrator({ db, provider: new InCodeMigrationProvider(migrations) }).getMigrations();
  const hasData = steps.some((s) => s.executedAt !== undefined);
  if (!hasData || steps.every((s) => s.executedAt !== undefined)) return;
  try {
    await createBackup(db, file, 'pre-migration', { now });
  } catch (err) {
    throw new DatabaseOpenError(
      `Pre-migration backup failed: ${(err as Error).message}`,
      `Despacho must update its data file to this version, but could not first make a backup of it (${(err as Error).message}). Nothing was changed. Free some disk space and start again.`,
    );
  }
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
