// Step 2 of the flow, at the shelf: a picker takes a line's goods from its bin into its container,
// or reports what could not be picked. Main re-checks every scan the screen already checked, since
// a stale screen or a second picker must never move the wrong stock.
import type { Stamp } from '../api/stamp';
import type { Kysely } from 'kysely';
import type { PickLineOutcome } from '../../../shared/api/contracts/picking';
import { normaliseCode } from '../../../shared/domain/scan';
import { fromMilli, toMilli } from '../../../shared/domain/quantity';
import { AppError, notFound } from '../api/errors';
import { appendAudit } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { pick, release, type Trx } from '../inventory/ledger';
import { finishIfComplete, recordShortage } from './completion';
import { getLineView } from './pickListRepository';

async function openLine(trx: Trx, lineId: number) {
  const line = await trx
    .selectFrom('pick_list_lines as l')
    .innerJoin('pick_lists as p', 'p.id', 'l.pick_list_id')
    .innerJoin('locations as loc', 'loc.id', 'l.location_id')
    .innerJoin('products as pr', 'pr.id', 'l.product_id')
    .innerJoin('orders as o', 'o.id', 'l.order_id')
    .innerJoin('order_lines as ol', 'ol.id', 'l.order_line_id')
    .select([
      'l.id',
      'l.pick_list_id',
      'l.seq',
      'l.order_id',
      'l.order_line_id',
      'l.product_id',
      'l.location_id',
      'l.container',
      'l.qty_milli',
      'l.picked_milli',
      'l.short_milli',
      'l.status',
      'p.number',
      'p.status as list_status',
      'loc.bin_code',
      'pr.sku',
      'pr.gtin',
      'o.status as order_status',
      'o.order_number',
      'ol.line_no',
      'ol.sku as line_sku',
    ])
    .where('l.id', '=', lineId)
    .executeTakeFirst();
  if (!line) throw notFound('Pick list line', lineId);
  if (line.status !== 'open' || line.list_status !== 'open') {
    throw new AppError('picking.errors.lineClosed', `Line ${line.seq} of pick list ${line.number} is already done. Reload the pick list.`, {
      seq: line.seq,
      pickList: line.number,
    });
  }
  // An order put on hold while its list was out must not be picked until it is released.
  if (line.order_status !== 'picking') {
    throw new AppError('picking.errors.orderNotPicking', `Order ${line.order_number} is ${line.order_status}; it cannot be picked now.`, {
      orderNumber: line.order_number,
      status: line.order_status,
    });
  }
  return { ...line, remaining: line.qty_milli - line.picked_milli - line.short_milli };
}

function quantityWithin(quantity: string, remaining: number): number {
  const qty = toMilli(quantity);
  if (qty <= 0 || qty > remaining) {
    throw new AppError('picking.errors.tooMany', `Only ${fromMilli(remaining)} is left to pick on this line; ${quantity} is too many.`, {
      remaining: fromMilli(remaining),
      quantity,
    });
  }
  return qty;
}

const same = (a: string, b: string) => normaliseCode(a) === normaliseCode(b);

export interface PickInput {
  lineId: number;
  quantity: string;
  container: string;
  binCode: string;
  productCode: string;
}

export async function pickLine(db: Kysely<DB>, input: PickInput, stamp: Stamp): Promise<PickLineOutcome> {
  return db.transaction().execute(async (trx) => {
    const line = await openLine(trx, input.lineId);
    if (!same(input.binCode, line.bin_code)) {
      throw new AppError('picking.errors.wrongBin', `This line is picked from bin ${line.bin_code}, not ${input.binCode}.`, {
        expected: line.bin_code,
        scanned: input.binCode,
      });
    }
    if (!same(input.productCode, line.sku) && !(line.gtin !== '' && same(input.productCode, line.gtin))) {
      throw new AppError('picking.errors.wrongProduct', `This line is for ${line.sku}; ${input.productCode} is another product.`, {
        expected: line.sku,
        scanned: input.productCode,
      });
    }
    if (!same(input.container, line.container)) {
      throw new AppError('picking.errors.wrongContainer', `This line goes into container ${line.container}, not ${input.container}.`, {
        expected: line.container,
        scanned: input.container,
      });
    }
    const qty = quantityWithin(input.quantity, line.remaining);
    const { at, actor } = stamp;
    await pick(
      trx,
      {
        orderId: line.order_id,
        orderLineId: line.order_line_id,
        productId: line.product_id,
        locationId: line.location_id,
        container: line.container,
        qtyMilli: qty,
        pickListLineId: line.id,
      },
      { at, actor, reference: line.number },
    );
    const picked = line.picked_milli + qty;
    const closed = picked + line.short_milli === line.qty_milli;
    await trx
      .updateTable('pick_list_lines')
      .set({ picked_milli: picked, ...(closed ? { status: line.short_milli > 0 ? 'short' : 'picked' } : {}) })
      .where('id', '=', line.id)
      .execute();
    await appendAudit(trx, [
      {
        entity: 'pickList',
        entityId: line.pick_list_id,
        action: 'picked',
        after: { seq: line.seq, orderNumber: line.order_number, sku: line.sku, bin: line.bin_code, container: line.container, quantity: fromMilli(qty) },
        at,
        actor,
      },
    ]);
    const done = await finishIfComplete(trx, line.pick_list_id, line.order_id, at, actor);
    return { line: await getLineView(trx, line.id), ...done };
  });
}

export interface ShortInput {
  lineId: number;
  quantity: string;
  reason: string;
}

export async function shortLine(db: Kysely<DB>, input: ShortInput, stamp: Stamp): Promise<PickLineOutcome> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('picking.errors.reasonRequired', 'Say why the goods could not be picked (for example: not found, damaged).');
  return db.transaction().execute(async (trx) => {
    const line = await openLine(trx, input.lineId);
    const qty = quantityWithin(input.quantity, line.remaining);
    const { at, actor } = stamp;
    // What was not picked goes back to being available; the reservation is what held it.
    await release(
      trx,
      { orderId: line.order_id, orderLineId: line.order_line_id, productId: line.product_id, qtyMilli: qty, reason: `short pick: ${reason}` },
      { at, actor, reference: line.number },
    );
    const short = line.short_milli + qty;
    const closed = line.picked_milli + short === line.qty_milli;
    await trx
      .updateTable('pick_list_lines')
      .set({ short_milli: short, short_reason: reason, ...(closed ? { status: 'short' } : {}) })
      .where('id', '=', line.id)
      .execute();
    const entry = { lineNo: line.line_no, sku: line.line_sku, missing: fromMilli(qty), reason, pickList: line.number };
    await appendAudit(trx, [
      {
        entity: 'pickList',
        entityId: line.pick_list_id,
        action: 'shortPicked',
        after: { seq: line.seq, orderNumber: line.order_number, sku: line.sku, bin: line.bin_code, quantity: fromMilli(qty), reason },
        at,
        actor,
      },
    ]);
    await recordShortage(trx, line.order_id, [entry], at, actor);
    const done = await finishIfComplete(trx, line.pick_list_id, line.order_id, at, actor);
    return { line: await getLineView(trx, line.id), ...done };
  });
}
