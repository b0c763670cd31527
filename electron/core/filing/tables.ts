// Row types of filed declarations (step 4): each filing is what went to customs, frozen.
import type { Generated, Selectable } from 'kysely';

export interface DeclarationFilingsTable {
  id: Generated<number>;
  declaration_id: number;
  root_id: number;
  version: number;
  replaces_id: number | null;
  status: 'filed' | 'replaced' | 'withdrawn';
  office: string;
  filed_at: string;
  /** '' until customs gives it; then set once. */
  reference: Generated<string>;
  reference_at: string | null;
  transport_document: Generated<string>;
  /** JSON: FilingSnapshot (shared/api/contracts/filing.ts). */
  snapshot: string;
  withdrawn_reason: Generated<string>;
  created_at: string;
  created_by: string;
}

export interface DeclarationFilingOrdersTable {
  filing_id: number;
  order_id: number;
}

export interface FilingTables {
  declaration_filings: DeclarationFilingsTable;
  declaration_filing_orders: DeclarationFilingOrdersTable;
}

export type FilingRow = Selectable<DeclarationFilingsTable>;
