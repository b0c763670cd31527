// The customs documents area's commands: create a document from packed orders, save its draft as
// the broker types, check it, finalise it (numbered, frozen), amend it (a new version), preview it.
import { z } from 'zod';
import { PAPERS, type Paper } from '../../documents/html';
import type { Problem } from '../../domain/customs/problems';
import { Id, text } from '../../schemas/common';
import {
  type AnyDocumentData,
  DOCUMENT_LANGUAGES,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type DocumentLanguage,
  type DocumentStatus,
  type DocumentType,
  documentDataSchema,
} from '../../schemas/customs';
import { type Command, byId, command, pageQuery } from '../command';
import type { CustomsCommand } from '../names/customs';
import type { ShownDocument } from './documents';

export interface DocumentVersion {
  id: number;
  version: number;
  status: DocumentStatus;
  number: string;
  finalisedAt: string | null;
}

export interface DocumentOverride {
  key: string;
  reason: string;
  at: string;
  actor: string;
}

export interface DocumentSummary {
  id: number;
  type: DocumentType;
  status: DocumentStatus;
  version: number;
  /** '' until finalised. */
  number: string;
  lang: DocumentLanguage;
  orderIds: number[];
  orderNumbers: string[];
  consignee: string;
  updatedAt: string;
  finalisedAt: string | null;
}

export type CustomsDocument = DocumentSummary &
  AnyDocumentData & {
    paper: Paper;
    /** Bumped by every save: a save naming an older revision is refused (another window saved since). */
    revision: number;
    createdAt: string;
    createdBy: string;
    finalisedBy: string | null;
    replacesId: number | null;
    replacedById: number | null;
    /** Every version of this document, oldest first. */
    versions: DocumentVersion[];
    overrides: DocumentOverride[];
  };

export interface OrderDocuments {
  orderId: number;
  documents: DocumentSummary[];
  /** What the destination rules ask this order to have, final, before it is ready to declare. */
  required: DocumentType[];
  missing: DocumentType[];
  ready: boolean;
}

export interface DocumentCheck {
  problems: Problem[];
  /** Live totals in exact decimals, as the document's currency prints them. */
  totals: Record<string, string>;
}

export interface HsSuggestion {
  code: string;
  description: string;
  /** 0..1, for ordering only. */
  score: number;
  /** Why it is proposed: the words it shares with the nomenclature, or classified products alike. */
  reasons: ({ kind: 'nomenclature'; words: string[] } | { kind: 'catalogue'; sku: string; name: string; words: string[] })[];
}

export interface Port {
  code: string;
  name: string;
  country: string;
  /** 'port', 'airport', 'rail', 'road', 'post' ... from the UN/LOCODE function classifier. */
  functions: string[];
}

const documentSettings = { lang: z.enum(DOCUMENT_LANGUAGES).optional(), paper: z.enum(PAPERS as ['A4', 'Letter']).optional() };

export const createDocumentSchema = z
  .object({
    type: z.enum(DOCUMENT_TYPES),
    /** One order, or several packed orders going to one consignee. */
    orderIds: z.array(Id).min(1).max(100),
    ...documentSettings,
  })
  .strict();

export const saveDraftSchema = z
  .object({
    id: Id,
    revision: z.number().int().min(0),
    ...documentSettings,
    content: documentDataSchema,
  })
  .strict();

export const finaliseSchema = z
  .object({
    id: Id,
    revision: z.number().int().min(0),
    /** A written reason for each mismatch the broker accepts; kept in the audit log. */
    overrides: z
      .array(z.object({ key: z.string().max(200), reason: text(500, { required: true }) }).strict())
      .max(200)
      .default([]),
  })
  .strict();

const docTables = ['customs_documents', 'customs_document_orders'] as const;
/** What building or checking a document reads: the orders, their goods and parcels, who we are, the rules. */
const sourceTables = [
  'orders',
  'order_lines',
  'products',
  'parcels',
  'parcel_items',
  'company_profile',
  'contract_clauses',
  'destination_rules',
  'customs_overrides',
] as const;

export const customsContract = {
  // Reads settings for the document language when none is given (the interface's).
  'customs.create': command<{ id: number }>()(createDocumentSchema, { reads: [...sourceTables, 'settings'], writes: [...docTables, 'audit_log'] }),
  'customs.get': command<CustomsDocument>()(byId, { reads: [...docTables, 'orders', 'customs_overrides'] }),
  'customs.list': command<{ rows: DocumentSummary[]; total: number }>()(
    z
      .object({
        ...pageQuery,
        status: z.enum(DOCUMENT_STATUSES).optional(),
        type: z.enum(DOCUMENT_TYPES).optional(),
      })
      .strict(),
    { reads: [...docTables, 'orders'] },
  ),
  'customs.orderDocuments': command<OrderDocuments>()(z.object({ orderId: Id }).strict(), { reads: [...docTables, 'orders', 'destination_rules'] }),
  'customs.saveDraft': command<{ revision: number; updatedAt: string }>()(saveDraftSchema, { writes: ['customs_documents'] }),
  'customs.check': command<DocumentCheck>()(byId, { reads: [...docTables, ...sourceTables] }),
  'customs.finalise': command<CustomsDocument>()(finaliseSchema, {
    reads: [...sourceTables, 'customs_document_orders'],
    writes: ['customs_documents', 'document_series', 'customs_overrides', 'orders', 'audit_log'],
  }),
  'customs.amend': command<{ id: number }>()(byId, { reads: [...docTables, 'orders'], writes: [...docTables, 'audit_log'] }),
  'customs.void': command<CustomsDocument>()(z.object({ id: Id, reason: text(500, { required: true }) }).strict(), {
    reads: ['orders', 'customs_document_orders', 'customs_overrides'],
    writes: ['customs_documents', 'audit_log'],
  }),
  'customs.preview': command<{ html: string; title: string }>()(z.object({ id: Id, ...documentSettings }).strict(), {
    reads: [...docTables, 'orders', 'company_profile'],
  }),
  'customs.show': command<ShownDocument>()(z.object({ id: Id, ...documentSettings }).strict(), { reads: [...docTables, 'orders', 'company_profile'] }),
  'customs.hsSuggest': command<HsSuggestion[]>()(z.object({ description: text(500), limit: z.number().int().min(1).max(20).default(5) }).strict(), {
    reads: ['products'],
  }),
  'customs.ports': command<Port[]>()(
    z
      .object({
        query: text(100),
        country: z
          .string()
          .regex(/^([A-Z]{2})?$/)
          .default(''),
        limit: z.number().int().min(1).max(50).default(20),
      })
      .strict(),
  ),
} satisfies Record<CustomsCommand, Command<z.ZodType, unknown>>;

export type { Paper };
