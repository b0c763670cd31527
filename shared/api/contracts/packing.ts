// The packing area's commands: input schemas re-checked in main, result types, tables touched.
import type { z } from 'zod';
import type { Command } from '../command';
import type { PackingCommand } from '../names/packing';

export const packingContract = {} satisfies Record<PackingCommand, Command<z.ZodType, unknown>>;
