// Imports customs outcomes from a file, all or nothing: every row is checked first (its words,
// its declaration, and the outcome against the state the earlier rows of the file leave), and the
// outcomes are recorded only when no row has a problem. Problems are reported by row and column,
// in the order import's shape.
import type { OutcomeImportPreview, OutcomeImportRow } from '../../../shared/api/contracts/clearance';
import type { ImportRowError } from '../../../shared/import/orderCsv';
import type { Stamp } from '../api/stamp';
import type { Db } from '../audit/auditRepository';
import { importEmpty, importHasErrors } from './errors';
import { type OutcomeFileRow, parseOutcomeCsv } from './outcomeCsv';
import { loadFilingStates } from './outcomeRepository';
import { afterOutcome, outcomeRefusal } from './outcomeRules';
import { recordOutcome } from './outcomeService';

/** Errors shown at most; the count still says how many there were. */
const MAX_ERRORS = 1000;

interface Checked {
  preview: OutcomeImportPreview;
  ready: (OutcomeFileRow & { filingId: number })[];
}

/**
 * The filing in force a file's reference names: its customs reference, or its declaration's number
 * (any filing of the declaration leads to the one in force now). Null when none, or several.
 */
async function filingsByReference(db: Db, references: string[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  const refs = [...new Set(references)];
  if (refs.length === 0) return out;
  const rows = await db
    .selectFrom('declaration_filings as f')
    .innerJoin('customs_documents as c', 'c.id', 'f.declaration_id')
    .innerJoin('declaration_filings as live', (j) => j.onRef('live.root_id', '=', 'f.root_id').on('live.status', '=', 'filed'))
    .select(['f.reference', 'c.number', 'live.id as liveId'])
    .where((eb) => eb.or([eb('f.reference', 'in', refs), eb('c.number', 'in', refs)]))
    .execute();
  for (const r of rows) {
    for (const key of [r.reference, r.number]) {
      if (!refs.includes(key)) continue;
      const list = out.get(key) ?? [];
      if (!list.includes(r.liveId)) list.push(r.liveId);
      out.set(key, list);
    }
  }
  return out;
}

export async function checkOutcomeFile(db: Db, text: string): Promise<Checked> {
  const parsed = parseOutcomeCsv(text);
  const errors: ImportRowError[] = [...parsed.errors];
  const byRef = await filingsByReference(
    db,
    parsed.rows.map((r) => r.reference),
  );
  const states = await loadFilingStates(db, [...new Set([...byRef.values()].flat())]);
  const refColumn = parsed.mapping.reference ?? 'reference';
  const ready: Checked['ready'] = [];
  const rows: OutcomeImportRow[] = [];
  for (const r of parsed.rows) {
    const found = byRef.get(r.reference) ?? [];
    if (found.length !== 1) {
      errors.push({
        row: r.row,
        column: refColumn,
        code: found.length === 0 ? 'clearance.import.unknownReference' : 'clearance.import.ambiguousReference',
        params: { reference: r.reference },
      });
      continue;
    }
    const filingId = found[0]!;
    const state = states.get(filingId)!;
    const refusal = outcomeRefusal(state, { decidedAt: r.input.decidedAt });
    if (refusal) {
      const dated = refusal.code === 'clearanceErrors.decidedBeforeFiling' || refusal.code === 'clearanceErrors.decidedBeforeLast';
      errors.push({ row: r.row, column: (dated ? parsed.mapping.date : parsed.mapping.outcome) ?? '', code: refusal.code, params: refusal.params });
      continue;
    }
    // The rows after this one see the declaration as this outcome leaves it.
    states.set(filingId, afterOutcome(state, r.input.outcome, r.input.decidedAt));
    ready.push({ ...r, filingId });
    rows.push({
      row: r.row,
      reference: r.reference,
      filingId,
      number: state.number,
      orderNumbers: state.orders.map((o) => o.orderNumber),
      outcome: r.input.outcome,
      decidedAt: r.input.decidedAt,
    });
  }
  errors.sort((a, b) => a.row - b.row);
  return {
    preview: {
      headers: parsed.headers,
      delimiter: parsed.delimiter,
      mapping: parsed.mapping,
      missingFields: parsed.missingFields,
      rowCount: parsed.rowCount,
      rows,
      errors: errors.slice(0, MAX_ERRORS),
      errorCount: errors.length,
    },
    ready,
  };
}

export async function previewOutcomeFile(db: Db, text: string): Promise<OutcomeImportPreview> {
  return (await checkOutcomeFile(db, text)).preview;
}

/** Records every row's outcome in the caller's transaction, or none: one problem refuses the file. */
export async function commitOutcomeFile(trx: Db, text: string, stamp: Stamp): Promise<{ recorded: number; filings: number }> {
  const { preview, ready } = await checkOutcomeFile(trx, text);
  if (preview.errorCount > 0) throw importHasErrors(preview.errorCount);
  if (ready.length === 0) throw importEmpty();
  for (const r of ready) await recordOutcome(trx, { ...r.input, filingId: r.filingId }, 'import', stamp);
  return { recorded: ready.length, filings: new Set(ready.map((r) => r.filingId)).size };
}
