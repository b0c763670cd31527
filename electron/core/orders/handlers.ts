// The orders area's command handlers (step 1); inputs arrive validated against the contract.
import type { OrdersCommand } from '../../../shared/api/names/orders';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { cancelImport, commitImport, previewImport } from './importService';
import { changeStatus, checkOrderById, confirmOrders, createOrder, getOrderDetail, listOrderPage, updateOrder } from './orderService';

export const ordersHandlers: AreaHandlers<OrdersCommand> = {
  'orders.list': (input, ctx) => listOrderPage(ctx.db, input),
  'orders.get': (input, ctx) => getOrderDetail(ctx.db, input.id),
  'orders.create': async (input, ctx) => createOrder(ctx.db, input.order, await stampOf(ctx)),
  'orders.update': async (input, ctx) => updateOrder(ctx.db, input.id, input.order, await stampOf(ctx)),
  'orders.check': (input, ctx) => checkOrderById(ctx.db, input.id),
  'orders.confirm': async (input, ctx) => confirmOrders(ctx.db, input.ids, await stampOf(ctx), input.allowShort),
  'orders.hold': async (input, ctx) => changeStatus(ctx.db, input.id, 'hold', await stampOf(ctx), input.reason),
  'orders.release': async (input, ctx) => changeStatus(ctx.db, input.id, 'release', await stampOf(ctx)),
  'orders.cancel': async (input, ctx) => changeStatus(ctx.db, input.id, 'cancel', await stampOf(ctx), input.reason),
  'orders.importPreview': async (input, ctx) => previewImport(ctx.db, input, ctx.emit, await stampOf(ctx), ctx.uploads),
  'orders.importCancel': async (input) => cancelImport(input.jobId),
  'orders.importCommit': async (input, ctx) => commitImport(ctx.db, input, ctx.emit, await stampOf(ctx), ctx.uploads),
};
