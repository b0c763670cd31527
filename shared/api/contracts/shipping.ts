// The shipping area's commands: the rules from a shop's shipping line to a shipping method, each
// input re-checked in main with the schema the Settings form uses.
import type { z } from 'zod';
import type { ShippingMethod } from '../../domain/codes';
import type { ShippingMatch } from '../../domain/shipping';
import { moveRuleSchema, shippingRuleSchema } from '../../schemas/shipping';
import { type Command, byId, command, none } from '../command';
import type { ShippingCommand } from '../names/shipping';

export interface ShippingRule {
  id: number;
  /** 1 is checked first. */
  position: number;
  match: ShippingMatch;
  pattern: string;
  method: ShippingMethod;
}

export interface RulesChanged {
  rules: ShippingRule[];
  /** The rule saved (absent after a delete). */
  rule?: ShippingRule;
  /** Orders that had no method and got one from the rules just now. */
  ordersDecided: number;
}

export const shippingContract = {
  'shipping.rules': command<ShippingRule[]>()(none, { reads: ['shipping_rules'] }),
  // Saving may decide orders that were waiting for a method: they are written with their audit entry.
  'shipping.saveRule': command<RulesChanged>()(shippingRuleSchema, {
    reads: ['shipping_rules', 'orders', 'order_lines', 'products'],
    writes: ['shipping_rules', 'orders', 'audit_log'],
  }),
  // Order and deletion never decide an order (see electron/core/shipping/rulesService.ts).
  'shipping.moveRule': command<RulesChanged>()(moveRuleSchema, { reads: ['shipping_rules'], writes: ['shipping_rules', 'audit_log'] }),
  'shipping.deleteRule': command<RulesChanged>()(byId, { reads: ['shipping_rules'], writes: ['shipping_rules', 'audit_log'] }),
} satisfies Record<ShippingCommand, Command<z.ZodType, unknown>>;
