// The commands of the shipping area (the rules from a shop's shipping line to a method), by name
// (no zod here: the preload bundles this list).
export const SHIPPING_COMMANDS = ['shipping.rules', 'shipping.saveRule', 'shipping.moveRule', 'shipping.deleteRule'] as const;
export type ShippingCommand = (typeof SHIPPING_COMMANDS)[number];
