// The commands of step 4: filing a final declaration with customs, its reference, corrections and the snapshot as filed; each input is re-checked in main.
import { z } from 'zod';
import type { OrderStatus } from '../../domain/orderStatus';
import type { Paper } from '../../documents/html';
import { Id, text } from '../../schemas/common';
import type { DocumentLanguage, DocumentType } from '../../schemas/customs';
import { type Command, command, pageQuery } from '../command';
import type { OrderRefusal } from '../types';
import type { FilingCommand } from '../names/filing';
import type { ShownDocument } from './documents';

export const FILING_STATUSES = ['filed', 'replaced', 'withdrawn'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

/** One document exactly as it was when filed: the version, its settings and its data. */
export interface SnapshotDocument {
  id: number;
  type: DocumentType;
  number: string;
  version: number;
  lang: DocumentLanguage;
  paper: Paper;
  finalisedAt: string | null;
  finalisedBy: string | null;
  /** The document's data (shared/schemas/customs), as stored in that version. */
  data: unknown;
}

/** What went to customs, frozen in declaration_filings.snapshot (a trigger refuses any change). */
export interface FilingSnapshot {
  declarationId: number;
  orders: { id: number; orderNumber: string }[];
  /** The filed declaration first, then the orders' other final documents of that moment. */
  documents: SnapshotDocument[];
  /** The company logo of that moment (data: URL or ''), so a reprint years later looks the same. */
  logo: string;
}

export interface FilingSummary {
  id: number;
  declarationId: number;
  /** The declaration's number (every version keeps the number of version 1). */
  number: string;
  documentType: DocumentType;
  /** The filing's version: 1, then one more per corrected filing of the same declaration. */
  version: number;
  /** The version of the declaration document that was filed. */
  documentVersion: number;
  status: FilingStatus;
  office: string;
  filedAt: string;
  /** '' until customs gives it. */
  reference: string;
  referenceAt: string | null;
  transportDocument: string;
  orderIds: number[];
  orderNumbers: string[];
  createdAt: string;
  createdBy: string;
}

export interface FilingVersion {
  id: number;
  version: number;
  status: FilingStatus;
  filedAt: string;
  reference: string;
  documentVersion: number;
}

export type FilingDetail = FilingSummary & {
  replacesId: number | null;
  replacedById: number | null;
  withdrawnReason: string;
  /** The documents frozen in the snapshot, without their data. */
  documents: Omit<SnapshotDocument, 'data'>[];
  /** Every filing of this declaration, oldest first. */
  chain: FilingVersion[];
};

export interface OrderFiling {
  orderId: number;
  orderStatus: OrderStatus;
  /** The filing in force (status 'filed'), if any. */
  live: FilingDetail | null;
  /** Every filing that covered the order, newest first. */
  history: FilingSummary[];
  /** A final declaration (or CN 22/23) of the order not filed in this version: what the form files. */
  fileable: { id: number; type: DocumentType; number: string; version: number; correction: boolean } | null;
}

/** An ISO 8601 moment with its zone (what `Date.toISOString()` gives), e.g. 2026-12-04T10:30:00.000Z. */
export const isoMoment = z
  .string({ error: 'filing.validation.dateTime' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, { error: 'filing.validation.dateTime' })
  .refine((v) => !Number.isNaN(new Date(v).getTime()), { error: 'filing.validation.dateTime' });

/** A customs reference (an MRN, a local entry number): letters, digits and separators. */
export const customsReference = text(60).refine((v) => v === '' || /^[A-Za-z0-9][A-Za-z0-9 ./_-]*$/.test(v), { error: 'filing.validation.reference' });

export const fileDeclarationSchema = z
  .object({
    declarationId: Id,
    /** The customs office it was lodged with (name or office code, e.g. ES004611). */
    office: text(120, { required: true }),
    filedAt: isoMoment,
    reference: customsReference.optional(),
  })
  .strict();
export type FileDeclarationInput = z.infer<typeof fileDeclarationSchema>;

/** The selection form of the filed declarations page: several orders' declarations lodged with one office at one moment. */
export const fileOrdersSchema = z
  .object({
    orderIds: z.array(Id).min(1).max(500),
    office: text(120, { required: true }),
    filedAt: isoMoment,
  })
  .strict();
export type FileOrdersInput = z.infer<typeof fileOrdersSchema>;

export interface FileOrdersResult {
  /** One entry per declaration filed (a declaration of several orders is filed once). */
  filed: { filingId: number; orderIds: number[] }[];
  refused: OrderRefusal[];
}

export const setReferenceSchema = z
  .object({ filingId: Id, reference: customsReference.refine((v) => v.length > 0, { error: 'validation.required' }) })
  .strict();

const filingTables = ['declaration_filings', 'declaration_filing_orders'] as const;

export const filingContract = {
  'filing.file': command<{ filingId: number; orderIds: number[] }>()(fileDeclarationSchema, {
    reads: ['customs_documents', 'customs_document_orders', 'company_profile'],
    writes: [...filingTables, 'orders', 'audit_log'],
  }),
  'filing.setReference': command<FilingDetail>()(setReferenceSchema, {
    reads: [...filingTables, 'customs_documents', 'orders'],
    writes: ['declaration_filings', 'audit_log'],
  }),
  'filing.list': command<{ rows: FilingSummary[]; total: number }>()(
    z
      .object({
        ...pageQuery,
        status: z.enum(FILING_STATUSES).optional(),
        /** Only filings still in force whose customs reference has not come yet. */
        awaitingReference: z.boolean().optional(),
      })
      .strict(),
    {
      reads: [...filingTables, 'customs_documents', 'orders'],
    },
  ),
  'filing.fileOrders': command<FileOrdersResult>()(fileOrdersSchema, {
    reads: ['customs_documents', 'customs_document_orders', 'company_profile', 'orders'],
    writes: [...filingTables, 'orders', 'audit_log'],
  }),
  'filing.get': command<FilingDetail>()(z.object({ id: Id }).strict(), { reads: [...filingTables, 'customs_documents', 'orders'] }),
  'filing.ofOrder': command<OrderFiling>()(z.object({ orderId: Id }).strict(), {
    reads: [...filingTables, 'customs_documents', 'customs_document_orders', 'orders'],
  }),
  /** Prints a document of the filing as filed (the declaration unless another of the snapshot is named). */
  'filing.show': command<ShownDocument>()(z.object({ id: Id, documentId: Id.optional() }).strict(), { reads: ['declaration_filings'] }),
} satisfies Record<FilingCommand, Command<z.ZodType, unknown>>;
