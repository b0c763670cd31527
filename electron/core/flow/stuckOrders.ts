// What is stuck: held at customs, short of stock, on hold, and waiting at a step past the
// threshold the user set. Each list shows the oldest few and counts them all.
import type { HeldOrder, Listed, StuckOrder } from '../../../shared/api/contracts/flow';
import { type FlowStep, STEP_OF_STATUS } from '../../../shared/domain/flowSteps';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import { sql } from 'kysely';
import type { Db } from '../audit/auditRepository';

/** How many orders each stuck list shows; the total says how many more there are. */
export const LIST_SIZE = 20;

const HOUR_MS = 3_600_000;

// Short of stock matters until the goods are picked and packed: after that the order ships what it has.
const SHORT_STATUSES: OrderStatus[] = ['received', 'on_hold', 'confirmed', 'picking', 'picked'];
// Held and on-hold orders have lists of their own; the waiting list is for everything else in the flow.
const WAITING_STATUSES = (Object.keys(STEP_OF_STATUS) as OrderStatus[]).filter((s) => STEP_OF_STATUS[s] !== null && s !== 'on_hold' && s !== 'customs_held');

interface OrderFacts {
  id: number;
  order_number: string;
  status: string;
  /** When the order reached its status (see SINCE). */
  since: string;
  hold_reason: string;
  shortage: string;
}

function hoursBetween(since: string, at: string): number {
  const ms = Date.parse(at) - Date.parse(since);
  return Number.isFinite(ms) ? Math.max(0, Math.floor(ms / HOUR_MS)) : 0;
}

/** The SKUs a shortage column names; a value this code cannot read is shown as it is. */
function missingSkus(shortage: string): string {
  try {
    const lines: unknown = JSON.parse(shortage);
    if (Array.isArray(lines)) return [...new Set(lines.map((l: { sku?: unknown }) => (typeof l?.sku === 'string' ? l.sku : '?')))].join(', ');
  } catch {
    // fall through
  }
  return shortage;
}

function stuck(row: OrderFacts, at: string, detail = ''): StuckOrder {
  const status = row.status as OrderStatus;
  return {
    id: row.id,
    orderNumber: row.order_number,
    status,
    step: STEP_OF_STATUS[status] ?? null,
    since: row.since,
    hours: hoursBetween(row.since, at),
    detail,
  };
}

/**
 * How long an order has stood where it is counts from its last status change (orders.status_at,
 * kept by a trigger on the status), not from updated_at, which an edit of its notes refreshes. An
 * order that has not moved since it was created has '' there and counts from its creation.
 */
const SINCE = sql<string>`case when status_at <> '' then status_at else created_at end`;
const SINCE_O = sql<string>`case when o.status_at <> '' then o.status_at else o.created_at end`;

const FACTS = ['id', 'order_number', 'status', SINCE.as('since'), 'hold_reason', 'shortage'] as const;

async function total(db: Db, where: (q: ReturnType<typeof base>) => ReturnType<typeof base>): Promise<number> {
  const row = await where(base(db))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function base(db: Db) {
  return db.selectFrom('orders');
}

export async function onHoldOrders(db: Db, at: string, heldCount: number): Promise<Listed<StuckOrder>> {
  const rows = await db.selectFrom('orders').select(FACTS).where('status', '=', 'on_hold').orderBy(SINCE).orderBy('id').limit(LIST_SIZE).execute();
  return { total: heldCount, orders: rows.map((r) => stuck(r, at, r.hold_reason)) };
}

export async function shortOrders(db: Db, at: string): Promise<Listed<StuckOrder>> {
  const short = (q: ReturnType<typeof base>) => q.where('status', 'in', SHORT_STATUSES).where('shortage', '<>', '[]').where('shortage', '<>', '');
  const rows = await short(base(db)).select(FACTS).orderBy(SINCE).orderBy('id').limit(LIST_SIZE).execute();
  return { total: await total(db, short), orders: rows.map((r) => stuck(r, at, missingSkus(r.shortage))) };
}

/** Orders whose last status change is older than the threshold, oldest first, and how many at each step. */
export async function waitingOrders(db: Db, at: string, waitingHours: number): Promise<Listed<StuckOrder> & { byStep: Partial<Record<FlowStep, number>> }> {
  // ISO 8601 UTC strings compare as text in time order, so the index-free filter stays one pass.
  const cutoff = new Date(Date.parse(at) - waitingHours * HOUR_MS).toISOString();
  const waiting = (q: ReturnType<typeof base>) => q.where('status', 'in', WAITING_STATUSES).where(SINCE, '<', cutoff);
  const counts = await waiting(base(db))
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const byStep: Partial<Record<FlowStep, number>> = {};
  let all = 0;
  for (const c of counts) {
    const step = STEP_OF_STATUS[c.status as OrderStatus];
    if (!step) continue;
    byStep[step] = (byStep[step] ?? 0) + Number(c.n);
    all += Number(c.n);
  }
  const rows = all === 0 ? [] : await waiting(base(db)).select(FACTS).orderBy(SINCE).orderBy('id').limit(LIST_SIZE).execute();
  return { total: all, byStep, orders: rows.map((r) => stuck(r, at)) };
}

/**
 * Orders held at customs, the longest held first, each with its live filing's reference and the
 * latest 'held' outcome (when customs held it, what it asked for, by when).
 */
export async function heldOrders(db: Db, at: string, heldCount: number): Promise<Listed<HeldOrder>> {
  const rows = await db
    .selectFrom('orders as o')
    .select(['o.id', 'o.order_number', 'o.status', SINCE_O.as('since'), 'o.hold_reason', 'o.shortage'])
    .select((eb) =>
      eb
        .selectFrom('declaration_filing_orders as dfo')
        .innerJoin('declaration_filings as f', 'f.id', 'dfo.filing_id')
        .select('f.id')
        .whereRef('dfo.order_id', '=', 'o.id')
        .where('f.status', '=', 'filed')
        .orderBy('f.id', 'desc')
        .limit(1)
        .as('filing_id'),
    )
    .where('o.status', '=', 'customs_held')
    .orderBy(SINCE_O)
    .orderBy('o.id')
    .limit(LIST_SIZE)
    .execute();
  const filingIds = [...new Set(rows.map((r) => r.filing_id).filter((id): id is number => id !== null))];
  const filings = new Map<number, { reference: string; decided_at: string | null; due_date: string | null; requested: string }>();
  if (filingIds.length > 0) {
    const found = await db
      .selectFrom('declaration_filings as f')
      .leftJoin('clearance_outcomes as co', (join) =>
        join.onRef('co.filing_id', '=', 'f.id').on('co.id', '=', (eb) =>
          eb
            .selectFrom('clearance_outcomes as last')
            .select((e) => e.fn.max('last.id').as('m'))
            .whereRef('last.filing_id', '=', 'f.id')
            .where('last.outcome', '=', 'held'),
        ),
      )
      .select(['f.id', 'f.reference', 'co.decided_at', 'co.due_date', 'co.requested'])
      .where('f.id', 'in', filingIds)
      .execute();
    for (const f of found) filings.set(f.id, { reference: f.reference, decided_at: f.decided_at, due_date: f.due_date, requested: f.requested ?? '' });
  }
  return {
    total: heldCount,
    orders: rows.map((r) => {
      const f = r.filing_id === null ? undefined : filings.get(r.filing_id);
      return {
        ...stuck(r, at, f?.requested ?? ''),
        filingId: r.filing_id,
        reference: f?.reference ?? '',
        heldAt: f?.decided_at ?? null,
        dueDate: f?.due_date ?? null,
        requested: f?.requested ?? '',
      };
    }),
  };
}
