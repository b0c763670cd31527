// The return path's resolution: the goods of a return come back into a bin through the ledger
// (restock) or leave the stock with a reason (write off). A return is resolved once; an order
// refused at customs or undeliverable then becomes 'returned', a cancelled one stays cancelled.
import type { Kysely } from 'kysely';
import type { RestockInput, ReturnSummary, WriteOffInput } from '../../../shared/api/contracts/returns';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import { fromMilli } from '../../../shared/domain/quantity';
import { AppError, notFound } from '../api/errors';
import type { Stamp } from '../api/stamp';
import { appendAudit } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { type Context, type Trx, restockFromParcel, returnToBin, writeOffFromContainer, writeOffFromParcel } from '../inventory/ledger';
import { binsByCode, oneBin } from '../inventory/locations';
import { moveOrder } from '../orders/workflow';
import { deductedGoods, heldGoods } from './goods';
import { findReturn } from './returnsQueries';

/** Orders whose goods come back through a return: resolving it moves them on to 'returned'. */
const COMING_BACK: readonly OrderStatus[] = ['rejected', 'returning'];

/** The movements of a return carry its reference, so its page can show where its goods went. */
export const returnReference = (returnId: number) => `return:${returnId}`;

async function openReturnOf(trx: Trx, returnId: number) {
  const found = await trx.selectFrom('returns').selectAll().where('id', '=', returnId).executeTakeFirst();
  if (!found) throw notFound('Return', returnId);
  if (found.status !== 'open') {
    throw new AppError(
      'returnsErrors.alreadyResolved',
      `Return ${returnId} has already been ${found.status === 'restocked' ? 'restocked' : 'written off'}: nothing more to do. Reload the returns list.`,
      { id: returnId, status: found.status },
    );
  }
  return found;
}

async function binOf(trx: Trx, input: RestockInput): Promise<{ id: number; binCode: string }> {
  if (input.locationId) {
    const row = await trx.selectFrom('locations').select(['id', 'bin_code']).where('id', '=', input.locationId).executeTakeFirst();
    if (!row) throw notFound('Location', input.locationId);
    return { id: row.id, binCode: row.bin_code };
  }
  const code = input.binCode ?? '';
  const bin = oneBin((await binsByCode(trx, [code])).get(code));
  if (typeof bin === 'string') {
    const params = { bin: code };
    throw new AppError(
      bin === 'inventory.errors.unknownBin' ? 'returnsErrors.unknownBin' : 'returnsErrors.binAmbiguous',
      bin === 'inventory.errors.unknownBin'
        ? `There is no bin ${code}. Check the code, or create the bin first (Stock → Locations).`
        : `Several warehouses have a bin ${code}. Choose the bin from the list instead.`,
      params,
      [{ path: 'binCode', code: bin, params }],
    );
  }
  return { id: bin.id, binCode: bin.bin_code };
}

/** Marks the return resolved; the where on 'open' makes a second resolution write nothing. */
async function resolve(
  trx: Trx,
  returnId: number,
  set: { status: 'restocked'; location_id: number } | { status: 'writtenOff'; write_off_reason: string },
  stamp: Stamp,
) {
  const done = await trx
    .updateTable('returns')
    .set({ ...set, resolved_at: stamp.at, resolved_by: stamp.actor })
    .where('id', '=', returnId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) await openReturnOf(trx, returnId);
}

async function orderComesBack(trx: Trx, orderId: number, returnId: number, resolution: string, stamp: Stamp): Promise<void> {
  const order = await trx.selectFrom('orders').select('status').where('id', '=', orderId).executeTakeFirstOrThrow();
  if (COMING_BACK.includes(order.status as OrderStatus)) await moveOrder(trx, orderId, 'returnGoods', stamp, { after: { returnId, resolution } });
}

/** Every good of the return's order still held, and every good dispatch deducted, back into one bin. */
export async function restockReturn(db: Kysely<DB>, input: RestockInput, stamp: Stamp): Promise<ReturnSummary> {
  await db.transaction().execute(async (trx) => {
    const ret = await openReturnOf(trx, input.returnId);
    const bin = await binOf(trx, input);
    const ctx: Context = { ...stamp, reference: returnReference(ret.id) };
    const reason = `return ${ret.id} (${ret.cause})`;
    const moved: { productId: number; qty: string; from: string }[] = [];
    for (const g of await heldGoods(trx, ret.order_id)) {
      const link = { orderId: ret.order_id, orderLineId: g.orderLineId, productId: g.productId, locationId: bin.id, qtyMilli: g.qtyMilli, reason };
      if (g.place === 'parcel') await restockFromParcel(trx, { ...link, parcelId: g.parcelId! }, ctx);
      else await returnToBin(trx, { ...link, from: { orderId: ret.order_id, orderLineId: g.orderLineId, container: g.container } }, ctx);
      moved.push({ productId: g.productId, qty: fromMilli(g.qtyMilli), from: g.place });
    }
    for (const g of await deductedGoods(trx, ret.order_id)) {
      await returnToBin(trx, { productId: g.productId, locationId: bin.id, qtyMilli: g.qtyMilli, reason }, ctx);
      moved.push({ productId: g.productId, qty: fromMilli(g.qtyMilli), from: 'dispatched' });
    }
    await resolve(trx, ret.id, { status: 'restocked', location_id: bin.id }, stamp);
    await appendAudit(trx, [
      { entity: 'order', entityId: ret.order_id, action: 'returnRestocked', after: { returnId: ret.id, bin: bin.binCode, goods: moved }, ...stamp },
    ]);
    await orderComesBack(trx, ret.order_id, ret.id, 'restocked', stamp);
  });
  return (await findReturn(db, input.returnId))!;
}

/** The goods in hand leave the stock with the reason; goods already gone with the carrier are only recorded. */
export async function writeOffReturn(db: Kysely<DB>, input: WriteOffInput, stamp: Stamp): Promise<ReturnSummary> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('returnsErrors.reasonRequired', 'Say why the goods are written off (for example: damaged, lost in transit).');
  await db.transaction().execute(async (trx) => {
    const ret = await openReturnOf(trx, input.returnId);
    const ctx: Context = { ...stamp, reference: returnReference(ret.id) };
    const gone: { productId: number; qty: string; from: string }[] = [];
    for (const g of await heldGoods(trx, ret.order_id)) {
      const link = { orderId: ret.order_id, orderLineId: g.orderLineId, productId: g.productId, qtyMilli: g.qtyMilli, reason };
      if (g.place === 'parcel') await writeOffFromParcel(trx, { ...link, parcelId: g.parcelId! }, ctx);
      else await writeOffFromContainer(trx, { ...link, container: g.container }, ctx);
      gone.push({ productId: g.productId, qty: fromMilli(g.qtyMilli), from: g.place });
    }
    for (const g of await deductedGoods(trx, ret.order_id)) gone.push({ productId: g.productId, qty: fromMilli(g.qtyMilli), from: 'dispatched' });
    await resolve(trx, ret.id, { status: 'writtenOff', write_off_reason: reason }, stamp);
    await appendAudit(trx, [
      { entity: 'order', entityId: ret.order_id, action: 'returnWrittenOff', after: { returnId: ret.id, reason, goods: gone }, ...stamp },
    ]);
    await orderComesBack(trx, ret.order_id, ret.id, 'writtenOff', stamp);
  });
  return (await findReturn(db, input.returnId))!;
}
