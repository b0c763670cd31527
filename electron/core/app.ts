// The core of Despacho without Electron: opens the database and answers API commands.
// The desktop main process and the browser harness both start it the same way.
import { EventEmitter } from 'node:events';
import { homedir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import type { AppEvent, Envelope } from '../../shared/api/commands';
import type { BackupInfo, RestoreOutcome } from '../../shared/api/types';
import { createDispatch } from './api/dispatch';
import type { HandlerContext } from './api/handlers';
import { backupsDir, createBackup, latestGoodBackup, listBackups } from './db/backup';
import { DatabaseOpenError, openDatabase, type OpenOptions } from './db/connection';
import { openHandle, type QueryObserver } from './db/handle';
import { MIGRATIONS } from './db/migrations';
import { restoreBackup } from './db/restore';
import type { DB } from './db/schema';
import { AppError } from './api/errors';
import type { DocumentHost } from './documents/host';
import { Gate } from './gate';
import { actorName } from './settings/settingsService';
import { createUploadStore } from './uploads/uploadStore';
import { StartupError } from './startupError';

export { StartupError } from './startupError';
export { DamagedDatabaseError } from './db/connection';

export const DATA_FILE_NAME = 'despacho.sqlite';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CoreApp {
  dataFile: string;
  /** The current handle; a restore replaces it, so read it when needed rather than keeping it. */
  readonly db: Kysely<DB>;
  dispatch(name: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (e: AppEvent) => void): () => void;
  /** Where documents are shown; the harness sets its own once it is listening. */
  setDocumentHost(host: DocumentHost): void;
  /** Waits for work started in the background (the daily backup). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface CoreOptions {
  dataDir: string;
  mode: 'electron' | 'web';
  version: string;
  /** The core's clock: every change's time, backup names, the daily check. Tests pass their own. */
  now?: () => Date;
  /** The operating-system user's name, offered as the actor on first start; tests pass their own. */
  osUser?: string;
  migrations?: OpenOptions['migrations'];
  /** Where printable documents are shown; without one, showing a document fails with a clear error. */
  documents?: DocumentHost;
  /**
   * Sees every statement the core runs for its commands: on the data file's handle (also the one a
   * restore reopens) and on the backups' read-only copies. Tests use it to check the tables each
   * command declares (tests/integration/contractTables.test.ts). Unset, nothing is logged.
   */
  onQuery?: QueryObserver;
}

// A core run with no display (a batch job) cannot show a document: say so instead of losing it.
const NO_DOCUMENT_HOST: DocumentHost = {
  show: async () => {
    throw new AppError(
      'documents.errors.noViewer',
      'This Despacho has no window to show documents in. Open the desktop app or the browser version and print from there.',
    );
  },
};

/**
 * Where the data lives when DESPACHO_DATA_DIR is not set: the same folder Electron uses as
 * userData for an app named "Despacho", so the harness and the desktop app share one file.
 */
export function defaultDataDir(): string {
  if (process.env.DESPACHO_DATA_DIR) return process.env.DESPACHO_DATA_DIR;
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Despacho');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Despacho');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Despacho');
}

async function open(dataFile: string, opts: OpenOptions): Promise<Kysely<DB>> {
  try {
    return await openDatabase(dataFile, opts);
  } catch (err) {
    if (err instanceof StartupError) throw err; // DatabaseOpenError and DamagedDatabaseError are StartupErrors
    throw new StartupError(String(err), `Despacho could not open its data file ${dataFile}: ${(err as Error).message}.`);
  }
}

/** A 'daily' backup when the newest backup of any kind is more than a day old, or when there is none yet and the file holds orders. */
export async function dailyBackupIfDue(dataFile: string, now: Date): Promise<BackupInfo | null> {
  const newest = listBackups(dirname(dataFile))[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
  return withReader(dataFile, async (reader) => {
    if (!newest && !(await reader.selectFrom('orders').select('id').limit(1).executeTakeFirst())) return null;
    return createBackup(reader, dataFile, 'daily', { now });
  });
}

/**
 * A read-only connection of its own for a backup: in WAL mode it copies a consistent snapshot
 * while the app's connection goes on answering, however large the file.
 */
async function withReader<T>(dataFile: string, task: (reader: Kysely<DB>) => Promise<T>, onQuery?: QueryObserver): Promise<T> {
  const reader = await openHandle<DB>(dataFile, 'readonly', onQuery);
  try {
    return await task(reader);
  } finally {
    await reader.destroy();
  }
}

/** The operating-system user's name; some systems (a container without a passwd entry) have none. */
export function osUserName(): string {
  try {
    const name = userInfo().username;
    if (name) return name;
  } catch {
    // userInfo throws where the uid has no entry; the environment may still say.
  }
  return process.env.USER || process.env.USERNAME || 'user';
}

export async function openCore(opts: CoreOptions): Promise<CoreApp> {
  const dataFile = join(opts.dataDir, DATA_FILE_NAME);
  const now = opts.now ?? (() => new Date());
  const dbOptions: OpenOptions = { migrations: opts.migrations, now, onQuery: opts.onQuery };
  const osUser = opts.osUser ?? osUserName();
  const gate = new Gate();
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const emit = (e: AppEvent) => events.emit('event', e);
  const ctx: HandlerContext = {
    db: await open(dataFile, dbOptions),
    emit,
    info: { version: opts.version, dataFile, mode: opts.mode },
    documents: opts.documents ?? NO_DOCUMENT_HOST,
    uploads: createUploadStore(join(opts.dataDir, 'uploads')),
    clock: now,
    osUser,
    actor: () => actorName(ctx.db, osUser),
    backups: {
      list: async () => ({ backups: listBackups(opts.dataDir), folder: backupsDir(opts.dataDir) }),
      create: () => withReader(dataFile, (reader) => createBackup(reader, dataFile, 'manual', { now: now() }), opts.onQuery),
      // Alone at the gate: no command may hold the old handle while the file is swapped.
      restore: (name) => gate.exclusive(() => restoreInto(name)),
    },
  };
  const restoreInto = (name: string): Promise<RestoreOutcome> =>
    restoreBackup({
      dataFile,
      name,
      current: ctx.db,
      knownMigrations: Object.keys(opts.migrations ?? MIGRATIONS),
      now: now(),
      closeCurrent: () => ctx.db.destroy(),
      reopen: async () => {
        ctx.db = await open(dataFile, dbOptions);
      },
    });

  const dispatchNow = createDispatch(ctx);
  // backups.restore takes the gate alone itself; holding it shared here would wait on itself.
  const dispatch = (name: string, input: unknown) => (name === 'backups.restore' ? dispatchNow(name, input) : gate.run(() => dispatchNow(name, input)));

  // Not awaited: the window opens at once; close() and restore wait for it through the gate.
  const daily = gate
    .run(() => dailyBackupIfDue(dataFile, now()))
    .then((made) => made && emit({ type: 'tablesChanged', tables: ['backups'] }))
    .catch((err: unknown) => console.error('Despacho: the daily backup failed; it will be tried again at the next start.', err));

  let closing: Promise<void> | null = null;
  return {
    dataFile,
    get db() {
      return ctx.db;
    },
    dispatch,
    onEvent(listener) {
      events.on('event', listener);
      return () => events.off('event', listener);
    },
    setDocumentHost(host) {
      ctx.documents = host;
    },
    idle: () => daily.then(() => undefined),
    close: () => (closing ??= gate.exclusive(() => ctx.db.destroy())),
  };
}

/**
 * Restores a backup while no core is open on the data file: after the start-up found it damaged
 * (the damaged file is kept aside in damaged/), or from the harness's --restore-latest-backup.
 * Without a name, the newest backup that verifies.
 */
export async function restoreBeforeOpen(dataDir: string, name?: string): Promise<RestoreOutcome> {
  const chosen = name ?? (await latestGoodBackup(dataDir))?.name;
  if (!chosen) {
    throw new DatabaseOpenError('No good backup', `There is no good backup in ${backupsDir(dataDir)} to restore. Keep the data file and contact support.`);
  }
  return restoreBackup({
    dataFile: join(dataDir, DATA_FILE_NAME),
    name: chosen,
    current: null,
    closeCurrent: async () => undefined,
    reopen: async () => undefined, // the caller opens the core next, with the full checks
  });
}
