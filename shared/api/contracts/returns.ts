// The commands of the return path: goods refused at customs, undeliverable or of a cancelled order, restocked through the ledger or written off; each input is re-checked in main.
import type { z } from 'zod';
import type { Command } from '../command';
import type { ReturnsCommand } from '../names/returns';

export const returnsContract = {} satisfies Record<ReturnsCommand, Command<z.ZodType, unknown>>;
