// The commands of step 6: customs outcomes on filed declarations (released, held, rejected), by hand or imported; each input is re-checked in main.
import type { z } from 'zod';
import type { Command } from '../command';
import type { ClearanceCommand } from '../names/clearance';

export const clearanceContract = {} satisfies Record<ClearanceCommand, Command<z.ZodType, unknown>>;
