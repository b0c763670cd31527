// Row types of step 6: customs' outcomes on filed declarations, appended, never changed.
import type { Generated, Selectable } from 'kysely';

export type ClearanceOutcome = 'released' | 'held' | 'rejected';

export interface ClearanceOutcomesTable {
  id: Generated<number>;
  filing_id: number;
  outcome: ClearanceOutcome;
  decided_at: string;
  requested: Generated<string>;
  presented: Generated<string>;
  presented_at: string | null;
  due_date: string | null;
  reason: Generated<string>;
  note: Generated<string>;
  /** JSON array of { id, type, number, version } presented. */
  documents: Generated<string>;
  source: 'hand' | 'import';
  recorded_at: string;
  recorded_by: string;
}

export interface ClearanceTables {
  clearance_outcomes: ClearanceOutcomesTable;
}

export type ClearanceOutcomeRow = Selectable<ClearanceOutcomesTable>;
