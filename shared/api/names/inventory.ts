// The commands of the inventory area, by name (no zod here: the preload bundles this list).
export const INVENTORY_COMMANDS = [] as const;
export type InventoryCommand = (typeof INVENTORY_COMMANDS)[number];
