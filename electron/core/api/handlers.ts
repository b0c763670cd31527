// One handler per contract command, each calling the service of its step of the flow.
// Inputs arrive already validated against the contract's schema.
import { catalogueHandlers } from '../catalogue/handlers';
import { documentsHandlers } from '../documents/handlers';
import { inventoryHandlers } from '../inventory/handlers';
import { packingHandlers } from '../packing/handlers';
import { pickingHandlers } from '../picking/handlers';
import { uploadsHandlers } from '../uploads/handlers';
import { demoStatus, dismissDemo, loadDemo } from '../demo/demoService';
import { cancelImport, commitImport, previewImport } from '../orders/importService';
import { changeStatus, checkOrderById, confirmOrders, createOrder, getOrderDetail, listOrderPage, updateOrder } from '../orders/orderService';
import { getSettings, updateSettings } from '../settings/settingsService';
import type { Handlers } from './handlerTypes';

export type { BackupService, HandlerContext, Handlers } from './handlerTypes';

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
  'orders.confirm': (input, ctx) => confirmOrders(ctx.db, input.ids, input.allowShort),
  'orders.hold': (input, ctx) => changeStatus(ctx.db, input.id, 'hold', input.reason),
  'orders.release': (input, ctx) => changeStatus(ctx.db, input.id, 'release'),
  'orders.cancel': (input, ctx) => changeStatus(ctx.db, input.id, 'cancel', input.reason),
  'orders.importPreview': (input, ctx) => previewImport(ctx.db, input, ctx.emit, ctx.uploads),
  'orders.importCancel': async (input) => cancelImport(input.jobId),
  'orders.importCommit': (input, ctx) => commitImport(ctx.db, input, ctx.emit, ctx.uploads),
  'backups.list': (_input, ctx) => ctx.backups.list(),
  'backups.create': (_input, ctx) => ctx.backups.create(),
  'backups.restore': (input, ctx) => ctx.backups.restore(input.name),
  ...catalogueHandlers,
  ...inventoryHandlers,
  ...pickingHandlers,
  ...packingHandlers,
  ...documentsHandlers,
  ...uploadsHandlers,
};
