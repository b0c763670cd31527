// Reads and writes of orders and their lines. Plain functions over a Kysely handle or a
// transaction, so services compose them inside one transaction.
import { sql } from 'kysely';
import type { OrderListQuery } from '../../../shared/api/contracts/orders';
import type { OrderPage } from '../../../shared/api/types';
import type { Order } from '../../../shared/schemas/order';
import type { Db } from '../audit/auditRepository';
import type { NewOrderLineRow, NewOrderRow, OrderLineRow, OrderRow } from './tables';
import { indexOrdersForSearch, orderSearchMatch } from '../db/sqliteOnly';
import { SUMMARY_COLUMNS, linesToRows, rowToSummary } from './orderRows';

// Stay well under SQLite's 32766 bound values per statement.
const MAX_PARAMS = 30000;

async function insertChunked<T extends 'orders' | 'order_lines'>(
  db: Db,
  table: T,
  rows: (T extends 'orders' ? NewOrderRow & { id: number } : NewOrderLineRow)[],
) {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length;
  const chunk = Math.max(1, Math.floor(MAX_PARAMS / perRow));
  for (let i = 0; i < rows.length; i += chunk) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .execute();
  }
}

/**
 * Inserts many orders with their lines in few statements. Ids are handed out here (max + 1...)
 * so lines can reference their order without a round trip per order; callers run this inside a
 * write transaction (BEGIN IMMEDIATE), which makes the max stable.
 */
export async function insertOrders(db: Db, orders: { order: Order; row: NewOrderRow }[]): Promise<number[]> {
  const { max } = await db
    .selectFrom('orders')
    .select(sql<number | null>`max(id)`.as('max'))
    .executeTakeFirstOrThrow();
  let next = (max ?? 0) + 1;
  const ids: number[] = [];
  const orderRows: (NewOrderRow & { id: number })[] = [];
  const lineRows: NewOrderLineRow[] = [];
  for (const { order, row } of orders) {
    const id = next++;
    ids.push(id);
    orderRows.push({ id, ...row });
    for (const line of linesToRows(order, id)) lineRows.push(line);
  }
  await insertChunked(db, 'orders', orderRows);
  await insertChunked(db, 'order_lines', lineRows);
  if (ids.length > 0) await indexOrdersForSearch(db, ids[0]!, ids[ids.length - 1]!);
  return ids;
}

export async function replaceLines(db: Db, orderId: number, order: Order): Promise<void> {
  await db.deleteFrom('order_lines').where('order_id', '=', orderId).execute();
  await insertChunked(db, 'order_lines', linesToRows(order, orderId));
}

export async function findOrder(db: Db, id: number): Promise<{ row: OrderRow; lines: OrderLineRow[] } | undefined> {
  const row = await db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const lines = await db.selectFrom('order_lines').selectAll().where('order_id', '=', id).orderBy('line_no').execute();
  return { row, lines };
}

/** Existing orders by (channel, order number), for the import's duplicate check. */
export async function findByNumbers(db: Db, channel: string, numbers: string[]): Promise<Map<string, { id: number; contentHash: string }>> {
  const found = new Map<string, { id: number; contentHash: string }>();
  for (let i = 0; i < numbers.length; i += 900) {
    const rows = await db
      .selectFrom('orders')
      .select(['id', 'order_number', 'content_hash'])
      .where('channel', '=', channel)
      .where('order_number', 'in', numbers.slice(i, i + 900))
      .execute();
    for (const r of rows) found.set(r.order_number, { id: r.id, contentHash: r.content_hash });
  }
  return found;
}

const SORT_COLUMNS = {
  orderDate: sql`order_date`,
  orderNumber: sql`order_number`,
  consigneeName: sql`consignee_name collate nocase`,
  country: sql`country`,
  status: sql`status`,
  // Sorting only: the total is exact decimal text, cast so 100 sorts after 99. Shown values stay exact.
  total: sql`cast(total as real)`,
} as const;

function escapeGlob(text: string): string {
  return text.replace(/[*?[]/g, (c) => `[${c}]`);
}

export async function listOrders(db: Db, q: Required<OrderListQuery>): Promise<OrderPage> {
  let base = db.selectFrom('orders');
  if (q.status !== 'all') base = base.where('status', '=', q.status);
  const term = q.search.trim();
  if ([...term].length >= 3) {
    // Anywhere in the order number, consignee name or company, case-insensitive (trigram index).
    base = base.where(orderSearchMatch(term));
  } else if (term !== '') {
    // One or two characters say too little for a substring search over 100,000 orders: they match
    // a country code or the start of an order number, both answered from an index.
    base = base.where((eb) =>
      eb.or([
        eb('country', '=', term.toUpperCase()),
        sql<boolean>`order_number glob ${`${escapeGlob(term)}*`}`,
        sql<boolean>`order_number glob ${`${escapeGlob(term.toUpperCase())}*`}`,
      ]),
    );
  }
  const dir = q.dir === 'asc' ? sql`asc` : sql`desc`;
  const [rows, count] = await Promise.all([
    base
      .select([...SUMMARY_COLUMNS])
      .orderBy(sql`${SORT_COLUMNS[q.sort]} ${dir}`)
      .orderBy(sql`id ${dir}`)
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(rowToSummary), total: Number(count.n), offset: q.offset };
}
