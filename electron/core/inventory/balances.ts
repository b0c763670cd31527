// The read side of the stock ledger: every figure is a sum over stock_movements, so it cannot
// drift from the movements behind it. Quantities are integer thousandths (shared/domain/quantity).
import { sql } from 'kysely';
import type { Db } from '../audit/auditRepository';

const sum = (expr: string) => sql<number>`coalesce(sum(${sql.raw(expr)}), 0)`;

/** Goods in one bin. */
export async function binBalance(db: Db, productId: number, locationId: number): Promise<number> {
  const row = await db
    .selectFrom('stock_movements')
    .select(sum('qty_milli').as('q'))
    .where('product_id', '=', productId)
    .where('location_id', '=', locationId)
    .executeTakeFirst();
  return Number(row?.q ?? 0);
}

/** Goods of one order line at a place that is not a bin (its container or a parcel). */
export async function lineBalance(
  db: Db,
  orderLineId: number,
  place: 'container' | 'parcel',
  at: { container?: string; parcelId?: number } = {},
): Promise<number> {
  let q = db.selectFrom('stock_movements').select(sum('qty_milli').as('q')).where('order_line_id', '=', orderLineId).where('place', '=', place);
  if (at.container !== undefined) q = q.where('container', '=', at.container);
  if (at.parcelId !== undefined) q = q.where('parcel_id', '=', at.parcelId);
  const row = await q.executeTakeFirst();
  return Number(row?.q ?? 0);
}

/** What is still reserved for one order line (reservations less releases and picks). */
export async function lineReserved(db: Db, orderLineId: number): Promise<number> {
  const row = await db.selectFrom('stock_movements').select(sum('reserved_milli').as('r')).where('order_line_id', '=', orderLineId).executeTakeFirst();
  return Number(row?.r ?? 0);
}

export interface ProductFigures {
  productId: number;
  /** Everything in the building: bins, containers and open parcels. */
  onHand: number;
  inBins: number;
  reserved: number;
  /** In bins and not reserved: what a new order can have. */
  available: number;
  /** Picked into containers or packed, not yet dispatched. */
  staged: number;
}

/** Figures for the given products (all products that have movements when ids is omitted). */
export async function productFigures(db: Db, productIds?: number[]): Promise<Map<number, ProductFigures>> {
  const out = new Map<number, ProductFigures>();
  if (productIds && productIds.length === 0) return out;
  let q = db
    .selectFrom('stock_movements')
    .select([
      'product_id',
      sum('qty_milli').as('onHand'),
      sum("case when place = 'bin' then qty_milli else 0 end").as('inBins'),
      sum('reserved_milli').as('reserved'),
    ])
    .groupBy('product_id');
  if (productIds) q = q.where('product_id', 'in', productIds);
  for (const r of await q.execute()) {
    const onHand = Number(r.onHand);
    const inBins = Number(r.inBins);
    const reserved = Number(r.reserved);
    out.set(r.product_id, { productId: r.product_id, onHand, inBins, reserved, available: inBins - reserved, staged: onHand - inBins });
  }
  for (const id of productIds ?? []) if (!out.has(id)) out.set(id, { productId: id, onHand: 0, inBins: 0, reserved: 0, available: 0, staged: 0 });
  return out;
}

export interface BinFigure {
  locationId: number;
  onHand: number;
}

/** Per bin, what one product has there (bins that once held it and now hold 0 included). */
export async function productBins(db: Db, productId: number): Promise<BinFigure[]> {
  const rows = await db
    .selectFrom('stock_movements')
    .select(['location_id', sum('qty_milli').as('q')])
    .where('product_id', '=', productId)
    .where('place', '=', 'bin')
    .groupBy('location_id')
    .execute();
  return rows.map((r) => ({ locationId: r.location_id!, onHand: Number(r.q) }));
}
