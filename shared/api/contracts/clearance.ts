// The commands of step 6: customs outcomes on filed declarations (released, held, rejected), by hand or imported; each input is re-checked in main.
import { z } from 'zod';
import type { OrderStatus } from '../../domain/orderStatus';
import type { ImportRowError } from '../../import/orderCsv';
import { CLEARANCE_FILTERS, type ClearanceOutcomeKind, recordOutcomeSchema } from '../../schemas/clearance';
import { Id, text } from '../../schemas/common';
import type { DocumentType } from '../../schemas/customs';
import { type Command, command } from '../command';
import type { ClearanceCommand } from '../names/clearance';

/** A document version customs had before it when it decided (from the filing's snapshot). */
export interface PresentedDocument {
  id: number;
  type: DocumentType;
  number: string;
  version: number;
}

/** One of customs' words on a declaration, with who recorded it and when. */
export interface OutcomeEntry {
  id: number;
  filingId: number;
  filingVersion: number;
  outcome: ClearanceOutcomeKind;
  decidedAt: string;
  requested: string;
  presented: string;
  presentedAt: string | null;
  dueDate: string | null;
  reason: string;
  note: string;
  documents: PresentedDocument[];
  source: 'hand' | 'import';
  recordedAt: string;
  recordedBy: string;
}

/** Where a declaration stands with customs: no word yet, or its latest outcome. */
export type ClearanceState = 'awaiting' | ClearanceOutcomeKind;

export interface ClearanceRow {
  filingId: number;
  declarationId: number;
  /** The declaration's number and the version filed. */
  number: string;
  documentType: DocumentType;
  documentVersion: number;
  filingVersion: number;
  reference: string;
  office: string;
  filedAt: string;
  orders: { id: number; orderNumber: string; status: OrderStatus }[];
  state: ClearanceState;
  latest: OutcomeEntry | null;
  /** Awaiting: since filing; held: since the hold. Null once customs has decided. */
  waitingSince: string | null;
  /** Whole minutes from waitingSince to the core's clock. */
  waitedMinutes: number | null;
  dueDate: string | null;
  /** Held past its due date (by the core's clock). */
  overdue: boolean;
  /** Whether an outcome can be recorded now (its orders are booked or held). */
  recordable: boolean;
}

export interface ClearanceList {
  rows: ClearanceRow[];
  total: number;
  /** How many live filings each tab holds. */
  counts: Record<(typeof CLEARANCE_FILTERS)[number], number>;
}

export interface OrderClearance {
  orderId: number;
  /** The order's filing in force, if any. */
  filingId: number | null;
  /** Every outcome on the filings that covered the order, newest first. */
  outcomes: OutcomeEntry[];
}

/** One valid row of an outcome file, as it will be recorded. */
export interface OutcomeImportRow {
  row: number;
  reference: string;
  filingId: number;
  number: string;
  orderNumbers: string[];
  outcome: ClearanceOutcomeKind;
  decidedAt: string;
}

export interface OutcomeImportPreview {
  headers: string[];
  delimiter: string;
  /** Which column feeds which field. */
  mapping: Partial<Record<OutcomeImportField, string>>;
  missingFields: OutcomeImportField[];
  rowCount: number;
  rows: OutcomeImportRow[];
  /** The same row-error shape as the order import's report. */
  errors: ImportRowError[];
  errorCount: number;
}

export const OUTCOME_IMPORT_FIELDS = ['reference', 'outcome', 'date', 'note', 'requested', 'dueDate', 'reason', 'presented'] as const;
export type OutcomeImportField = (typeof OUTCOME_IMPORT_FIELDS)[number];

export const outcomeImportInput = z
  .object({
    fileName: text(255, { required: true }),
    text: z.string().max(8 * 1024 * 1024, { error: 'import.fileTooLarge' }),
  })
  .strict();

const outcomeTables = ['clearance_outcomes', 'declaration_filings', 'declaration_filing_orders', 'orders'] as const;
const recordWrites = ['clearance_outcomes', 'orders', 'audit_log', 'shipments', 'returns'] as const;

export const clearanceContract = {
  'clearance.list': command<ClearanceList>()(
    z
      .object({
        filter: z.enum(CLEARANCE_FILTERS).default('awaiting'),
        search: z.string().trim().max(100).default(''),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    { reads: [...outcomeTables, 'customs_documents'] },
  ),
  'clearance.record': command<{ outcomeId: number }>()(recordOutcomeSchema, {
    reads: [...outcomeTables, 'customs_documents', 'returns'],
    writes: [...recordWrites],
  }),
  'clearance.importPreview': command<OutcomeImportPreview>()(outcomeImportInput, { reads: [...outcomeTables, 'customs_documents'] }),
  'clearance.importCommit': command<{ recorded: number; filings: number }>()(outcomeImportInput, {
    reads: [...outcomeTables, 'customs_documents', 'returns'],
    writes: [...recordWrites],
  }),
  'clearance.ofOrder': command<OrderClearance>()(z.object({ orderId: Id }).strict(), { reads: [...outcomeTables] }),
} satisfies Record<ClearanceCommand, Command<z.ZodType, unknown>>;
