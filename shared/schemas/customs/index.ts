// The kinds of customs document and the schema of each one's data: the registry's shared half
// (shared/documents/customs/registry.ts adds templates; electron/core/customs/builders the builders).
import { z } from 'zod';
import { contractSchema } from './contract';
import { declarationSchema } from './declaration';
import { invoiceSchema } from './invoice';
import { packingListSchema } from './packingList';
import { postalSchema } from './postal';

export const DOCUMENT_TYPES = ['declaration', 'invoice', 'contract', 'packing_list', 'postal'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_STATUSES = ['draft', 'final', 'replaced', 'void'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_LANGUAGES = ['en', 'es'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export const DATA_SCHEMAS = {
  declaration: declarationSchema,
  invoice: invoiceSchema,
  contract: contractSchema,
  packing_list: packingListSchema,
  postal: postalSchema,
} as const satisfies Record<DocumentType, z.ZodType>;

export type DocumentDataOf<T extends DocumentType> = z.infer<(typeof DATA_SCHEMAS)[T]>;
export type AnyDocumentData = { [T in DocumentType]: { type: T; data: DocumentDataOf<T> } }[DocumentType];

/** The data of one document, checked against its type's schema (in main, on every save). */
export const documentDataSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('declaration'), data: declarationSchema }).strict(),
  z.object({ type: z.literal('invoice'), data: invoiceSchema }).strict(),
  z.object({ type: z.literal('contract'), data: contractSchema }).strict(),
  z.object({ type: z.literal('packing_list'), data: packingListSchema }).strict(),
  z.object({ type: z.literal('postal'), data: postalSchema }).strict(),
]);

export * from './fields';
export * from './company';
export * from './declaration';
export * from './invoice';
export * from './contract';
export * from './packingList';
export * from './postal';
