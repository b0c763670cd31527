import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Migration, type QueryExecutorProvider, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { DamagedDatabaseError, type CoreApp, dailyBackupIfDue, restoreBeforeOpen, StartupError } from '../../electron/core/app';
import { backupsDir, createBackup, KEEP, listBackups, verifyFile } from '../../electron/core/db/backup';
import { openDatabase } from '../../electron/core/db/connection';
import { openHandle } from '../../electron/core/db/handle';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { findBackup } from '../../electron/core/db/restore';
import { BACKUP_REASONS } from '../../shared/domain/backupName';
import { DATA_TABLES } from '../../shared/api/commands';
import { cleanOrder } from '../unit/support/orders';
import { call, counts, recordEvents, refusal, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

const T0 = new Date('2026-11-26T09:00:00Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3600_000);
/** A fixed clock: every test says what time it is, so no assertion depends on the real one. */
const at = (d: Date) => () => d;

async function ordersChecksum(db: QueryExecutorProvider): Promise<string> {
  const rows = await sql`select * from orders order by id`.execute(db);
  return createHash('sha256').update(JSON.stringify(rows.rows)).digest('hex');
}

async function withFile<T>(file: string, fn: (db: QueryExecutorProvider) => Promise<T>): Promise<T> {
  const db = await openHandle(file, 'readonly');
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

async function coreWithOrders(dir: string, n: number, first = 1, now = T0): Promise<CoreApp> {
  const core = await startCore(dir, { now: at(now) });
  for (let i = first; i < first + n; i++) await call(core, 'orders.create', { order: cleanOrder({ orderNumber: `B-${i}` }) });
  return core;
}

const fileBytes = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Several pages of real rows, so damage in the middle of the file lands on a b-tree page. */
async function closedFileWithOrders(dir: string, n = 40): Promise<string> {
  const core = await coreWithOrders(dir, n);
  const file = core.dataFile;
  await core.close();
  return file;
}

function corruptPages(file: string, fromPage: number, pages: number): void {
  const buf = readFileSync(file);
  const pageSize = buf.readUInt16BE(16) === 1 ? 65536 : buf.readUInt16BE(16);
  expect(buf.length).toBeGreaterThan((fromPage + pages) * pageSize);
  buf.fill(0xab, (fromPage - 1) * pageSize, (fromPage - 1 + pages) * pageSize);
  writeFileSync(file, buf);
}

describe('backups: create and verify', () => {
  it('a manual backup is a verified copy with the same rows and the same orders', async () => {
    const core = await coreWithOrders(tmp.next(), 5);
    try {
      const made = await call(core, 'backups.create', {});
      expect(made.reason).toBe('manual');
      expect(made.name).toBe('despacho-20261126-090000-manual.sqlite');
      const path = join(backupsDir(join(core.dataFile, '..')), made.name);
      expect(statSync(path).size).toBe(made.size);
      expect(await verifyFile(path)).toBeNull();
      expect(await withFile(path, counts)).toEqual(await counts(core.db));
      expect(await withFile(path, ordersChecksum)).toBe(await ordersChecksum(core.db));
      // No temporary file is left beside it.
      expect(readdirSync(join(path, '..'))).toEqual([made.name]);
      const listed = await call(core, 'backups.list', {});
      expect(listed.backups).toEqual([made]);
    } finally {
      await core.close();
    }
  });

  it('two backups in the same second get different names', async () => {
    const core = await coreWithOrders(tmp.next(), 1);
    try {
      const a = await call(core, 'backups.create', {});
      const b = await call(core, 'backups.create', {});
      expect(a.name).not.toBe(b.name);
      expect((await call(core, 'backups.list', {})).backups.map((x) => x.name)).toEqual([b.name, a.name]);
    } finally {
      await core.close();
    }
  });

  it('rotation keeps the newest 7 daily, 5 pre-migration, 10 manual and 5 pre-restore', async () => {
    const core = await coreWithOrders(tmp.next(), 1);
    const dataDir = join(core.dataFile, '..');
    try {
      const made: Record<string, string[]> = {};
      let h = 0;
      for (const reason of BACKUP_REASONS) {
        made[reason] = [];
        for (let i = 0; i < KEEP[reason] + 3; i++) made[reason].push((await createBackup(core.db, core.dataFile, reason, { now: hours(++h) })).name);
      }
      const left = listBackups(dataDir);
      expect(KEEP).toEqual({ daily: 7, 'pre-migration': 5, manual: 10, 'pre-restore': 5 });
      for (const reason of BACKUP_REASONS) {
        const kept = left.filter((b) => b.reason === reason).map((b) => b.name);
        expect(kept).toEqual(made[reason]!.slice(-KEEP[reason]).reverse());
      }
      // Newest first across reasons.
      expect(left.map((b) => b.createdAt)).toEqual([...left.map((b) => b.createdAt)].sort().reverse());
    } finally {
      await core.close();
    }
  });
});

describe('backups: restore', () => {
  it('brings back the earlier data, backs up the current data first and refreshes every table', async () => {
    const core = await coreWithOrders(tmp.next(), 3);
    try {
      const before = { counts: await counts(core.db), orders: await ordersChecksum(core.db) };
      const backup = await call(core, 'backups.create', {});
      for (let i = 10; i < 14; i++) await call(core, 'orders.create', { order: cleanOrder({ orderNumber: `LATER-${i}` }) });
      const later = { counts: await counts(core.db), orders: await ordersChecksum(core.db) };
      expect(later.counts.orders).toBe(7);

      const events = recordEvents(core);
      const outcome = await call(core, 'backups.restore', { name: backup.name });
      expect(outcome.restored.name).toBe(backup.name);
      expect(outcome.preRestore?.reason).toBe('pre-restore');
      // Commands after the restore read the restored file through the new handle.
      expect(await counts(core.db)).toEqual(before.counts);
      expect(await ordersChecksum(core.db)).toBe(before.orders);
      expect((await call(core, 'orders.list', {})).total).toBe(3);
      expect(events.events).toContainEqual({ type: 'tablesChanged', tables: [...DATA_TABLES, 'backups'] });

      // The pre-restore backup holds what was there just before.
      const pre = join(backupsDir(join(core.dataFile, '..')), outcome.preRestore!.name);
      expect(await withFile(pre, counts)).toEqual(later.counts);
      expect(await withFile(pre, ordersChecksum)).toBe(later.orders);

      // And the app keeps working on the restored file.
      await call(core, 'orders.create', { order: cleanOrder({ orderNumber: 'AFTER' }) });
      expect((await call(core, 'orders.list', {})).total).toBe(4);
    } finally {
      await core.close();
    }
  });

  it('refuses names that are paths or not from the list, and changes nothing', async () => {
    const core = await coreWithOrders(tmp.next(), 2);
    try {
      const backup = await call(core, 'backups.create', {});
      const sum = await ordersChecksum(core.db);
      for (const name of [
        `../${backup.name}`,
        `backups/${backup.name}`,
        `/tmp/${backup.name}`,
        '..',
        `..\\${backup.name}`,
        'despacho.sqlite',
        'despacho-20261126-090000-manual.sqlite/../x',
      ]) {
        const err = await refusal(core, 'backups.restore', { name });
        expect(err.code, name).toBe('errors.validation');
        expect(err.issues?.[0]?.code).toBe('backups.errors.badName');
      }
      // Past the schema, the core's own check refuses them too.
      const dataDir = join(core.dataFile, '..');
      expect(() => findBackup(dataDir, `../${backup.name}`)).toThrow(/not the name of a backup/);
      expect(() => findBackup(dataDir, 'a/b')).toThrow(/not the name of a backup/);
      // Well formed but not there.
      const missing = await refusal(core, 'backups.restore', { name: 'despacho-20200101-000000-manual.sqlite' });
      expect(missing.code).toBe('backups.errors.notFound');
      expect(await refusal(core, 'backups.restore', { name: backup.name, extra: 1 })).toMatchObject({ code: 'errors.validation' });
      expect(await ordersChecksum(core.db)).toBe(sum);
    } finally {
      await core.close();
    }
  });

  it('refuses a corrupted backup with a clear error and leaves the current data as it was', async () => {
    const core = await coreWithOrders(tmp.next(), 40);
    try {
      const backup = await call(core, 'backups.create', {});
      const path = join(backupsDir(join(core.dataFile, '..')), backup.name);
      const pages = statSync(path).size / 4096;
      corruptPages(path, Math.floor(pages / 2), 1);
      await call(core, 'orders.create', { order: cleanOrder({ orderNumber: 'KEEP-ME' }) });
      const before = { counts: await counts(core.db), orders: await ordersChecksum(core.db) };
      const backupsBefore = listBackups(join(core.dataFile, '..')).map((b) => b.name);

      const err = await refusal(core, 'backups.restore', { name: backup.name });
      expect(err.code).toBe('backups.errors.damaged');
      expect(err.message).toContain(backup.name);
      expect(err.message).toMatch(/current data was not changed/);
      expect(await counts(core.db)).toEqual(before.counts);
      expect(await ordersChecksum(core.db)).toBe(before.orders);
      // No pre-restore backup for a restore that never started, and no leftover copy.
      expect(listBackups(join(core.dataFile, '..')).map((b) => b.name)).toEqual(backupsBefore);
      expect(readdirSync(join(core.dataFile, '..')).filter((f) => f.includes('candidate') || f.includes('restoring'))).toEqual([]);
    } finally {
      await core.close();
    }
  });

  it('refuses while another connection has the data file open, and changes nothing', async () => {
    const core = await coreWithOrders(tmp.next(), 2);
    const other = await openHandle(core.dataFile, 'readwrite');
    try {
      const backup = await call(core, 'backups.create', {});
      await call(core, 'orders.create', { order: cleanOrder({ orderNumber: 'NEWER' }) });
      await sql`select count(*) from orders`.execute(other);
      const err = await refusal(core, 'backups.restore', { name: backup.name });
      expect(err.code).toBe('backups.errors.inUse');
      expect((await call(core, 'orders.list', {})).total).toBe(3);
      expect(listBackups(join(core.dataFile, '..')).map((b) => b.name)).toEqual([backup.name]);
      // Still in WAL mode, so the other process keeps reading beside our writes.
      expect((await sql<{ journal_mode: string }>`pragma journal_mode`.execute(core.db)).rows[0]?.journal_mode).toBe('wal');
    } finally {
      await other.destroy();
      await core.close();
    }
  });
});

describe('backups: a damaged data file at start-up', () => {
  async function expectDamaged(dir: string, damage: (file: string) => void, good: string) {
    const file = join(dir, 'despacho.sqlite');
    damage(file);
    const bytes = fileBytes(file);
    const err = await startCore(dir, { now: at(hours(2)) }).then(
      (c) => c.close().then(() => undefined),
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DamagedDatabaseError);
    expect(err).toBeInstanceOf(StartupError);
    const damaged = err as DamagedDatabaseError;
    expect(damaged.latestBackup?.name).toBe(good);
    expect(damaged.userMessage).toContain(good);
    expect(damaged.userMessage).toContain(file);
    expect(damaged.userMessage).toMatch(/did not use it and did not change it/);
    // Untouched: same bytes, and no journal files were created beside it.
    expect(fileBytes(file)).toBe(bytes);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
    return damaged;
  }

  async function prepare(): Promise<{ dir: string; good: string }> {
    const dir = tmp.next();
    const core = await coreWithOrders(dir, 40);
    const good = (await call(core, 'backups.create', {})).name;
    await core.close();
    return { dir, good };
  }

  it('garbage over pages 2 and on: DamagedDatabaseError naming the latest good backup', async () => {
    const { dir, good } = await prepare();
    await expectDamaged(dir, (f) => corruptPages(f, 2, 6), good);
  });

  it('a truncated file: the same, and a newer backup that is itself damaged is skipped', async () => {
    const { dir, good } = await prepare();
    // A newer backup that no longer verifies must not be offered.
    const bad = join(backupsDir(dir), 'despacho-20261126-100000-manual.sqlite');
    writeFileSync(bad, 'not a database'.repeat(500));
    await expectDamaged(dir, (f) => truncateSync(f, 4096 + 1000), good);
  });

  it('restoring the latest backup then lets the app start, with the damaged file kept aside', async () => {
    const { dir, good } = await prepare();
    const file = join(dir, 'despacho.sqlite');
    corruptPages(file, 2, 6);
    const damagedBytes = fileBytes(file);
    await expect(startCore(dir)).rejects.toBeInstanceOf(DamagedDatabaseError);

    const outcome = await restoreBeforeOpen(dir);
    expect(outcome.restored.name).toBe(good);
    expect(outcome.preRestore).toBeNull(); // the damaged file could not be read, so it was set aside instead
    const aside = readdirSync(join(dir, 'damaged'));
    expect(aside).toHaveLength(1);
    expect(fileBytes(join(dir, 'damaged', aside[0]!))).toBe(damagedBytes);

    const core = await startCore(dir);
    try {
      expect((await call(core, 'orders.list', {})).total).toBe(40);
    } finally {
      await core.close();
    }
  });

  it('with no backup at all the error says so', async () => {
    const dir = tmp.next();
    const file = await closedFileWithOrders(dir, 40);
    corruptPages(file, 2, 6);
    const err = (await startCore(dir).catch((e: unknown) => e)) as DamagedDatabaseError;
    expect(err).toBeInstanceOf(DamagedDatabaseError);
    expect(err.latestBackup).toBeNull();
    expect(err.userMessage).toMatch(/No good backup was found/);
    await expect(restoreBeforeOpen(dir)).rejects.toThrow(StartupError);
  });
});

describe('backups: before a migration, and daily', () => {
  it('a pending migration on a file with data is preceded by a pre-migration backup of the old file', async () => {
    const dir = tmp.next();
    const file = await closedFileWithOrders(dir, 3);
    const extraStep: Migration = { up: async (db) => void (await db.schema.createTable('extra_t').addColumn('id', 'integer').execute()) };
    const extra = { ...MIGRATIONS, '9999-01-01T0000_extra': extraStep };
    const db = await openDatabase(file, { migrations: extra, now: at(hours(5)) });
    await db.destroy();
    const pre = listBackups(dir).filter((b) => b.reason === 'pre-migration');
    expect(pre.map((b) => b.name)).toEqual(['despacho-20261126-140000-pre-migration.sqlite']);
    const path = join(backupsDir(dir), pre[0]!.name);
    expect(await verifyFile(path)).toBeNull();
    await withFile(path, async (old) => {
      expect((await counts(old)).orders).toBe(3);
      const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(old)).rows.map((r) => r.name);
      expect(tables).not.toContain('extra_t');
    });
    // Nothing pending: no more pre-migration backups.
    await (await openDatabase(file, { migrations: extra, now: at(hours(6)) })).destroy();
    expect(listBackups(dir).filter((b) => b.reason === 'pre-migration')).toHaveLength(1);
  });

  it('a new file gets no pre-migration backup (nothing to lose)', async () => {
    const dir = tmp.next();
    await (await openDatabase(join(dir, 'despacho.sqlite'))).destroy();
    expect(listBackups(dir)).toEqual([]);
  });

  it('daily: none for an empty file; one when orders exist; none again within 24 h; another after', async () => {
    const dir = tmp.next();
    const empty = await startCore(dir, { now: at(T0) });
    await empty.idle();
    await empty.close();
    expect(listBackups(dir)).toEqual([]);

    // close() waits for the backup started in the background at open.
    await (await coreWithOrders(dir, 2, 1, T0)).close();
    const reopened = await startCore(dir, { now: at(hours(1)) });
    await reopened.close();
    expect(listBackups(dir).map((b) => b.name)).toEqual(['despacho-20261126-100000-daily.sqlite']);

    const file = join(dir, 'despacho.sqlite');
    expect(await dailyBackupIfDue(file, hours(23))).toBeNull();
    // A manual backup counts as a recent backup too.
    const c = await startCore(dir, { now: at(hours(20)) });
    await call(c, 'backups.create', {});
    await c.close();
    expect(await dailyBackupIfDue(file, hours(43))).toBeNull();
    const made = await dailyBackupIfDue(file, hours(45));
    expect(made?.name).toBe('despacho-20261128-060000-daily.sqlite');
    expect(listBackups(dir).filter((b) => b.reason === 'daily')).toHaveLength(2);
    expect(readdirSync(backupsDir(dir)).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('the daily backup announces the backups list so an open window refreshes it', async () => {
    const dir = tmp.next();
    await (await coreWithOrders(dir, 1, 1, T0)).close();
    const core = await startCore(dir, { now: at(hours(30)) });
    const events = recordEvents(core);
    await core.idle();
    await core.close();
    expect(listBackups(dir).map((b) => b.createdAt)).toEqual(['2026-11-27T15:00:00Z']);
    expect(events.events).toContainEqual({ type: 'tablesChanged', tables: ['backups'] });
    events.off();
  });
});
