// Putting a backup back in place of the data file. The order matters: check the exact bytes that
// will be used, back up what is there now, make sure no one else has the file open, and only then
// swap the files with one rename, so at every moment the data file is either the old one or the new.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { QueryExecutorProvider } from 'kysely';
import { BACKUP_NAME_PATTERN } from '../../../shared/domain/backupName';
import type { BackupInfo, RestoreOutcome } from '../../../shared/api/types';
import { BackupError, backupsDir, createBackup, listBackups, syncDir, syncFile, verifyFile } from './backup';
import { hasSidecars, openHandle, removeOwnSidecars } from './handle';
import { MIGRATIONS } from './migrations';
import { applyConnectionPragmas, leaveWalMode, quickCheck } from './sqliteOnly';

/** An open database handle, whatever its tables: a restore only runs raw SQL on it and closes it. */
type Handle = QueryExecutorProvider & { destroy(): Promise<void> };

export interface RestoreOptions {
  dataFile: string;
  /** A name exactly as listBackups gives it. Anything else (a path, `..`) is refused. */
  name: string;
  /** The app's open handle on dataFile, or null when the app is not running on it (start-up). */
  current: Handle | null;
  closeCurrent: () => Promise<void>;
  reopen: () => Promise<void>;
  knownMigrations?: readonly string[];
  now?: Date;
}

/** The backup called `name`, or a BackupError: the name is checked before it touches the file system. */
export function findBackup(dataDir: string, name: unknown): BackupInfo {
  const bad = () =>
    new BackupError('backups.errors.badName', `"${String(name).slice(0, 100)}" is not the name of a backup. Choose one from the list of backups.`);
  if (typeof name !== 'string' || name.includes('/') || name.includes('\\') || name.includes('..') || name.includes('\0')) throw bad();
  if (!BACKUP_NAME_PATTERN.test(name)) throw bad();
  const dir = backupsDir(dataDir);
  if (!resolve(dir, name).startsWith(resolve(dir) + sep)) throw bad();
  const found = listBackups(dataDir).find((b) => b.name === name);
  if (!found) throw new BackupError('backups.errors.notFound', `The backup ${name} is no longer in ${dir}. Choose another one from the list.`, { name });
  return found;
}

/** Replaces `target` by `source` with a copy to a temporary file beside it and one rename. */
async function swapIn(source: string, target: string): Promise<void> {
  const temp = `${target}.restoring`;
  await copyFile(source, temp);
  await syncFile(temp);
  // The old connection is closed; its log and shared-memory files belong to the file being replaced.
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(temp, target);
  syncDir(dirname(target));
}

/** A damaged file is never deleted: it is kept aside in damaged/ for whoever tries to rescue it. */
async function setAsideDamaged(dataFile: string, now: Date): Promise<string> {
  const dir = join(dirname(dataFile), 'damaged');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `despacho-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
  await copyFile(dataFile, target);
  for (const side of ['-wal', '-shm']) if (existsSync(dataFile + side)) await copyFile(dataFile + side, target + side);
  await syncFile(target);
  return target;
}

async function isReadable(file: string): Promise<boolean> {
  const hadSidecars = hasSidecars(file);
  let db: Handle | undefined;
  let sound: boolean;
  try {
    db = await openHandle(file, 'readonly');
    sound = (await quickCheck(db)) === 'ok';
  } catch {
    sound = false;
  } finally {
    await db?.destroy().catch(() => undefined);
  }
  if (!sound) removeOwnSidecars(file, hadSidecars);
  return sound;
}

export async function restoreBackup(o: RestoreOptions): Promise<RestoreOutcome> {
  const dataDir = dirname(o.dataFile);
  const now = o.now ?? new Date();
  const chosen = findBackup(dataDir, o.name);
  const known = o.knownMigrations ?? Object.keys(MIGRATIONS);

  // Check the copy that will become the data file, not just the backup it came from.
  const candidate = join(dataDir, `${basename(o.dataFile)}.candidate`);
  await copyFile(join(backupsDir(dataDir), chosen.name), candidate);
  let preRestore: BackupInfo | null = null;
  try {
    const problem = await verifyFile(candidate, known);
    if (problem) {
      throw new BackupError(
        'backups.errors.damaged',
        `The backup ${chosen.name} cannot be used: ${problem}. Your current data was not changed. Choose an older backup.`,
        { name: chosen.name },
      );
    }

    // At start-up nothing is open: open the current file ourselves if it is sound, else keep it aside.
    let current = o.current;
    let closeCurrent = o.closeCurrent;
    if (!current && existsSync(o.dataFile) && statSync(o.dataFile).size > 0) {
      if (await isReadable(o.dataFile)) {
        const own = await openHandle(o.dataFile, 'readwrite');
        current = own;
        closeCurrent = async () => {
          await own.destroy();
          await o.closeCurrent();
        };
      } else {
        await setAsideDamaged(o.dataFile, now);
      }
    }
    if (current) {
      // Any failure here (file in use, disk full) stops the restore with the current data untouched.
      try {
        await leaveWalMode(current);
      } catch (err) {
        if (current !== o.current) await current.destroy().catch(() => undefined);
        throw new BackupError(
          'backups.errors.inUse',
          `The data file is open in another Despacho window or in the browser harness (${(err as Error).message}). Close the other one, then restore again. Nothing was changed.`,
        );
      }
      try {
        preRestore = await createBackup(current, o.dataFile, 'pre-restore', { now });
      } catch (err) {
        // The app goes on with this handle: give it back its WAL mode and settings.
        await applyConnectionPragmas(current).catch(() => undefined);
        if (current !== o.current) await current.destroy().catch(() => undefined);
        throw err;
      }
    }
    await closeCurrent();
    await swapIn(candidate, o.dataFile);
  } finally {
    rmSync(candidate, { force: true });
  }

  try {
    await o.reopen();
  } catch (err) {
    // The backup verified but this version cannot open it: put the data of a moment ago back.
    if (preRestore) {
      await swapIn(join(backupsDir(dataDir), preRestore.name), o.dataFile);
      await o.reopen();
    }
    throw new BackupError(
      'backups.errors.reopenFailed',
      `The backup ${chosen.name} could not be opened after restoring it (${(err as Error).message}). ${preRestore ? 'Your data of just before was put back.' : ''}`.trim(),
      { name: chosen.name },
    );
  }
  return { restored: chosen, preRestore };
}
