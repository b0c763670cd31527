// Where a returned order's goods are now, read off the stock ledger: still held in the warehouse
// (a picking container or a parcel, for an order cancelled before dispatch) or gone with the
// carrier (deducted at dispatch, for goods refused abroad or undeliverable).
import { sql } from 'kysely';
import type { Db } from '../audit/auditRepository';

/** Goods of one order line still held at one place (quantities in thousandths). */
export interface HeldGoods {
  orderLineId: number;
  productId: number;
  place: 'container' | 'parcel';
  container: string;
  parcelId: number | null;
  qtyMilli: number;
}

/** Goods of one order line that left with the carrier. */
export interface DeductedGoods {
  orderLineId: number;
  productId: number;
  qtyMilli: number;
}

/** The order's goods still in containers or parcels, per line and place. */
export async function heldGoods(db: Db, orderId: number): Promise<HeldGoods[]> {
  const rows = await db
    .selectFrom('stock_movements')
    .select(['order_line_id', 'product_id', 'place', 'container', 'parcel_id', sql<number>`sum(qty_milli)`.as('q')])
    .where('order_id', '=', orderId)
    .where('place', 'in', ['container', 'parcel'])
    .groupBy(['order_line_id', 'product_id', 'place', 'container', 'parcel_id'])
    .having(sql`sum(qty_milli)`, '<>', 0)
    .orderBy('order_line_id')
    .orderBy('place')
    .execute();
  return rows.map((r) => ({
    orderLineId: r.order_line_id!,
    productId: r.product_id,
    place: r.place as 'container' | 'parcel',
    // Only a container row names a container; a parcel row's container column is ''.
    container: r.place === 'container' ? r.container : '',
    parcelId: r.parcel_id,
    qtyMilli: Number(r.q),
  }));
}

/** What dispatch deducted of the order, per line. */
export async function deductedGoods(db: Db, orderId: number): Promise<DeductedGoods[]> {
  const rows = await db
    .selectFrom('stock_movements')
    .select(['order_line_id', 'product_id', sql<number>`-sum(qty_milli)`.as('q')])
    .where('order_id', '=', orderId)
    .where('kind', '=', 'deduction')
    .groupBy(['order_line_id', 'product_id'])
    .orderBy('order_line_id')
    .execute();
  return rows.filter((r) => Number(r.q) > 0).map((r) => ({ orderLineId: r.order_line_id!, productId: r.product_id, qtyMilli: Number(r.q) }));
}
