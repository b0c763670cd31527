// The catalogue area's commands: input schemas re-checked in main, result types, tables touched.
import type { z } from 'zod';
import type { Command } from '../command';
import type { CatalogueCommand } from '../names/catalogue';

export const catalogueContract = {} satisfies Record<CatalogueCommand, Command<z.ZodType, unknown>>;
