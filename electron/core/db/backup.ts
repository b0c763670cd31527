// Backups of the data file: made with VACUUM INTO under a temporary name, verified, and only then
// given their real name, so a file in the backups folder is always a complete, checked copy.
// Rotation keeps a fixed number per reason. Nothing here imports Electron.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Kysely, QueryExecutorProvider } from 'kysely';
import { BACKUP_REASONS, type BackupReason, backupName, parseBackupName } from '../../../shared/domain/backupName';
import type { BackupInfo } from '../../../shared/api/types';
import { AppError } from '../api/errors';
import { openHandle } from './handle';
import { foreignKeyProblems, integrityCheck, vacuumInto } from './sqliteOnly';

/** How many of each kind survive rotation. Manual ones are the user's own decision, so the most. */
export const KEEP: Record<BackupReason, number> = { daily: 7, 'pre-migration': 5, manual: 10, 'pre-restore': 5 };

const PARTIAL = '.partial';
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export const backupsDir = (dataDir: string) => join(dataDir, 'backups');

export class BackupError extends AppError {}

/** fsync a file, then its folder: a rename is only durable once the folder entry is on disk. */
export async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  }
}

/**
 * Checks a copy of the data file without changing it: null when it is sound, else what is wrong.
 * Sound means SQLite finds no damage, every reference resolves, and it is a Despacho file whose
 * schema steps are all known to this version (`knownMigrations`, when given).
 */
export async function verifyFile(file: string, knownMigrations?: readonly string[]): Promise<string | null> {
  if (!existsSync(file)) return 'the file does not exist';
  if (statSync(file).size === 0) return 'the file is empty';
  // Only the migrations table is read by name; the rest are raw checks that work on any schema.
  let db: Kysely<{ kysely_migration: { name: string } }> | undefined;
  try {
    db = await openHandle(file, 'readonly');
    const integrity = await integrityCheck(db);
    if (integrity !== 'ok') return `SQLite integrity check: ${integrity.slice(0, 300)}`;
    const orphans = await foreignKeyProblems(db);
    if (orphans.length > 0) return `rows point at missing rows in: ${orphans.join(', ')}`;
    let steps: string[];
    try {
      steps = (await db.selectFrom('kysely_migration').select('name').execute()).map((r) => String(r.name));
    } catch {
      return 'it is not a Despacho data file';
    }
    const unknown = knownMigrations ? steps.filter((s) => !knownMigrations.includes(s)) : [];
    if (unknown.length > 0) return `it was written by a newer version of Despacho (${unknown.join(', ')})`;
    return null;
  } catch (err) {
    return (err as Error).message ?? String(err);
  } finally {
    await db?.destroy().catch(() => undefined);
  }
}

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  const found: (BackupInfo & { seq: number; mtime: number })[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const st = statSync(join(dir, name), { throwIfNoEntry: false });
    if (!st?.isFile()) continue;
    found.push({ name, reason: parsed.reason, createdAt: parsed.createdAt, size: st.size, seq: parsed.seq, mtime: st.mtimeMs });
  }
  found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.seq - a.seq || b.mtime - a.mtime);
  return found.map(({ name, reason, createdAt, size }) => ({ name, reason, createdAt, size }));
}

/** The newest backup that still verifies, for a start-up that found the data file damaged. */
export async function latestGoodBackup(dataDir: string): Promise<BackupInfo | null> {
  for (const b of listBackups(dataDir)) {
    if ((await verifyFile(join(backupsDir(dataDir), b.name))) === null) return b;
  }
  return null;
}

/**
 * Deletes backups beyond KEEP for each reason, oldest first. `keep` is the backup just made and
 * verified: it is never deleted, so rotation can never leave the folder without a good copy.
 */
export function rotateBackups(dataDir: string, keep: string): string[] {
  const removed: string[] = [];
  const all = listBackups(dataDir);
  for (const reason of BACKUP_REASONS) {
    const extra = all.filter((b) => b.reason === reason).slice(KEEP[reason]);
    for (const b of extra) {
      if (b.name === keep) continue;
      rmSync(join(backupsDir(dataDir), b.name), { force: true });
      removed.push(b.name);
    }
  }
  return removed;
}

function removeStalePartials(dir: string, now: number): void {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(PARTIAL)) continue;
    const st = statSync(join(dir, name), { throwIfNoEntry: false });
    // Only old ones: a fresh one may belong to the other process sharing this folder.
    if (st && now - st.mtimeMs > STALE_PARTIAL_MS) rmSync(join(dir, name), { force: true });
  }
}

// One backup at a time in this process: two in the same second must not pick the same name.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Copies the database behind `db` (the data file `dataFile`) into the backups folder and verifies
 * the copy. Throws a BackupError, leaving no file behind, when the copy cannot be made or is not sound.
 */
export function createBackup(db: QueryExecutorProvider, dataFile: string, reason: BackupReason, opts: { now?: Date } = {}): Promise<BackupInfo> {
  const run = queue.then(() => writeBackup(db, dataFile, reason, opts.now ?? new Date()));
  queue = run.catch(() => undefined);
  return run;
}

async function writeBackup(db: QueryExecutorProvider, dataFile: string, reason: BackupReason, at: Date): Promise<BackupInfo> {
  const dataDir = dirname(dataFile);
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  removeStalePartials(dir, Date.now());
  let seq = 0;
  while (existsSync(join(dir, backupName(at, reason, seq)))) seq++;
  const name = backupName(at, reason, seq);
  const final = join(dir, name);
  const temp = `${final}.${randomBytes(4).toString('hex')}${PARTIAL}`;
  try {
    await vacuumInto(db, temp);
    await syncFile(temp);
    const problem = await verifyFile(temp);
    if (problem) throw new Error(`the copy did not pass its check: ${problem}`);
    renameSync(temp, final);
    syncDir(dir);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new BackupError(
      'backups.errors.createFailed',
      `The backup could not be made (${(err as Error).message ?? err}). Your data file was not changed. Check that the disk has free space and that ${dir} may be written to, then try again.`,
      { folder: dir },
    );
  }
  rotateBackups(dataDir, name);
  const info = listBackups(dataDir).find((b) => b.name === name);
  if (!info) throw new BackupError('backups.errors.createFailed', `The backup ${name} disappeared right after it was made.`, { folder: dir });
  return info;
}
