// When the last open line of an order (or of a whole list) is picked, reported short or cancelled,
// the order moves on to 'picked' and the list is done, in the same transaction as that last line.
import { canApply, type OrderStatus } from '../../../shared/domain/orderStatus';
import { appendAudit } from '../audit/auditRepository';
import type { Trx } from '../inventory/ledger';
import { moveOrder } from '../orders/workflow';

async function openLines(trx: Trx, listId: number, orderId?: number): Promise<number> {
  let q = trx
    .selectFrom('pick_list_lines')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('pick_list_id', '=', listId)
    .where('status', '=', 'open');
  if (orderId !== undefined) q = q.where('order_id', '=', orderId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Moves the order to 'picked' once none of its lines on the list is open; an order on hold stays as it is. */
export async function finishOrderIfComplete(trx: Trx, listId: number, orderId: number, at: string, actor: string): Promise<boolean> {
  if ((await openLines(trx, listId, orderId)) > 0) return false;
  const order = await trx.selectFrom('orders').select(['status']).where('id', '=', orderId).executeTakeFirstOrThrow();
  // An order put on hold meanwhile stays as it is.
  if (!canApply(order.status as OrderStatus, 'finishPicking')) return false;
  await moveOrder(trx, orderId, 'finishPicking', { at, actor });
  return true;
}

export async function finishIfComplete(
  trx: Trx,
  listId: number,
  orderId: number,
  at: string,
  actor: string,
): Promise<{ orderPicked: boolean; listDone: boolean }> {
  const orderPicked = await finishOrderIfComplete(trx, listId, orderId, at, actor);
  let listDone = false;
  if ((await openLines(trx, listId)) === 0) {
    await trx.updateTable('pick_lists').set({ status: 'done', completed_at: at }).where('id', '=', listId).where('status', '=', 'open').execute();
    await appendAudit(trx, [{ entity: 'pickList', entityId: listId, action: 'completed', at, actor }]);
    listDone = true;
  }
  return { orderPicked, listDone };
}

/** One line of an order's shortage as picking records it (orders.shortage is a JSON list of these). */
export interface PickShortage {
  lineNo: number;
  sku: string;
  missing: string;
  reason: string;
  pickList: string;
}

/** Appends what could not be picked to the order's shortage, with an audit entry per line. */
export async function recordShortage(trx: Trx, orderId: number, entries: PickShortage[], at: string, actor: string): Promise<void> {
  if (entries.length === 0) return;
  const order = await trx.selectFrom('orders').select(['shortage']).where('id', '=', orderId).executeTakeFirstOrThrow();
  const shortage = parseShortage(order.shortage);
  shortage.push(...entries);
  await trx
    .updateTable('orders')
    .set({ shortage: JSON.stringify(shortage), updated_at: at })
    .where('id', '=', orderId)
    .execute();
  await appendAudit(
    trx,
    entries.map((entry) => ({ entity: 'order', entityId: orderId, action: 'shortPicked', after: entry, at, actor })),
  );
}

/** The shortage column as a list; a value this code cannot read is kept, not lost. */
function parseShortage(text: string): unknown[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [value];
  } catch {
    return [{ unreadable: text }];
  }
}
