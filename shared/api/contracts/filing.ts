// The commands of step 4: filing a final declaration with customs, its reference, corrections and the snapshot as filed; each input is re-checked in main.
import type { z } from 'zod';
import type { Command } from '../command';
import type { FilingCommand } from '../names/filing';

export const filingContract = {} satisfies Record<FilingCommand, Command<z.ZodType, unknown>>;
