// Closing a parcel on the scale, reopening it, and finishing the order's packing. The scale check
// catches a missing or extra item before the parcel leaves: contents and box predict the weight.
import type { Kysely } from 'kysely';
import type { StationParcel } from '../../../shared/api/contracts/packing';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import { canonical } from '../../../shared/domain/money';
import { checkWeighed, showKg } from '../../../shared/domain/parcelWeight';
import { AppError } from '../api/errors';
import type { Stamp } from '../api/stamp';
import { appendAudit } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { moveOrder } from '../orders/workflow';
import { findParcel, loadOrder, refreshWeights, requireOpen, requirePicked } from './parcelRepository';
import { parcelView } from './parcelService';
import { readTolerance } from './presetService';
import { stationLines } from './stationService';

export function closeParcel(db: Kysely<DB>, input: { parcelId: number; grossKg: string }, stamp: Stamp): Promise<StationParcel> {
  return db.transaction().execute(async (trx) => {
    const parcel = await findParcel(trx, input.parcelId);
    const order = await loadOrder(trx, parcel.order_id);
    requirePicked(order);
    requireOpen(parcel);
    const w = await refreshWeights(trx, parcel);
    if (w.empty) throw new AppError('packing.errors.emptyParcel', `Parcel ${parcel.seq} is empty. Scan goods into it, or discard it.`, { seq: parcel.seq });
    const tolerance = await readTolerance(trx);
    const weighed = canonical(input.grossKg);
    if (!checkWeighed(weighed, w.grossKg, tolerance).ok) {
      const params = { weighed: showKg(weighed), computed: showKg(w.grossKg), tolerance };
      throw new AppError(
        'packing.errors.weightOff',
        `The scale says ${params.weighed} kg but the contents and box should weigh about ${params.computed} kg (tolerance ${tolerance}%). Check the parcel's contents, or weigh it again.`,
        params,
      );
    }
    const { at } = stamp;
    await trx.updateTable('parcels').set({ status: 'closed', gross_kg: weighed, closed_at: at }).where('id', '=', parcel.id).execute();
    await appendAudit(trx, [
      {
        entity: 'order',
        entityId: order.id,
        action: 'parcelClosed',
        after: { parcel: parcel.seq, netKg: w.netKg, computedGrossKg: w.grossKg, grossKg: weighed },
        ...stamp,
      },
    ]);
    return parcelView(trx, await findParcel(trx, parcel.id));
  });
}

export function reopenParcel(db: Kysely<DB>, input: { parcelId: number }, stamp: Stamp): Promise<StationParcel> {
  return db.transaction().execute(async (trx) => {
    const parcel = await findParcel(trx, input.parcelId);
    const order = await loadOrder(trx, parcel.order_id);
    requirePicked(order);
    if (parcel.status === 'open') return parcelView(trx, parcel);
    // The old weighing no longer describes the parcel once it can change: it is weighed again on closing.
    await trx.updateTable('parcels').set({ status: 'open', gross_kg: null, closed_at: null }).where('id', '=', parcel.id).execute();
    await appendAudit(trx, [
      { entity: 'order', entityId: order.id, action: 'parcelReopened', before: { parcel: parcel.seq, grossKg: parcel.gross_kg }, ...stamp },
    ]);
    return parcelView(trx, await findParcel(trx, parcel.id));
  });
}

/**
 * The order is packed when every picked item is in a closed parcel. All reasons against are
 * given at once (as issues), so the clerk fixes them in one go instead of one refusal at a time.
 */
export function finishPacking(db: Kysely<DB>, input: { orderId: number }, stamp: Stamp): Promise<{ orderId: number; status: OrderStatus }> {
  return db.transaction().execute(async (trx) => {
    const order = await loadOrder(trx, input.orderId);
    requirePicked(order);
    const issues: NonNullable<AppError['issues']> = [];
    const left = (await stationLines(trx, order.id)).filter((l) => l.left !== '0');
    if (left.length > 0) {
      const lines = left.map((l) => `${l.lineNo} ${l.sku} (${l.left})`).join(', ');
      issues.push({ path: 'lines', code: 'packing.errors.goodsLeft', params: { lines } });
    }
    const parcels = await trx.selectFrom('parcels').select(['id', 'seq', 'status']).where('order_id', '=', order.id).orderBy('seq').execute();
    const items = await trx
      .selectFrom('parcel_items')
      .select('parcel_id')
      .where('parcel_id', 'in', parcels.length ? parcels.map((p) => p.id) : [0])
      .execute();
    const empty = parcels.filter((p) => !items.some((i) => i.parcel_id === p.id));
    const open = parcels.filter((p) => p.status === 'open' && !empty.includes(p));
    if (parcels.length === 0) issues.push({ path: 'parcels', code: 'packing.errors.noParcels' });
    if (open.length > 0) issues.push({ path: 'parcels', code: 'packing.errors.parcelsOpen', params: { parcels: open.map((p) => p.seq).join(', ') } });
    if (empty.length > 0) issues.push({ path: 'parcels', code: 'packing.errors.parcelsEmpty', params: { parcels: empty.map((p) => p.seq).join(', ') } });
    if (issues.length > 0) {
      throw new AppError(
        'packing.errors.cannotFinish',
        `Order ${order.order_number} cannot be marked packed yet (${issues.map((i) => i.code.split('.').pop()).join(', ')}).`,
        { orderNumber: order.order_number, count: issues.length },
        issues,
      );
    }
    const { to } = await moveOrder(trx, order.id, 'pack', stamp, { after: { parcels: parcels.length } });
    return { orderId: order.id, status: to };
  });
}
