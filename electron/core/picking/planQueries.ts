// The set-based reads wave planning needs: a handful of grouped queries for the whole wave, so
// planning 1,000 orders costs the same few statements as planning one.
import { sql } from 'kysely';
import type { Db } from '../audit/auditRepository';

export interface PlanOrder {
  id: number;
  orderNumber: string;
  status: string;
}

export async function ordersByIds(db: Db, ids: number[]): Promise<PlanOrder[]> {
  const rows = await db.selectFrom('orders').select(['id', 'order_number', 'status']).where('id', 'in', ids).execute();
  return rows.map((r) => ({ id: r.id, orderNumber: r.order_number, status: r.status }));
}

/** order id -> number of the open pick list it is already on. */
export async function openListOfOrders(db: Db, ids: number[]): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom('pick_list_lines as l')
    .innerJoin('pick_lists as p', 'p.id', 'l.pick_list_id')
    .select(['l.order_id', 'p.number'])
    .where('p.status', '=', 'open')
    .where('l.order_id', 'in', ids)
    .groupBy(['l.order_id', 'p.number'])
    .execute();
  return new Map(rows.map((r) => [r.order_id, r.number]));
}

export interface PlanLine {
  id: number;
  orderId: number;
  lineNo: number;
  sku: string;
  productId: number | null;
  reserved: number;
}

/** Every line of the orders with what is still reserved for it: two queries, joined in JS. */
export async function linesWithReservations(db: Db, orderIds: number[]): Promise<PlanLine[]> {
  const lines = await db
    .selectFrom('order_lines')
    .select(['id', 'order_id', 'line_no', 'sku', 'product_id'])
    .where('order_id', 'in', orderIds)
    .orderBy('order_id')
    .orderBy('line_no')
    .execute();
  // The subquery keeps the bound values to the order ids however many lines the orders have.
  const reserved = await db
    .selectFrom('stock_movements')
    .select(['order_line_id', sql<number>`sum(reserved_milli)`.as('r')])
    .where('order_line_id', 'in', (eb) => eb.selectFrom('order_lines').select('id').where('order_id', 'in', orderIds))
    .groupBy('order_line_id')
    .execute();
  const byLine = new Map(reserved.map((r) => [r.order_line_id!, Number(r.r)]));
  return lines.map((l) => ({ id: l.id, orderId: l.order_id, lineNo: l.line_no, sku: l.sku, productId: l.product_id, reserved: byLine.get(l.id) ?? 0 }));
}

export interface BinStock {
  productId: number;
  locationId: number;
  binCode: string;
  walkOrder: number;
  onHand: number;
}

/** What each bin holds of each product, bins with nothing left excluded. */
export async function binStocks(db: Db, productIds: number[]): Promise<BinStock[]> {
  const rows = await db
    .selectFrom('stock_movements as m')
    .innerJoin('locations as loc', 'loc.id', 'm.location_id')
    .select(['m.product_id', 'm.location_id', 'loc.bin_code', 'loc.walk_order', sql<number>`sum(m.qty_milli)`.as('q')])
    .where('m.place', '=', 'bin')
    .where('m.product_id', 'in', productIds)
    .groupBy(['m.product_id', 'm.location_id'])
    .having(sql`sum(m.qty_milli)`, '>', 0)
    .execute();
  return rows.map((r) => ({ productId: r.product_id, locationId: r.location_id!, binCode: r.bin_code, walkOrder: r.walk_order, onHand: Number(r.q) }));
}

/** "productId:locationId" -> what open pick lists still send pickers to take from that bin. */
export async function openAllocations(db: Db, productIds: number[]): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('pick_list_lines as l')
    .innerJoin('pick_lists as p', 'p.id', 'l.pick_list_id')
    .select(['l.product_id', 'l.location_id', sql<number>`sum(l.qty_milli - l.picked_milli - l.short_milli)`.as('q')])
    .where('p.status', '=', 'open')
    .where('l.status', '=', 'open')
    .where('l.product_id', 'in', productIds)
    .groupBy(['l.product_id', 'l.location_id'])
    .execute();
  return new Map(rows.map((r) => [`${r.product_id}:${r.location_id}`, Number(r.q)]));
}
