// Reads of step 6: a filing's state before customs' word, and outcomes as the screens show them.
import type { OutcomeEntry, PresentedDocument } from '../../../shared/api/contracts/clearance';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import type { Db } from '../audit/auditRepository';
import { filingNotFound } from './errors';
import type { FilingState } from './outcomeRules';
import type { ClearanceOutcomeRow } from './tables';

/** The filing, its orders and the latest outcome on its declaration (any filing of the same root). */
export async function loadFilingStates(db: Db, filingIds: number[]): Promise<Map<number, FilingState>> {
  const out = new Map<number, FilingState>();
  if (filingIds.length === 0) return out;
  const filings = await db
    .selectFrom('declaration_filings as f')
    .innerJoin('customs_documents as c', 'c.id', 'f.declaration_id')
    .select(['f.id', 'f.root_id', 'f.status', 'f.filed_at', 'c.number'])
    .where('f.id', 'in', filingIds)
    .execute();
  const orders = await db
    .selectFrom('declaration_filing_orders as fo')
    .innerJoin('orders as o', 'o.id', 'fo.order_id')
    .select(['fo.filing_id', 'o.id', 'o.order_number', 'o.status'])
    .where('fo.filing_id', 'in', filingIds)
    .orderBy('o.id')
    .execute();
  const latest = await latestOutcomes(
    db,
    filings.map((f) => f.root_id),
  );
  for (const f of filings) {
    const last = latest.get(f.root_id);
    out.set(f.id, {
      filingId: f.id,
      rootId: f.root_id,
      status: f.status,
      number: f.number || `#${f.id}`,
      filedAt: f.filed_at,
      orders: orders.filter((o) => o.filing_id === f.id).map((o) => ({ id: o.id, orderNumber: o.order_number, status: o.status as OrderStatus })),
      latest: last ? { outcome: last.outcome, decidedAt: last.decided_at } : null,
    });
  }
  return out;
}

export async function loadFilingState(db: Db, filingId: number): Promise<FilingState> {
  const state = (await loadFilingStates(db, [filingId])).get(filingId);
  if (!state) throw filingNotFound(filingId);
  return state;
}

/** The latest outcome of each declaration (by the root of its filings), with its filing's version. */
export async function latestOutcomes(db: Db, rootIds: number[]): Promise<Map<number, ClearanceOutcomeRow & { filing_version: number }>> {
  const out = new Map<number, ClearanceOutcomeRow & { filing_version: number }>();
  const roots = [...new Set(rootIds)];
  if (roots.length === 0) return out;
  const rows = await db
    .selectFrom('clearance_outcomes as o')
    .innerJoin('declaration_filings as f', 'f.id', 'o.filing_id')
    .selectAll('o')
    .select(['f.root_id', 'f.version as filing_version'])
    .where('f.root_id', 'in', roots)
    .orderBy('o.id', 'desc')
    .execute();
  for (const r of rows) if (!out.has(r.root_id)) out.set(r.root_id, r);
  return out;
}

export function toEntry(r: ClearanceOutcomeRow & { filing_version: number }): OutcomeEntry {
  return {
    id: r.id,
    filingId: r.filing_id,
    filingVersion: r.filing_version,
    outcome: r.outcome,
    decidedAt: r.decided_at,
    requested: r.requested,
    presented: r.presented,
    presentedAt: r.presented_at,
    dueDate: r.due_date,
    reason: r.reason,
    note: r.note,
    documents: JSON.parse(r.documents) as PresentedDocument[],
    source: r.source,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  };
}
