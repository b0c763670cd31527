// The commands of step 5: carriers, their services and rules, S10 number ranges, and shipments; each input is re-checked in main.
import type { z } from 'zod';
import type { Command } from '../command';
import type { TransportCommand } from '../names/transport';

export const transportContract = {} satisfies Record<TransportCommand, Command<z.ZodType, unknown>>;
