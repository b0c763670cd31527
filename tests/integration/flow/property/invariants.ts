// What must hold after every command, read from the real SQLite file: legal statuses reached only by
// legal moves, stock deducted exactly once and only after a dispatch from 'cleared', no reservation
// held by a cancelled order, nothing under customs supervision dispatched, and a ledger that balances.
// Each check throws with the order and the figures, so a shrunk counterexample says what broke.
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../../../electron/core/db/schema';
import { productFigures } from '../../../../electron/core/inventory/balances';
import { ORDER_ACTIONS, ORDER_STATUSES, type OrderStatus, UNDER_SUPERVISION, nextStatus } from '../../../../shared/domain/orderStatus';
import { toMilli } from '../../../../shared/domain/quantity';

/** The tables a command of steps 1 to 7 may write: a refused command must leave them exactly as they were. */
export const FLOW_TABLES = [
  'orders',
  'order_lines',
  'stock_movements',
  'audit_log',
  'parcels',
  'parcel_items',
  'customs_documents',
  'declaration_filings',
  'declaration_filing_orders',
  'shipments',
  'shipment_parcels',
  'issued_numbers',
  's10_ranges',
  'manifests',
  'manifest_parcels',
  'document_series',
  'clearance_outcomes',
  'returns',
] as const;

/** A digest of every row of the flow's tables. */
export async function digest(db: Kysely<DB>): Promise<string> {
  const hash = createHash('sha256');
  for (const t of FLOW_TABLES) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(t)} order by rowid`.execute(db);
    hash.update(`${t}:${JSON.stringify(rows.rows)}\n`);
  }
  return hash.digest('hex');
}

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

/** Whether some action of the state machine moves `from` to `to`. */
export function legalMove(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_ACTIONS.some((a) => nextStatus(from, a) === to);
}

/** Each order's status moves, oldest first, from the audit entries that moveOrder writes. */
async function statusHistories(db: Kysely<DB>, orderIds: number[]): Promise<Map<number, { from: OrderStatus; to: OrderStatus; action: string }[]>> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['entity_id', 'action', 'before', 'after'])
    .where('entity', '=', 'order')
    .where('entity_id', 'in', orderIds)
    .orderBy('id')
    .execute();
  const out = new Map<number, { from: OrderStatus; to: OrderStatus; action: string }[]>();
  for (const r of rows) {
    const before = r.before ? (JSON.parse(r.before) as { status?: OrderStatus }) : {};
    const after = r.after ? (JSON.parse(r.after) as { status?: OrderStatus }) : {};
    // Entries without both statuses (a parcel loaded, a paper voided) are not moves.
    if (!before.status || !after.status) continue;
    const list = out.get(r.entity_id) ?? [];
    list.push({ from: before.status, to: after.status, action: r.action });
    out.set(r.entity_id, list);
  }
  return out;
}

/**
 * Checks the run's own orders and their products (each run seeds its own), so one broken run does
 * not fail every later one and fast-check can shrink to the sequence that broke it.
 */
export async function checkInvariants(db: Kysely<DB>, orderIds: number[]): Promise<void> {
  const orders = await db.selectFrom('orders').select(['id', 'order_number', 'status']).where('id', 'in', orderIds).execute();
  const histories = await statusHistories(db, orderIds);

  // 1. Every status is one of the machine's, reached by a chain of legal moves ending where the order stands.
  for (const o of orders) {
    if (!(ORDER_STATUSES as readonly string[]).includes(o.status)) fail('unknown status', o);
    const h = histories.get(o.id) ?? [];
    for (const [i, m] of h.entries()) {
      if (!legalMove(m.from, m.to)) fail(`illegal move of ${o.order_number}`, m);
      if (i > 0 && h[i - 1]!.to !== m.from) fail(`broken history of ${o.order_number}`, h);
    }
    if (h.length > 0 && h[h.length - 1]!.to !== o.status) fail(`status of ${o.order_number} is not where its history ends`, { status: o.status, h });
  }

  // Deductions per order line (and parcel): the dispatch's own ledger kind.
  const lines = await db.selectFrom('order_lines').select(['id', 'order_id', 'quantity', 'product_id']).where('order_id', 'in', orderIds).execute();
  const deductions = await db
    .selectFrom('stock_movements')
    .select(['order_id', 'order_line_id', 'parcel_id', 'qty_milli', 'kind'])
    .where('kind', '=', 'deduction')
    .where('order_id', 'in', orderIds)
    .execute();
  const deductedByLine = new Map<number, number>();
  const perLineParcel = new Map<string, number>();
  for (const d of deductions) {
    deductedByLine.set(d.order_line_id!, (deductedByLine.get(d.order_line_id!) ?? 0) - d.qty_milli);
    const key = `${d.order_line_id}|${d.parcel_id}`;
    perLineParcel.set(key, (perLineParcel.get(key) ?? 0) + 1);
  }
  for (const [key, n] of perLineParcel) if (n > 1) fail('a parcel line was deducted more than once', { key, n });

  const byId = new Map(orders.map((o) => [o.id, o]));
  for (const o of orders) {
    const h = histories.get(o.id) ?? [];
    const dispatchedAt = h.findIndex((m) => m.to === 'in_transit');
    const clearedAt = h.findIndex((m) => m.to === 'cleared');
    // 4. Nothing leaves under customs supervision: a dispatch only ever follows a release.
    if (dispatchedAt >= 0 && (clearedAt < 0 || clearedAt > dispatchedAt || h[dispatchedAt]!.from !== 'cleared'))
      fail(`${o.order_number} was dispatched without a customs release`, h);
    // 2. Stock is deducted exactly once: nothing before dispatch, each line's whole quantity after.
    for (const l of lines.filter((x) => x.order_id === o.id)) {
      const deducted = deductedByLine.get(l.id) ?? 0;
      const expected = dispatchedAt >= 0 ? toMilli(l.quantity) : 0;
      if (deducted !== expected) fail(`line ${l.id} of ${o.order_number} (${o.status}) deducted ${deducted}, expected ${expected}`, h);
    }
  }
  for (const d of deductions) {
    const o = byId.get(d.order_id!);
    if (!o || (UNDER_SUPERVISION as readonly string[]).includes(o.status) || ['rejected', 'cleared', 'cancelled'].includes(o.status))
      fail('stock deducted for an order that never left', { movement: d, order: o });
  }

  // 3. A cancelled order holds no reservation.
  const reserved = await db
    .selectFrom('stock_movements')
    .select(['order_id', (eb) => eb.fn.sum<number>('reserved_milli').as('r')])
    .where('order_id', 'in', orderIds)
    .groupBy('order_id')
    .execute();
  for (const r of reserved) {
    const o = byId.get(r.order_id!);
    if (Number(r.r) < 0) fail('negative reservation', r);
    if (o?.status === 'cancelled' && Number(r.r) !== 0) fail(`cancelled order ${o.order_number} still holds a reservation`, r);
  }

  // 5. The ledger balances and nothing is negative, in any product or any place.
  const productIds = [...new Set(lines.map((l) => l.product_id!))];
  const movements = await db.selectFrom('stock_movements').selectAll().where('product_id', 'in', productIds).execute();
  const figures = await productFigures(db, productIds);
  for (const pid of productIds) {
    const mine = movements.filter((m) => m.product_id === pid);
    const f = figures.get(pid)!;
    const onHand = mine.reduce((s, m) => s + m.qty_milli, 0);
    if (f.onHand !== onHand) fail(`product ${pid}: on hand is not the sum of its movements`, { f, onHand });
    if (f.onHand < 0 || f.reserved < 0 || f.reserved > f.inBins) fail(`product ${pid}: impossible figures`, f);
  }
  const places = new Map<string, number>();
  for (const m of movements) {
    const key = `${m.product_id}|${m.place}|${m.location_id}|${m.container}|${m.parcel_id}|${m.place === 'bin' ? '' : m.order_line_id}`;
    places.set(key, (places.get(key) ?? 0) + m.qty_milli);
  }
  for (const [key, q] of places) if (q < 0) fail('a place holds less than nothing', { key, q });
}
