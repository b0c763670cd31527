// The picking area's commands: input schemas re-checked in main, result types, tables touched.
import type { z } from 'zod';
import type { Command } from '../command';
import type { PickingCommand } from '../names/picking';

export const pickingContract = {} satisfies Record<PickingCommand, Command<z.ZodType, unknown>>;
