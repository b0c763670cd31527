// The names of every command the renderer may call. Kept apart from contract.ts so the preload
// can list them without bundling zod; contract.ts checks that both lists agree.
export const COMMAND_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'demo.status',
  'demo.load',
  'demo.dismiss',
  'orders.list',
  'orders.get',
  'orders.create',
  'orders.update',
  'orders.check',
  'orders.confirm',
  'orders.hold',
  'orders.release',
  'orders.cancel',
  'orders.importPreview',
  'orders.importCommit',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The one IPC channel main uses to push AppEvents to the window. */
export const EVENT_CHANNEL = 'despacho:event';

/** Tables whose changes main announces so open screens can refresh. */
export type TableName = 'orders' | 'order_lines' | 'audit_log' | 'settings' | 'imports';

export type AppEvent =
  | { type: 'tablesChanged'; tables: TableName[] }
  | { type: 'progress'; jobId: string; done: number; total: number; phase: 'reading' | 'checking' | 'writing' };

/** The error every command rejects with: an i18n key and its parameters, plus an English text. */
export interface AppErrorShape {
  code: string;
  message: string;
  params?: Record<string, string | number>;
  issues?: { path: string; code: string; params?: Record<string, string | number> }[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
