// What the clearance screen and the order page read: every declaration in force with where it
// stands with customs and how long it has waited, and an order's outcomes. "How long" is measured
// against the core's clock the handler passes in (its stamp), never the wall clock.
import type { ClearanceList, ClearanceRow, ClearanceState, OrderClearance } from '../../../shared/api/contracts/clearance';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import type { ClearanceFilter } from '../../../shared/schemas/clearance';
import type { DocumentType } from '../../../shared/schemas/customs';
import { notFound } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import { latestOutcomes, toEntry } from './outcomeRepository';

/** A bare date counts from the start of its day (UTC). */
const instant = (v: string) => Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);

export function waitedMinutes(since: string, now: string): number {
  return Math.max(0, Math.floor((instant(now) - instant(since)) / 60_000));
}

/**
 * When a hold began. Customs' decision is often a bare date; recorded on that same day it counts
 * from the recording (a hold typed at 15:00 has not waited since midnight), otherwise from the
 * start of its day.
 */
export function heldSince(decidedAt: string, recordedAt: string): string {
  return decidedAt.length === 10 && recordedAt.slice(0, 10) === decidedAt ? recordedAt : decidedAt;
}

/** Held past its due date: the due day is over by the clock's own day. */
export function isOverdue(dueDate: string | null, now: string): boolean {
  return dueDate !== null && dueDate < now.slice(0, 10);
}

export async function clearanceRows(db: Db, now: string): Promise<ClearanceRow[]> {
  const filings = await db
    .selectFrom('declaration_filings as f')
    .innerJoin('customs_documents as c', 'c.id', 'f.declaration_id')
    .select([
      'f.id',
      'f.root_id',
      'f.version',
      'f.office',
      'f.filed_at',
      'f.reference',
      'f.declaration_id',
      'c.number',
      'c.type',
      'c.version as document_version',
    ])
    .where('f.status', '=', 'filed')
    .execute();
  if (filings.length === 0) return [];
  const orders = await db
    .selectFrom('declaration_filing_orders as fo')
    .innerJoin('declaration_filings as f', 'f.id', 'fo.filing_id')
    .innerJoin('orders as o', 'o.id', 'fo.order_id')
    .select(['fo.filing_id', 'o.id', 'o.order_number', 'o.status'])
    .where('f.status', '=', 'filed')
    .orderBy('o.id')
    .execute();
  const ordersOf = new Map<number, ClearanceRow['orders']>();
  for (const o of orders) {
    const list = ordersOf.get(o.filing_id) ?? [];
    list.push({ id: o.id, orderNumber: o.order_number, status: o.status as OrderStatus });
    ordersOf.set(o.filing_id, list);
  }
  const latest = await latestOutcomes(
    db,
    filings.map((f) => f.root_id),
  );
  return filings.map((f) => {
    const last = latest.get(f.root_id);
    const state: ClearanceState = last?.outcome ?? 'awaiting';
    const since = state === 'awaiting' ? f.filed_at : state === 'held' ? heldSince(last!.decided_at, last!.recorded_at) : null;
    const dueDate = state === 'held' ? (last!.due_date ?? null) : null;
    const rowOrders = ordersOf.get(f.id) ?? [];
    return {
      filingId: f.id,
      declarationId: f.declaration_id,
      number: f.number,
      documentType: f.type as DocumentType,
      documentVersion: f.document_version,
      filingVersion: f.version,
      reference: f.reference,
      office: f.office,
      filedAt: f.filed_at,
      orders: rowOrders,
      state,
      latest: last ? toEntry(last) : null,
      waitingSince: since,
      waitedMinutes: since ? waitedMinutes(since, now) : null,
      dueDate,
      overdue: isOverdue(dueDate, now),
      recordable: rowOrders.length > 0 && rowOrders.every((o) => o.status === 'booked' || o.status === 'customs_held'),
    };
  });
}

function matches(row: ClearanceRow, search: string): boolean {
  if (!search) return true;
  const s = search.toLowerCase();
  return [row.number, row.reference, row.office, ...row.orders.map((o) => o.orderNumber)].some((v) => v.toLowerCase().includes(s));
}

export async function listClearance(
  db: Db,
  query: { filter: ClearanceFilter; search: string; offset: number; limit: number },
  now: string,
): Promise<ClearanceList> {
  const all = (await clearanceRows(db, now)).filter((r) => matches(r, query.search));
  const counts = { awaiting: 0, held: 0, released: 0, rejected: 0, all: all.length };
  for (const r of all) counts[r.state]++;
  const rows = all.filter((r) => query.filter === 'all' || r.state === query.filter);
  // The work first: the longest waiting at the top; decided ones newest first.
  rows.sort((a, b) =>
    a.waitingSince && b.waitingSince
      ? a.waitingSince.localeCompare(b.waitingSince) || a.filingId - b.filingId
      : a.waitingSince
        ? -1
        : b.waitingSince
          ? 1
          : (b.latest?.id ?? 0) - (a.latest?.id ?? 0),
  );
  return { rows: rows.slice(query.offset, query.offset + query.limit), total: rows.length, counts };
}

export async function orderClearance(db: Db, orderId: number): Promise<OrderClearance> {
  const order = await db.selectFrom('orders').select('id').where('id', '=', orderId).executeTakeFirst();
  if (!order) throw notFound('Order', orderId);
  const filings = await db
    .selectFrom('declaration_filings as f')
    .innerJoin('declaration_filing_orders as fo', 'fo.filing_id', 'f.id')
    .select(['f.id', 'f.status'])
    .where('fo.order_id', '=', orderId)
    .orderBy('f.id', 'desc')
    .execute();
  const ids = filings.map((f) => f.id);
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('clearance_outcomes as o')
          .innerJoin('declaration_filings as f', 'f.id', 'o.filing_id')
          .selectAll('o')
          .select('f.version as filing_version')
          .where('o.filing_id', 'in', ids)
          .orderBy('o.id', 'desc')
          .execute();
  return { orderId, filingId: filings.find((f) => f.status === 'filed')?.id ?? null, outcomes: rows.map(toEntry) };
}
