// The write side of the stock ledger. Every change of stock is appended here and nowhere else;
// each operation checks its balance and writes its rows inside the caller's transaction, which the
// dialect opens with BEGIN IMMEDIATE on one queued connection, so two operations can never both
// spend the same stock. A refused operation throws before writing anything.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { fromMilli } from '../../../shared/domain/quantity';
import { AppError } from '../api/errors';
import type { DB } from '../db/schema';
import { binBalance, lineBalance, lineReserved, productFigures } from './balances';
import type { NewMovementRow } from './tables';

export type Trx = Transaction<DB>;

/** Who, when and why, for every movement: the command's stamp and what it refers to. */
export interface Context {
  at: string;
  actor: string;
  reference?: string;
}

export interface OrderLink {
  orderId: number;
  orderLineId: number;
}

function positive(qtyMilli: number): void {
  if (!Number.isSafeInteger(qtyMilli) || qtyMilli <= 0) {
    throw new AppError('inventory.errors.quantity', 'The quantity must be more than zero.', { quantity: String(qtyMilli / 1000) });
  }
}

function short(code: string, message: string, have: number, want: number): AppError {
  return new AppError(code, message, { have: fromMilli(have), want: fromMilli(want) });
}

async function write(trx: Trx, kind: string, ctx: Context, rows: MovementRow[]): Promise<string> {
  const opId = randomUUID();
  await trx
    .insertInto('stock_movements')
    // Every row spells out every column: in a multi-row insert a key missing from one row becomes
    // NULL there, not the column default.
    .values(
      rows.map((r) => ({
        container: '',
        parcel_id: null,
        location_id: null,
        order_id: null,
        order_line_id: null,
        pick_list_line_id: null,
        reason: '',
        ...r,
        at: ctx.at,
        kind,
        op_id: opId,
        actor: ctx.actor,
        reference: ctx.reference ?? '',
      })),
    )
    .execute();
  return opId;
}

/** Goods arrive into a bin. */
export function receive(trx: Trx, m: { productId: number; locationId: number; qtyMilli: number }, ctx: Context): Promise<string> {
  positive(m.qtyMilli);
  return write(trx, 'receipt', ctx, [{ product_id: m.productId, place: 'bin', location_id: m.locationId, qty_milli: m.qtyMilli, reserved_milli: 0 }]);
}

/** A count correction in one bin, up or down, always with a reason. Cannot take the bin below zero or below what is reserved. */
export async function adjust(trx: Trx, m: { productId: number; locationId: number; deltaMilli: number; reason: string }, ctx: Context): Promise<string> {
  if (!Number.isSafeInteger(m.deltaMilli) || m.deltaMilli === 0) throw new AppError('inventory.errors.quantity', 'An adjustment must change the quantity.');
  if (!m.reason.trim()) throw new AppError('inventory.errors.reasonRequired', 'Say why the stock is adjusted (for example: counted, damaged, found).');
  if (m.deltaMilli < 0) {
    const inBin = await binBalance(trx, m.productId, m.locationId);
    if (inBin + m.deltaMilli < 0)
      throw short('inventory.errors.binShort', `The bin holds ${fromMilli(inBin)}; it cannot lose ${fromMilli(-m.deltaMilli)}.`, inBin, -m.deltaMilli);
    const figures = (await productFigures(trx, [m.productId])).get(m.productId)!;
    if (figures.available + m.deltaMilli < 0) {
      throw short(
        'inventory.errors.reservedStock',
        `Only ${fromMilli(figures.available)} is free; the rest is reserved for orders. Release those orders first.`,
        figures.available,
        -m.deltaMilli,
      );
    }
  }
  return write(trx, 'adjustment', ctx, [
    { product_id: m.productId, place: 'bin', location_id: m.locationId, qty_milli: m.deltaMilli, reserved_milli: 0, reason: m.reason },
  ]);
}

/** Sets stock aside for an order line; refuses more than is available. */
export async function reserve(trx: Trx, m: OrderLink & { productId: number; qtyMilli: number }, ctx: Context): Promise<string> {
  positive(m.qtyMilli);
  const figures = (await productFigures(trx, [m.productId])).get(m.productId)!;
  if (m.qtyMilli > figures.available)
    throw short(
      'inventory.errors.notAvailable',
      `Only ${fromMilli(figures.available)} is available; ${fromMilli(m.qtyMilli)} was asked for.`,
      figures.available,
      m.qtyMilli,
    );
  return write(trx, 'reservation', ctx, [
    { product_id: m.productId, place: 'none', location_id: null, qty_milli: 0, reserved_milli: m.qtyMilli, order_id: m.orderId, order_line_id: m.orderLineId },
  ]);
}

/** Gives back what an order line still holds reserved (all of it when qtyMilli is omitted). */
export async function release(trx: Trx, m: OrderLink & { productId: number; qtyMilli?: number; reason?: string }, ctx: Context): Promise<string | null> {
  const held = await lineReserved(trx, m.orderLineId);
  const qty = m.qtyMilli ?? held;
  if (qty === 0) return null;
  positive(qty);
  if (qty > held) throw short('inventory.errors.releaseTooMuch', `Only ${fromMilli(held)} is reserved for this line.`, held, qty);
  return write(trx, 'release', ctx, [
    {
      product_id: m.productId,
      place: 'none',
      location_id: null,
      qty_milli: 0,
      reserved_milli: -qty,
      order_id: m.orderId,
      order_line_id: m.orderLineId,
      reason: m.reason ?? '',
    },
  ]);
}

/** Bin -> container for an order line; uses up that line's reservation first. */
export async function pick(
  trx: Trx,
  m: OrderLink & { productId: number; locationId: number; container: string; qtyMilli: number; pickListLineId?: number },
  ctx: Context,
): Promise<string> {
  positive(m.qtyMilli);
  const inBin = await binBalance(trx, m.productId, m.locationId);
  if (m.qtyMilli > inBin)
    throw short('inventory.errors.binShort', `The bin holds ${fromMilli(inBin)}; ${fromMilli(m.qtyMilli)} cannot be picked from it.`, inBin, m.qtyMilli);
  const held = await lineReserved(trx, m.orderLineId);
  const fromReservation = Math.min(held, m.qtyMilli);
  // Picking more than was reserved must not eat another order's reservation.
  const extra = m.qtyMilli - fromReservation;
  if (extra > 0) {
    const figures = (await productFigures(trx, [m.productId])).get(m.productId)!;
    if (extra > figures.available)
      throw short('inventory.errors.notAvailable', `Only ${fromMilli(figures.available)} is free beyond this order's reservation.`, figures.available, extra);
  }
  const link = { order_id: m.orderId, order_line_id: m.orderLineId, pick_list_line_id: m.pickListLineId ?? null };
  return write(trx, 'pick', ctx, [
    { product_id: m.productId, place: 'bin', location_id: m.locationId, qty_milli: -m.qtyMilli, reserved_milli: -fromReservation, ...link },
    { product_id: m.productId, place: 'container', location_id: null, container: m.container, qty_milli: m.qtyMilli, reserved_milli: 0, ...link },
  ]);
}

type MovementRow = Omit<NewMovementRow, 'at' | 'kind' | 'op_id' | 'actor' | 'reference'>;

/** The row taking an order line's goods out of a parcel, after checking the parcel holds them. */
async function outOfParcel(trx: Trx, m: OrderLink & { productId: number; parcelId: number; qtyMilli: number }, reason = ''): Promise<MovementRow> {
  positive(m.qtyMilli);
  const inParcel = await lineBalance(trx, m.orderLineId, 'parcel', { parcelId: m.parcelId });
  if (m.qtyMilli > inParcel) throw short('inventory.errors.parcelShort', `The parcel holds ${fromMilli(inParcel)} of this line.`, inParcel, m.qtyMilli);
  return { ...lineRow(m, reason), place: 'parcel', location_id: null, parcel_id: m.parcelId, qty_milli: -m.qtyMilli };
}

/** The row taking an order line's goods out of a container, after checking the container holds them. */
async function outOfContainer(
  trx: Trx,
  m: OrderLink & { productId: number; container: string; qtyMilli: number },
  reason = '',
  refusal = (held: string) => `Container ${m.container} holds ${held} of this line.`,
): Promise<MovementRow> {
  positive(m.qtyMilli);
  const inContainer = await lineBalance(trx, m.orderLineId, 'container', { container: m.container });
  if (m.qtyMilli > inContainer) throw short('inventory.errors.containerShort', refusal(fromMilli(inContainer)), inContainer, m.qtyMilli);
  return { ...lineRow(m, reason), place: 'container', location_id: null, container: m.container, qty_milli: -m.qtyMilli };
}

function lineRow(m: OrderLink & { productId: number }, reason: string) {
  return { product_id: m.productId, reserved_milli: 0, order_id: m.orderId, order_line_id: m.orderLineId, reason };
}

/** Container -> parcel for an order line. */
export async function pack(
  trx: Trx,
  m: OrderLink & { productId: number; container: string; parcelId: number; qtyMilli: number },
  ctx: Context,
): Promise<string> {
  const out = await outOfContainer(trx, m, '', (held) => `Container ${m.container} holds ${held} of this line; ${fromMilli(m.qtyMilli)} cannot be packed.`);
  return write(trx, 'pack', ctx, [out, { ...lineRow(m, ''), place: 'parcel', location_id: null, parcel_id: m.parcelId, qty_milli: m.qtyMilli }]);
}

/** Parcel -> container: an item taken out of a parcel that is still open. */
export async function unpack(
  trx: Trx,
  m: OrderLink & { productId: number; container: string; parcelId: number; qtyMilli: number },
  ctx: Context,
): Promise<string> {
  const out = await outOfParcel(trx, m);
  return write(trx, 'unpack', ctx, [out, { ...lineRow(m, ''), place: 'container', location_id: null, container: m.container, qty_milli: m.qtyMilli }]);
}

/** The parcel leaves with the carrier: its goods leave the stock (step 7). */
export async function deduct(trx: Trx, m: OrderLink & { productId: number; parcelId: number; qtyMilli: number }, ctx: Context): Promise<string> {
  return write(trx, 'deduction', ctx, [await outOfParcel(trx, m)]);
}

/** Goods come back into a bin: a customer return, or a picked item put back. */
export async function returnToBin(
  trx: Trx,
  m: { productId: number; locationId: number; qtyMilli: number; reason: string; from?: OrderLink & { container: string } },
  ctx: Context,
): Promise<string> {
  positive(m.qtyMilli);
  if (!m.reason.trim()) throw new AppError('inventory.errors.reasonRequired', 'Say why the goods come back (for example: customer return, put back).');
  const rows: MovementRow[] = [
    { product_id: m.productId, place: 'bin', location_id: m.locationId, qty_milli: m.qtyMilli, reserved_milli: 0, reason: m.reason },
  ];
  // Put back from a container: the goods leave the container they were picked into.
  if (m.from) rows.push(await outOfContainer(trx, { ...m.from, productId: m.productId, qtyMilli: m.qtyMilli }, m.reason));
  return write(trx, 'return', ctx, rows);
}

/** The return path: a parcel's goods (a cancelled or refused order's) go back into a bin. */
export async function restockFromParcel(
  trx: Trx,
  m: OrderLink & { productId: number; parcelId: number; locationId: number; qtyMilli: number; reason: string },
  ctx: Context,
): Promise<string> {
  positive(m.qtyMilli);
  if (!m.reason.trim())
    throw new AppError('inventory.errors.reasonRequired', 'Say why the goods come back (for example: order cancelled, refused at customs).');
  const out = await outOfParcel(trx, m, m.reason);
  return write(trx, 'return', ctx, [out, { ...lineRow(m, m.reason), place: 'bin', location_id: m.locationId, qty_milli: m.qtyMilli }]);
}

function writeOffReason(reason: string): void {
  if (!reason.trim()) throw new AppError('inventory.errors.reasonRequired', 'Say why the goods are written off (for example: damaged, lost in transit).');
}

/** The return path: a parcel's goods leave the stock for good (damaged, unsellable), with a reason. */
export async function writeOffFromParcel(
  trx: Trx,
  m: OrderLink & { productId: number; parcelId: number; qtyMilli: number; reason: string },
  ctx: Context,
): Promise<string> {
  positive(m.qtyMilli);
  writeOffReason(m.reason);
  return write(trx, 'writeOff', ctx, [await outOfParcel(trx, m, m.reason)]);
}

/** The return path: a container's goods (picked, never packed) leave the stock for good, with a reason. */
export async function writeOffFromContainer(
  trx: Trx,
  m: OrderLink & { productId: number; container: string; qtyMilli: number; reason: string },
  ctx: Context,
): Promise<string> {
  positive(m.qtyMilli);
  writeOffReason(m.reason);
  return write(trx, 'writeOff', ctx, [await outOfContainer(trx, m, m.reason)]);
}
