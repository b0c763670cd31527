// The shipping area's command handlers; inputs arrive validated against the contract.
import type { ShippingCommand } from '../../../shared/api/names/shipping';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { listRules } from './rulesRepository';
import { deleteRule, moveRule, saveRule } from './rulesService';

export const shippingHandlers: AreaHandlers<ShippingCommand> = {
  'shipping.rules': (_input, ctx) => listRules(ctx.db),
  'shipping.saveRule': async (input, ctx) => saveRule(ctx.db, input, await stampOf(ctx)),
  'shipping.moveRule': async (input, ctx) => moveRule(ctx.db, input.id, input.position, await stampOf(ctx)),
  'shipping.deleteRule': async (input, ctx) => deleteRule(ctx.db, input.id, await stampOf(ctx)),
};
