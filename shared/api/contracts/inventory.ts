// The inventory area's commands: input schemas re-checked in main, result types, tables touched.
import type { z } from 'zod';
import type { Command } from '../command';
import type { InventoryCommand } from '../names/inventory';

export const inventoryContract = {} satisfies Record<InventoryCommand, Command<z.ZodType, unknown>>;
