// The core of Despacho without Electron: opens the database and answers API commands.
// The desktop main process and the browser harness both start it the same way.
import { EventEmitter } from 'node:events';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { AppEvent, Envelope } from '../../shared/api/commands';
import { createDispatch } from './api/dispatch';
import { DatabaseOpenError, openDatabase } from './db/connection';
import type { DB } from './db/schema';

export const DATA_FILE_NAME = 'despacho.sqlite';

export interface CoreApp {
  dataFile: string;
  db: Kysely<DB>;
  dispatch(name: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (e: AppEvent) => void): () => void;
  close(): Promise<void>;
}

export class StartupError extends Error {
  constructor(
    message: string,
    readonly userMessage: string,
  ) {
    super(message);
  }
}

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

export async function openCore(opts: { dataDir: string; mode: 'electron' | 'web'; version: string }): Promise<CoreApp> {
  const dataFile = join(opts.dataDir, DATA_FILE_NAME);
  let db: Kysely<DB>;
  try {
    db = await openDatabase(dataFile);
  } catch (err) {
    if (err instanceof DatabaseOpenError) throw new StartupError(err.message, err.userMessage);
    throw new StartupError(String(err), `Despacho could not open its data file ${dataFile}: ${(err as Error).message}.`);
  }
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const emit = (e: AppEvent) => events.emit('event', e);
  const dispatch = createDispatch({ db, emit, info: { version: opts.version, dataFile, mode: opts.mode } });
  return {
    dataFile,
    db,
    dispatch,
    onEvent(listener) {
      events.on('event', listener);
      return () => events.off('event', listener);
    },
    close: () => db.destroy(),
  };
}
