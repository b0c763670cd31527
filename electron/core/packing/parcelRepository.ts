// Reads and small writes shared by the packing services: orders at the bench, parcels, their
// contents and where each picked line's goods are now (container or parcel, from the ledger).
import { sql } from 'kysely';
import type { StationParcel } from '../../../shared/api/contracts/packing';
import { fromMilli } from '../../../shared/domain/quantity';
import { type ParcelContent, parcelWeights } from '../../../shared/domain/parcelWeight';
import { AppError, notFound } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import type { ParcelRow } from './tables';

export async function loadOrder(db: Db, orderId: number) {
  const row = await db
    .selectFrom('orders')
    .select(['id', 'order_number', 'status', 'consignee_name', 'consignee_company', 'country'])
    .where('id', '=', orderId)
    .executeTakeFirst();
  if (!row) throw notFound('Order', orderId);
  return row;
}

/** Only a picked order is packed; a packed one must be reopened by other means, never silently. */
export function requirePicked(order: { order_number: string; status: string }): void {
  if (order.status !== 'picked') {
    throw new AppError('packing.errors.notPicked', `Order ${order.order_number} is ${order.status}, not picked, so it cannot be packed now.`, {
      orderNumber: order.order_number,
      status: order.status,
    });
  }
}

export async function findParcel(db: Db, id: number): Promise<ParcelRow> {
  const row = await db.selectFrom('parcels').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Parcel', id);
  return row;
}

export function requireOpen(parcel: ParcelRow): void {
  if (parcel.status !== 'open') {
    throw new AppError('packing.errors.parcelClosed', `Parcel ${parcel.seq} is closed. Reopen it to change what is in it.`, { seq: parcel.seq });
  }
}

export interface ContentRow {
  parcel_id: number;
  order_line_id: number;
  product_id: number;
  qty_milli: number;
  line_no: number;
  sku: string;
  name: string;
  net_weight_kg: string;
  gross_weight_kg: string;
}

export async function parcelContents(db: Db, parcelIds: number[]): Promise<ContentRow[]> {
  if (parcelIds.length === 0) return [];
  return db
    .selectFrom('parcel_items as i')
    .innerJoin('order_lines as l', 'l.id', 'i.order_line_id')
    .innerJoin('products as p', 'p.id', 'i.product_id')
    .select(['i.parcel_id', 'i.order_line_id', 'i.product_id', 'i.qty_milli', 'l.line_no', 'l.sku', 'p.name', 'p.net_weight_kg', 'p.gross_weight_kg'])
    .where('i.parcel_id', 'in', parcelIds)
    .orderBy('l.line_no')
    .execute();
}

export const toContent = (r: ContentRow): ParcelContent => ({ netUnitKg: r.net_weight_kg, grossUnitKg: r.gross_weight_kg, qtyMilli: r.qty_milli });

/**
 * parcel_items mirrors the ledger's parcel balance per line, written in the same transaction as
 * each pack/unpack, so documents read a parcel's contents without summing the ledger.
 */
export async function adjustItem(db: Db, m: { parcelId: number; orderLineId: number; productId: number; deltaMilli: number }): Promise<void> {
  const row = await db
    .selectFrom('parcel_items')
    .select(['id', 'qty_milli'])
    .where('parcel_id', '=', m.parcelId)
    .where('order_line_id', '=', m.orderLineId)
    .executeTakeFirst();
  const qty = (row?.qty_milli ?? 0) + m.deltaMilli;
  if (!row)
    await db.insertInto('parcel_items').values({ parcel_id: m.parcelId, order_line_id: m.orderLineId, product_id: m.productId, qty_milli: qty }).execute();
  else if (qty === 0) await db.deleteFrom('parcel_items').where('id', '=', row.id).execute();
  else await db.updateTable('parcel_items').set({ qty_milli: qty }).where('id', '=', row.id).execute();
}

/** Recomputes and stores a parcel's net and computed gross from what it holds now. */
export async function refreshWeights(db: Db, parcel: ParcelRow): Promise<{ netKg: string; grossKg: string; empty: boolean }> {
  const contents = await parcelContents(db, [parcel.id]);
  const w = parcelWeights(parcel.tare_kg, contents.map(toContent));
  await db.updateTable('parcels').set({ net_kg: w.netKg, computed_gross_kg: w.grossKg }).where('id', '=', parcel.id).execute();
  return { ...w, empty: contents.length === 0 };
}

export interface LinePlace {
  orderLineId: number;
  place: 'container' | 'parcel';
  container: string;
  qtyMilli: number;
}

/** Where an order's picked goods are now, per line, per container and in parcels (sums of the ledger). */
export async function linePlaces(db: Db, orderId: number): Promise<LinePlace[]> {
  const rows = await db
    .selectFrom('stock_movements')
    .select(['order_line_id', 'place', 'container', sql<number>`coalesce(sum(qty_milli), 0)`.as('q')])
    .where('order_id', '=', orderId)
    .where('place', 'in', ['container', 'parcel'])
    .groupBy(['order_line_id', 'place', 'container'])
    .orderBy('container')
    .execute();
  return rows.map((r) => ({ orderLineId: r.order_line_id!, place: r.place as 'container' | 'parcel', container: r.container, qtyMilli: Number(r.q) }));
}

export async function stationParcels(db: Db, orderId: number): Promise<StationParcel[]> {
  const parcels = await db
    .selectFrom('parcels as c')
    .leftJoin('package_presets as p', 'p.id', 'c.preset_id')
    .selectAll('c')
    .select('p.name as preset_name')
    .where('c.order_id', '=', orderId)
    .orderBy('c.seq')
    .execute();
  const contents = await parcelContents(
    db,
    parcels.map((p) => p.id),
  );
  return parcels.map((p) => ({
    id: p.id,
    seq: p.seq,
    presetId: p.preset_id,
    presetName: p.preset_name ?? '',
    lengthCm: p.length_cm,
    widthCm: p.width_cm,
    heightCm: p.height_cm,
    tareKg: p.tare_kg,
    maxKg: p.max_kg,
    items: contents
      .filter((c) => c.parcel_id === p.id)
      .map((c) => ({ orderLineId: c.order_line_id, lineNo: c.line_no, sku: c.sku, name: c.name, quantity: fromMilli(c.qty_milli) })),
    netKg: p.net_kg,
    computedGrossKg: p.computed_gross_kg,
    grossKg: p.gross_kg,
    status: p.status,
  }));
}

/**
 * The container a line's goods came from into this parcel (the latest pack), so taking them out
 * puts them back where the clerk will look. Goods packed from two containers go back to the later one.
 */
export async function sourceContainer(db: Db, orderLineId: number, parcelId: number): Promise<string> {
  const row = await db
    .selectFrom('stock_movements as c')
    .innerJoin('stock_movements as p', (j) => j.onRef('p.op_id', '=', 'c.op_id'))
    .select('c.container')
    .where('c.kind', '=', 'pack')
    .where('c.place', '=', 'container')
    .where('c.order_line_id', '=', orderLineId)
    .where('p.place', '=', 'parcel')
    .where('p.parcel_id', '=', parcelId)
    .orderBy('c.id', 'desc')
    .executeTakeFirst();
  if (!row) throw new AppError('packing.errors.notInParcel', 'This line was never packed into this parcel.', { have: '0', want: '0', seq: 0 });
  return row.container;
}
