// One handler per contract command, each calling the service of its step of the flow.
// Inputs arrive already validated against the contract's schema.
import type { Kysely } from 'kysely';
import type { AppEvent, CommandName } from '../../../shared/api/commands';
import type { CommandResult, ParsedInput } from '../../../shared/api/contract';
import type { BackupInfo, BackupList, RestoreOutcome } from '../../../shared/api/types';
import type { DB } from '../db/schema';
import { demoStatus, dismissDemo, loadDemo } from '../demo/demoService';
import { cancelImport, commitImport, previewImport } from '../orders/importService';
import { changeStatus, checkOrderById, confirmOrders, createOrder, getOrderDetail, listOrderPage, updateOrder } from '../orders/orderService';
import { getSettings, updateSettings } from '../settings/settingsService';

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
}

export type Handlers = { [K in CommandName]: (input: ParsedInput<K>, ctx: HandlerContext) => Promise<CommandResult<K>> };

export const handlers: Handlers = {
  'app.info': async (_input, ctx) => ctx.info,
  'settings.get': (_input, ctx) => getSettings(ctx.db),
  'settings.update': (input, ctx) => updateSettings(ctx.db, input),
  'demo.status': (_input, ctx) => demoStatus(ctx.db),
  'demo.load': (_input, ctx) => loadDemo(ctx.db, ctx.emit),
  'demo.dismiss': (_input, ctx) => dismissDemo(ctx.db),
  'orders.list': (input, ctx) => listOrderPage(ctx.db, input),
  'orders.get': (input, ctx) => getOrderDetail(ctx.db, input.id),
  'orders.create': (input, ctx) => createOrder(ctx.db, input.order),
  'orders.update': (input, ctx) => updateOrder(ctx.db, input.id, input.order),
  'orders.check': (input, ctx) => checkOrderById(ctx.db, input.id),
  'orders.confirm': (input, ctx) => confirmOrders(ctx.db, input.ids),
  'orders.hold': (input, ctx) => changeStatus(ctx.db, input.id, 'hold', input.reason),
  'orders.release': (input, ctx) => changeStatus(ctx.db, input.id, 'release'),
  'orders.cancel': (input, ctx) => changeStatus(ctx.db, input.id, 'cancel', input.reason),
  'orders.importPreview': (input, ctx) => previewImport(ctx.db, input, ctx.emit),
  'orders.importCancel': async (input) => cancelImport(input.jobId),
  'orders.importCommit': (input, ctx) => commitImport(ctx.db, input, ctx.emit),
  'backups.list': (_input, ctx) => ctx.backups.list(),
  'backups.create': (_input, ctx) => ctx.backups.create(),
  'backups.restore': (input, ctx) => ctx.backups.restore(input.name),
};
