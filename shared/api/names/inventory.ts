// The commands of the inventory area, by name (no zod here: the preload bundles this list).
export const INVENTORY_COMMANDS = [
  'locations.list',
  'locations.save',
  'stock.list',
  'stock.product',
  'stock.receive',
  'stock.adjust',
  'stock.importPreview',
  'stock.importCommit',
  'stock.importCancel',
] as const;
export type InventoryCommand = (typeof INVENTORY_COMMANDS)[number];
