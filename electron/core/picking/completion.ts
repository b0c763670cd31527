// When the last open line of an order (or of a whole list) is picked or reported short, the order
// moves on to 'picked' and the list is done, in the same transaction as that last line.
import { nextStatus, type OrderStatus } from '../../../shared/domain/orderStatus';
import { appendAudit } from '../audit/auditRepository';
import type { Trx } from '../inventory/ledger';

async function openLines(trx: Trx, listId: number, orderId?: number): Promise<number> {
  let q = trx.selectFrom('pick_list_lines').select((eb) => eb.fn.countAll<number>().as('n')).where('pick_list_id', '=', listId).where('status', '=', 'open');
  if (orderId !== undefined) q = q.where('order_id', '=', orderId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function finishIfComplete(trx: Trx, listId: number, orderId: number, at: string, actor: string): Promise<{ orderPicked: boolean; listDone: boolean }> {
  let orderPicked = false;
  if ((await openLines(trx, listId, orderId)) === 0) {
    const order = await trx.selectFrom('orders').select(['status']).where('id', '=', orderId).executeTakeFirstOrThrow();
    const from = order.status as OrderStatus;
    const to = nextStatus(from, 'finishPicking');
    if (to) {
      await trx.updateTable('orders').set({ status: to, updated_at: at }).where('id', '=', orderId).execute();
      await appendAudit(trx, [{ entity: 'order', entityId: orderId, action: 'finishPicking', before: { status: from }, after: { status: to }, at, actor }]);
      orderPicked = true;
    }
  }
  let listDone = false;
  if ((await openLines(trx, listId)) === 0) {
    await trx.updateTable('pick_lists').set({ status: 'done', completed_at: at }).where('id', '=', listId).where('status', '=', 'open').execute();
    await appendAudit(trx, [{ entity: 'pickList', entityId: listId, action: 'completed', at, actor }]);
    listDone = true;
  }
  return { orderPicked, listDone };
}
