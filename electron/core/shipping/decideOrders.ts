// Orders still waiting for a shipping method get one as soon as a rule knows their line: after a
// rule is added, edited or moved in Settings, and after an import remembers the user's choices.
// Only orders with no method yet: a method already set (by a rule at import, or by the user on the
// order) is never changed behind the user's back by a later rule.
import { METHOD_UNKNOWN, type ShippingMethod } from '../../../shared/domain/codes';
import { shippingDecider } from '../../../shared/domain/shipping';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import type { Order } from '../../../shared/schemas/order';
import type { Stamp } from '../api/stamp';
import type { Db } from '../audit/auditRepository';
import { findOrder } from '../orders/orderRepository';
import { orderToRow, rowsToOrder } from '../orders/orderRows';
import { catalogueFacts } from '../orders/orderStock';
import { type OrderPatch, moveOrders } from '../orders/workflow';
import { rulesForDeciding } from './rulesRepository';

// An order without a method cannot be confirmed, so it is received or on hold; an order that moved
// on or was cancelled keeps what it has.
const WAITING: OrderStatus[] = ['received', 'on_hold'];

/** Gives every waiting order whose line a rule now knows its method; returns how many. */
export async function decideWaitingOrders(trx: Db, stamp: Stamp): Promise<number> {
  const waiting = await trx
    .selectFrom('orders')
    .select(['id', 'shipping_line'])
    .where('shipping_method', '=', METHOD_UNKNOWN)
    .where('status', 'in', WAITING)
    .execute();
  if (waiting.length === 0) return 0;
  const decider = shippingDecider(await rulesForDeciding(trx));
  const toDecide: { id: number; line: string; method: ShippingMethod; order: Order; status: OrderStatus }[] = [];
  for (const w of waiting) {
    const method = decider.methodOf(w.shipping_line);
    if (method === METHOD_UNKNOWN) continue;
    const found = (await findOrder(trx, w.id))!;
    toDecide.push({
      id: w.id,
      line: w.shipping_line,
      method,
      order: { ...rowsToOrder(found.row, found.lines), shippingMethod: method },
      status: found.row.status as OrderStatus,
    });
  }
  // One catalogue lookup for all of them: a rule can decide thousands of imported orders at once.
  const products = await catalogueFacts(
    trx,
    toDecide.map((d) => d.order),
  );
  const decided = new Map<number, { method: ShippingMethod; line: string; set: OrderPatch }>();
  for (const d of toDecide) {
    // The checks and the fingerprint follow the new method, as an edit on the order form would.
    const row = orderToRow(d.order, { status: d.status, at: stamp.at, products });
    decided.set(d.id, {
      method: d.method,
      line: d.line,
      set: { shipping_method: d.method, problems: row.problems, problem_count: row.problem_count, content_hash: row.content_hash },
    });
  }
  if (decided.size === 0) return 0;
  await moveOrders(trx, [...decided.keys()], 'edit', stamp, (id) => {
    const d = decided.get(id)!;
    return {
      set: d.set,
      auditAs: 'shippingMethodDecided',
      before: { shippingMethod: METHOD_UNKNOWN },
      after: { shippingMethod: d.method, shippingLine: d.line },
    };
  });
  return decided.size;
}
