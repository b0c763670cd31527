// The picking area's command handlers; inputs arrive validated against the contract.
import type { PickingCommand } from '../../../shared/api/names/picking';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { getPickList, listPickLists, readyOrders } from './pickListRepository';
import { cancelPickList } from './cancelService';
import { pickLine, shortLine } from './pickService';
import { planWave } from './planService';

export const pickingHandlers: AreaHandlers<PickingCommand> = {
  'picking.plan': async (input, ctx) => planWave(ctx.db, input, await stampOf(ctx)),
  'picking.list': (_input, ctx) => listPickLists(ctx.db),
  'picking.get': (input, ctx) => getPickList(ctx.db, input.id),
  'picking.confirmedOrders': (_input, ctx) => readyOrders(ctx.db),
  'picking.pick': async (input, ctx) => pickLine(ctx.db, input, await stampOf(ctx)),
  'picking.short': async (input, ctx) => shortLine(ctx.db, input, await stampOf(ctx)),
  'picking.cancel': async (input, ctx) => cancelPickList(ctx.db, input, await stampOf(ctx)),
};
