// What every handler receives, and the handler map's type; each step of the flow registers its
// own handlers (electron/core/<area>/handlers.ts) and api/handlers.ts gathers them in one place.
import type { Kysely } from 'kysely';
import type { AppEvent, CommandName } from '../../../shared/api/commands';
import type { CommandResult, ParsedInput } from '../../../shared/api/contract';
import type { BackupInfo, BackupList, RestoreOutcome } from '../../../shared/api/types';
import type { DB } from '../db/schema';
import type { DocumentHost } from '../documents/host';
import type { UploadStore } from '../uploads/uploadStore';

/** The backups of this core's data file; restore swaps the file under `db`, so it lives with the core. */
export interface BackupService {
  list(): Promise<BackupList>;
  create(): Promise<BackupInfo>;
  restore(name: string): Promise<RestoreOutcome>;
}

export interface HandlerContext {
  /** Read at every call, never kept: a restore replaces it with a handle on the restored file. */
  db: Kysely<DB>;
  backups: BackupService;
  emit: (event: AppEvent) => void;
  info: { version: string; dataFile: string; mode: 'electron' | 'web' };
  /** Shows printable documents: a preview window in Electron, a one-off address in the harness. */
  documents: DocumentHost;
  /** Big files sent in pieces, read by the imports from the data folder's uploads/. */
  uploads: UploadStore;
  /** The core's clock; tests set it. Services never call `new Date()`: they get a stamp (api/stamp.ts). */
  clock: () => Date;
  /** The person using the app: the name given in Settings, or else the operating-system user's. */
  actor: () => Promise<string>;
  /** The operating-system user's name, offered as the actor on first start. */
  osUser: string;
}

export type Handlers = { [K in CommandName]: (input: ParsedInput<K>, ctx: HandlerContext) => Promise<CommandResult<K>> };

/** The handlers of one area: exactly its commands. */
export type AreaHandlers<K extends CommandName> = Pick<Handlers, K>;
