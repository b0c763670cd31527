// Filing the declarations of a selection of orders ready to declare, lodged with one office at one
// moment (a broker's batch). Each order's declaration is filed in its own transaction; a declaration
// covering several selected orders is filed once; an order not ready stays as it was, with why.
import type { Kysely } from 'kysely';
import type { FileOrdersInput, FileOrdersResult } from '../../../shared/api/contracts/filing';
import { eachOrder } from '../api/eachOrder';
import { notFound } from '../api/errors';
import type { Stamp } from '../api/stamp';
import type { DB } from '../db/schema';
import { orderNotReady } from './errors';
import { orderFiling } from './filingRepository';
import { fileDeclaration } from './filingService';

export async function fileOrders(db: Kysely<DB>, input: FileOrdersInput, stamp: Stamp): Promise<FileOrdersResult> {
  const filedWith = new Set<number>();
  const { done, refused } = await eachOrder(db, input.orderIds, async (trx, orderId) => {
    // Already declared by the filing of an earlier order of this selection (one declaration, several orders).
    if (filedWith.has(orderId)) return null;
    const state = await orderFiling(trx, orderId);
    if (state.orderStatus !== 'documents_ready' || !state.fileable) {
      const order = await trx.selectFrom('orders').select('order_number').where('id', '=', orderId).executeTakeFirst();
      if (!order) throw notFound('Order', orderId);
      throw orderNotReady(order.order_number, state.orderStatus);
    }
    const filed = await fileDeclaration(trx, { declarationId: state.fileable.id, office: input.office, filedAt: input.filedAt }, stamp);
    for (const id of filed.orderIds) filedWith.add(id);
    return filed;
  });
  return { filed: done.flatMap((d) => (d.value ? [d.value] : [])), refused };
}
