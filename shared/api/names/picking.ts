// The commands of the picking area, by name (no zod here: the preload bundles this list).
export const PICKING_COMMANDS = [
  'picking.plan',
  'picking.list',
  'picking.get',
  'picking.confirmedOrders',
  'picking.pick',
  'picking.short',
  'picking.cancel',
] as const;
export type PickingCommand = (typeof PICKING_COMMANDS)[number];
