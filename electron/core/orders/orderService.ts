// Step 1 of the flow: creating, editing and confirming orders, holding and cancelling them.
// Every change runs in one transaction with its audit record.
import type { Kysely, Transaction } from 'kysely';
import type { OrderListQuery } from '../../../shared/api/contracts/orders';
import type { ConfirmOutcome, OrderDetail, OrderPage, ShortLine } from '../../../shared/api/types';
import type { Problem } from '../../../shared/domain/confirmation';
import { lineTotal } from '../../../shared/domain/money';
import { DISPATCHED, type OrderStatus, allowedActions, nextStatus } from '../../../shared/domain/orderStatus';
import type { Order } from '../../../shared/schemas/order';
import { AppError, notFound } from '../api/errors';
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit, auditFor } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { findOrder, insertOrders, listOrders, replaceLines } from './orderRepository';
import { contentHash, orderToRow, rowsToOrder } from './orderRows';
import { findProductsBySku } from '../catalogue/productRepository';
import { catalogueFacts, confirmationProblems, filledLines, releaseOrder, reserveLines, shortageOf, writeFilledLines } from './orderStock';
import { moveOrder } from './workflow';
import { cleanUpCancelledOrder } from '../returns/cancelCleanup';

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed: orders\.channel, orders\.order_number/.test(err.message);
}

export function listOrderPage(db: Db, q: Required<OrderListQuery>): Promise<OrderPage> {
  return listOrders(db, q);
}

export async function createOrder(db: Kysely<DB>, order: Order, stamp: Stamp): Promise<{ id: number }> {
  try {
    return await db.transaction().execute(async (trx) => {
      const products = await catalogueFacts(trx, [order]);
      const [id] = await insertOrders(trx, [{ order, row: orderToRow(order, { status: 'received', at: stamp.at, products }) }]);
      await appendAudit(trx, [{ entity: 'order', entityId: id!, action: 'created', after: order, ...stamp }]);
      return { id: id! };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError(
        'errors.duplicateOrder',
        `An order ${order.orderNumber} from ${order.channel} already exists. Open it instead, or use another order number.`,
        { orderNumber: order.orderNumber, channel: order.channel },
      );
    }
    throw err;
  }
}

export async function updateOrder(db: Kysely<DB>, id: number, order: Order, stamp: Stamp): Promise<{ id: number }> {
  try {
    return await db.transaction().execute(async (trx) => {
      const found = await findOrder(trx, id);
      if (!found) throw notFound('Order', id);
      const status = found.row.status as OrderStatus;
      const before = rowsToOrder(found.row, found.lines);
      if (contentHash(before) === contentHash(order)) return { id };
      // The status is the workflow's to write: the row's own is left out here.
      const products = await catalogueFacts(trx, [order]);
      const { status: _ignored, ...row } = orderToRow(order, {
        status,
        at: stamp.at,
        importId: found.row.import_id,
        createdAt: found.row.created_at,
        products,
      });
      // The move is checked first, so an order that cannot be edited is refused before anything is written.
      await moveOrder(trx, id, 'edit', stamp, { set: { ...row, shortage: '[]' }, auditAs: 'edited', before, after: order });
      // A confirmed order goes back to received: what it reserved is given back until it is confirmed again.
      await releaseOrder(trx, id, 'order edited', stamp);
      await replaceLines(trx, id, order);
      return { id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('errors.duplicateOrder', `An order ${order.orderNumber} from ${order.channel} already exists. Use another order number.`, {
        orderNumber: order.orderNumber,
        channel: order.channel,
      });
    }
    throw err;
  }
}

export async function getOrderDetail(db: Db, id: number): Promise<OrderDetail> {
  const found = await findOrder(db, id);
  if (!found) throw notFound('Order', id);
  const { row, lines } = found;
  const order = rowsToOrder(row, lines);
  const status = row.status as OrderStatus;
  return {
    id,
    status,
    order,
    total: row.total,
    lineTotals: lines.map((l) => lineTotal(l.quantity, l.unit_price, row.currency)),
    problems: JSON.parse(row.problems) as Problem[],
    shortage: JSON.parse(row.shortage) as ShortLine[],
    holdReason: row.hold_reason,
    cancelReason: row.cancel_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    allowedActions: allowedActions(status),
    history: await auditFor(db, 'order', id),
  };
}

/** Runs the step-1 checks without changing anything. */
export async function checkOrderById(db: Db, id: number): Promise<ConfirmOutcome> {
  const found = await findOrder(db, id);
  if (!found) throw notFound('Order', id);
  const products = await findProductsBySku(
    db,
    found.lines.map((l) => l.sku),
  );
  const problems = confirmationProblems(found.row, found.lines, products);
  return { id, orderNumber: found.row.order_number, confirmed: found.row.status === 'confirmed', problems };
}

/**
 * Confirms each order whose checks pass and whose stock can be reserved; the others keep their
 * status and get their problem list and shortage refreshed. An order short of stock is confirmed
 * with what there is only when the user chose so (`allowShort`). One transaction per batch so a
 * bulk confirm of thousands stays responsive.
 */
export async function confirmOrders(db: Kysely<DB>, ids: number[], stamp: Stamp, allowShort = false): Promise<ConfirmOutcome[]> {
  const outcomes: ConfirmOutcome[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const batch = unique.slice(i, i + 500);
    await db.transaction().execute(async (trx) => {
      for (const id of batch) outcomes.push(await confirmOne(trx, id, allowShort, stamp));
    });
  }
  return outcomes;
}

async function confirmOne(trx: Transaction<DB>, id: number, allowShort: boolean, stamp: Stamp): Promise<ConfirmOutcome> {
  const found = await findOrder(trx, id);
  if (!found) return { id, orderNumber: '', confirmed: false, problems: [], refused: 'errors.notFound' };
  const status = found.row.status as OrderStatus;
  const orderNumber = found.row.order_number;
  if (!nextStatus(status, 'confirm'))
    return { id, orderNumber, confirmed: status === 'confirmed', problems: [], refused: status === 'confirmed' ? undefined : 'errors.illegalTransition' };
  const products = await findProductsBySku(
    trx,
    found.lines.map((l) => l.sku),
  );
  // The catalogue fills what the shop left out before the checks judge what is missing.
  const { rows: lines, filled } = filledLines(found.lines, products);
  const problems = confirmationProblems(found.row, lines, products);
  const fail = async (shortage: ShortLine[]) => {
    await trx
      .updateTable('orders')
      .set({ problems: JSON.stringify(problems), problem_count: problems.length, shortage: JSON.stringify(shortage), updated_at: stamp.at })
      .where('id', '=', id)
      .execute();
    const after = shortage.length > 0 ? { shortage } : { problems: problems.map((p) => p.code) };
    await appendAudit(trx, [{ entity: 'order', entityId: id, action: 'confirmationFailed', after, ...stamp }]);
    return { id, orderNumber, confirmed: false, problems, ...(shortage.length > 0 ? { shortage } : {}) };
  };
  if (problems.length > 0) return fail([]);
  const { take, shortage } = await shortageOf(trx, lines, products);
  if (shortage.length > 0 && !allowShort) return fail(shortage);
  await writeFilledLines(trx, lines);
  await reserveLines(trx, id, lines, products, take, stamp);
  const short = shortage.length > 0 ? { shortage } : {};
  await moveOrder(trx, id, 'confirm', stamp, {
    set: { problems: '[]', problem_count: 0, shortage: JSON.stringify(shortage) },
    auditAs: shortage.length > 0 ? 'confirmedShort' : 'confirmed',
    after: { ...short, ...(filled.length > 0 ? { filledFromCatalogue: filled } : {}) },
  });
  return { id, orderNumber, confirmed: true, problems: [], ...short };
}

type ReasonAction = 'hold' | 'release' | 'cancel';

/** After dispatch the goods are with the carrier: a cancel cannot call them back, the return path does. */
async function refuseCancelAfterDispatch(trx: Transaction<DB>, id: number): Promise<void> {
  const row = await trx.selectFrom('orders').select(['status', 'order_number']).where('id', '=', id).executeTakeFirst();
  if (row && DISPATCHED.includes(row.status as OrderStatus)) {
    throw new AppError(
      'errors.cancelAfterDispatch',
      `Order ${row.order_number} has left with the carrier (${row.status}): it can no longer be cancelled. Use the return path on the order's page instead (undeliverable, then restock or write off).`,
      { orderNumber: row.order_number, status: row.status },
    );
  }
}

export async function changeStatus(db: Kysely<DB>, id: number, action: ReasonAction, stamp: Stamp, reason = ''): Promise<{ id: number }> {
  return db.transaction().execute(async (trx) => {
    if (action === 'cancel') await refuseCancelAfterDispatch(trx, id);
    const set = {
      ...(action === 'hold' ? { hold_reason: reason } : {}),
      ...(action === 'release' ? { hold_reason: '' } : {}),
      ...(action === 'cancel' ? { cancel_reason: reason } : {}),
    };
    const moved = await moveOrder(trx, id, action, stamp, { set, after: reason ? { reason } : {} });
    // Held or cancelled orders must not sit on stock other orders could ship.
    if (action !== 'release') await releaseOrder(trx, id, `order ${action === 'hold' ? 'held' : 'cancelled'}: ${reason}`, stamp);
    // A cancel also voids the order's open papers, withdraws its filing, calls off its shipment and
    // puts goods already picked or packed on the return path (electron/core/returns/cancelCleanup.ts).
    if (action === 'cancel') await cleanUpCancelledOrder(trx, id, moved.from, reason, stamp);
    return { id };
  });
}
