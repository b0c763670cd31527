// Cancelling a pick list: its open lines are cancelled and each order on it is settled. An order
// nothing was picked for goes back to confirmed with its reservations, to be planned again; an
// order partly picked keeps what is in its container, gives back the rest of its reservation and
// is picked short, as a short pick would leave it; an order on hold keeps its status.
import { moveOrder } from '../orders/workflow';
import type { Stamp } from '../api/stamp';
import type { Kysely } from 'kysely';
import type { CancelOutcome } from '../../../shared/api/contracts/picking';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import { fromMilli } from '../../../shared/domain/quantity';
import { AppError, notFound } from '../api/errors';
import { appendAudit } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { lineReserved } from '../inventory/balances';
import { release, type Trx } from '../inventory/ledger';
import { finishOrderIfComplete, type PickShortage, recordShortage } from './completion';

/** The shortage reason code of a cancelled list; the order page shows it in the user's language. */
export const LIST_CANCELLED = 'listCancelled';

function linesOf(trx: Trx, listId: number) {
  return trx
    .selectFrom('pick_list_lines as l')
    .innerJoin('orders as o', 'o.id', 'l.order_id')
    .innerJoin('order_lines as ol', 'ol.id', 'l.order_line_id')
    .select([
      'l.id',
      'l.order_id',
      'l.order_line_id',
      'l.product_id',
      'l.qty_milli',
      'l.picked_milli',
      'l.short_milli',
      'l.status',
      'o.status as order_status',
      'o.order_number',
      'ol.line_no',
      'ol.sku as line_sku',
    ])
    .where('l.pick_list_id', '=', listId)
    .orderBy('l.seq')
    .execute();
}

type Line = Awaited<ReturnType<typeof linesOf>>[number];

export async function cancelPickList(db: Kysely<DB>, input: { id: number; reason: string }, stamp: Stamp): Promise<CancelOutcome> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('picking.errors.cancelReasonRequired', 'Say why the pick list is cancelled.');
  return db.transaction().execute(async (trx) => {
    const list = await trx.selectFrom('pick_lists').select(['id', 'number', 'status']).where('id', '=', input.id).executeTakeFirst();
    if (!list) throw notFound('Pick list', input.id);
    if (list.status !== 'open') {
      throw new AppError('picking.errors.notOpen', `Pick list ${list.number} is ${list.status}; only an open pick list can be cancelled.`, {
        pickList: list.number,
        status: list.status,
      });
    }
    const { at, actor } = stamp;
    const lines = await linesOf(trx, list.id);
    const open = lines.filter((l) => l.status === 'open');
    await trx.updateTable('pick_list_lines').set({ status: 'cancelled' }).where('pick_list_id', '=', list.id).where('status', '=', 'open').execute();

    const byOrder = new Map<number, Line[]>();
    for (const l of lines) byOrder.set(l.order_id, [...(byOrder.get(l.order_id) ?? []), l]);
    const outcome: CancelOutcome = {
      pickList: { id: list.id, number: list.number, status: 'cancelled' },
      linesCancelled: open.length,
      returned: [],
      picked: [],
      unchanged: [],
    };
    // Oldest order first, as planning took them, so the outcome and the audit read in a stable order.
    for (const [, own] of [...byOrder].sort(([a], [b]) => a - b)) {
      const cancelled = own.filter((l) => l.status === 'open');
      // An order whose lines were all finished earlier was settled then.
      if (cancelled.length === 0) continue;
      const { order_id: orderId, order_number: orderNumber } = own[0]!;
      const from = own[0]!.order_status as OrderStatus;
      // On hold (its reservations went with the hold) or released since: nothing to settle here.
      if (from !== 'picking') {
        outcome.unchanged.push(orderNumber);
        continue;
      }
      const touched = own.some((l) => l.picked_milli > 0 || l.short_milli > 0 || l.status === 'short');
      if (!touched) {
        await moveOrder(trx, orderId, 'cancelPicking', stamp, { after: { pickList: list.number, reason } });
        outcome.returned.push(orderNumber);
        continue;
      }
      const shortage: PickShortage[] = [];
      for (const l of cancelled) {
        const remaining = l.qty_milli - l.picked_milli - l.short_milli;
        if (remaining <= 0) continue;
        const qty = Math.min(remaining, await lineReserved(trx, l.order_line_id));
        if (qty > 0) {
          await release(
            trx,
            { orderId, orderLineId: l.order_line_id, productId: l.product_id, qtyMilli: qty, reason: `pick list cancelled: ${reason}` },
            { at, actor, reference: list.number },
          );
        }
        shortage.push({ lineNo: l.line_no, sku: l.line_sku, missing: fromMilli(remaining), reason: `${LIST_CANCELLED}: ${reason}`, pickList: list.number });
      }
      await recordShortage(trx, orderId, shortage, at, actor);
      await finishOrderIfComplete(trx, list.id, orderId, at, actor);
      outcome.picked.push(orderNumber);
    }

    // Goods in a container make the list's work real: it ends done, not cancelled.
    const status = lines.some((l) => l.picked_milli > 0) ? 'done' : 'cancelled';
    outcome.pickList.status = status;
    await trx.updateTable('pick_lists').set({ status, completed_at: at }).where('id', '=', list.id).execute();
    await appendAudit(trx, [
      {
        entity: 'pickList',
        entityId: list.id,
        action: 'cancelled',
        before: { status: 'open' },
        after: {
          status,
          reason,
          linesCancelled: open.length,
          ordersReturned: outcome.returned.length,
          ordersPicked: outcome.picked.length,
          ordersUnchanged: outcome.unchanged.length,
        },
        at,
        actor,
      },
    ]);
    return outcome;
  });
}
