// The commands of the whole flow at a glance: the dashboard and each order's timeline; each input is re-checked in main.
import type { z } from 'zod';
import type { Command } from '../command';
import type { FlowCommand } from '../names/flow';

export const flowContract = {} satisfies Record<FlowCommand, Command<z.ZodType, unknown>>;
