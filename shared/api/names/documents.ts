// The commands of the documents area, by name (no zod here: the preload bundles this list).
export const DOCUMENTS_COMMANDS = ['documents.pickList'] as const;
export type DocumentsCommand = (typeof DOCUMENTS_COMMANDS)[number];
