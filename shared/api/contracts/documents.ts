// The documents area's commands: input schemas re-checked in main, result types, tables touched.
import { z } from 'zod';
import { type Command, command } from '../command';
import type { DocumentsCommand } from '../names/documents';
import { Id } from '../../schemas/common';
import { PAPERS } from '../../documents/html';

export const paperSchema = z.enum(PAPERS as ['A4', 'Letter']);

/**
 * A shown document: in the desktop app it opens in its own preview window (url absent); in the
 * browser harness `url` is the address of the rendered page, for the renderer to open in a tab.
 */
export interface ShownDocument {
  url?: string;
  title: string;
}

export const documentsContract = {
  'documents.pickList': command<ShownDocument>()(z.object({ pickListId: Id, paper: paperSchema }).strict(), {
    reads: ['pick_lists', 'pick_list_lines', 'products', 'locations', 'orders', 'settings'],
  }),
} satisfies Record<DocumentsCommand, Command<z.ZodType, unknown>>;
