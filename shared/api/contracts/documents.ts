// The documents area's commands: input schemas re-checked in main, result types, tables touched.
import type { z } from 'zod';
import type { Command } from '../command';
import type { DocumentsCommand } from '../names/documents';

export const documentsContract = {} satisfies Record<DocumentsCommand, Command<z.ZodType, unknown>>;
