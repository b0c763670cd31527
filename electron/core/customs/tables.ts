// The customs documents' tables: each version of a document is a row; a final row never changes
// again (a trigger refuses it), an amendment is a new row that replaces it.
import type { Generated } from 'kysely';

export interface CustomsDocumentsTable {
  id: Generated<number>;
  type: string;
  status: 'draft' | 'final' | 'replaced' | 'void';
  version: number;
  /** The id of version 1: all versions of a document share it. */
  root_id: number;
  replaces_id: number | null;
  /** '' until finalised; every version of a document keeps the number of version 1. */
  number: string;
  lang: string;
  paper: string;
  /** JSON of the type's schema (shared/schemas/customs). */
  data: string;
  revision: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  finalised_at: string | null;
  finalised_by: string | null;
  void_reason: Generated<string>;
}

export interface CustomsDocumentOrdersTable {
  document_id: number;
  order_id: number;
}

export interface DocumentSeriesTable {
  /** The series' key (shared SERIES_KEYS) and the year it counts in. */
  series: string;
  year: number;
  last: number;
}

export interface CustomsOverridesTable {
  id: Generated<number>;
  document_id: number;
  problem_key: string;
  reason: string;
  created_at: string;
  created_by: string;
}

export interface CustomsTables {
  customs_documents: CustomsDocumentsTable;
  customs_document_orders: CustomsDocumentOrdersTable;
  document_series: DocumentSeriesTable;
  customs_overrides: CustomsOverridesTable;
}
