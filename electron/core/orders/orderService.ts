// Step 1 of the flow: creating, editing and confirming orders, holding and cancelling them.
// Every change runs in one transaction with its audit record.
import type { Kysely, Transaction } from 'kysely';
import type { OrderListQuery } from '../../../shared/api/contract';
import type { ConfirmOutcome, OrderDetail, OrderPage, ShortLine } from '../../../shared/api/types';
import { type Problem, checkOrder } from '../../../shared/domain/confirmation';
import { lineTotal } from '../../../shared/domain/money';
import { type OrderAction, type OrderStatus, allowedActions, nextStatus } from '../../../shared/domain/orderStatus';
import type { Order } from '../../../shared/schemas/order';
import { AppError, notFound } from '../api/errors';
import { type Db, appendAudit, auditFor } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { findOrder, insertOrders, listOrders, replaceLines } from './orderRepository';
import { contentHash, orderToRow, rowsToOrder } from './orderRows';
import { findProductsBySku } from '../catalogue/productRepository';
import { catalogueProblems, fillFromCatalogue, releaseOrder, reserveLines, shortageOf } from './orderStock';

const now = () => new Date().toISOString();

function illegal(status: OrderStatus, action: OrderAction, orderNumber: string): AppError {
  return new AppError('errors.illegalTransition', `Order ${orderNumber} is ${status}; it cannot be given the action "${action}".`, { from: status, action, orderNumber });
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed: orders\.channel, orders\.order_number/.test(err.message);
}

export function listOrderPage(db: Db, q: Required<OrderListQuery>): Promise<OrderPage> {
  return listOrders(db, q);
}

export async function createOrder(db: Kysely<DB>, order: Order): Promise<{ id: number }> {
  try {
    return await db.transaction().execute(async (trx) => {
      const at = now();
      const [id] = await insertOrders(trx, [{ order, row: orderToRow(order, { status: 'received', at }) }]);
      await appendAudit(trx, [{ entity: 'order', entityId: id!, action: 'created', after: order, at }]);
      return { id: id! };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('errors.duplicateOrder', `An order ${order.orderNumber} from ${order.channel} already exists. Open it instead, or use another order number.`, { orderNumber: order.orderNumber, channel: order.channel });
    }
    throw err;
  }
}

export async function updateOrder(db: Kysely<DB>, id: number, order: Order): Promise<{ id: number }> {
  try {
    return await db.transaction().execute(async (trx) => {
      const found = await findOrder(trx, id);
      if (!found) throw notFound('Order', id);
      const status = found.row.status as OrderStatus;
      const to = nextStatus(status, 'edit');
      if (!to) throw illegal(status, 'edit', found.row.order_number);
      const before = rowsToOrder(found.row, found.lines);
      if (contentHash(before) === contentHash(order)) return { id };
      const at = now();
      const row = orderToRow(order, { status: to, at, importId: found.row.import_id, createdAt: found.row.created_at });
      // A confirmed order goes back to received: what it reserved is given back until it is confirmed again.
      await releaseOrder(trx, id, 'order edited', at);
      await trx.updateTable('orders').set({ ...row, shortage: '[]' }).where('id', '=', id).execute();
      await replaceLines(trx, id, order);
      await appendAudit(trx, [{ entity: 'order', entityId: id, action: 'edited', before: { ...before, status }, after: { ...order, status: to }, at }]);
      return { id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('errors.duplicateOrder', `An order ${order.orderNumber} from ${order.channel} already exists. Use another order number.`, { orderNumber: order.orderNumber, channel: order.channel });
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
  const problems = checkOrder(rowsToOrder(found.row, found.lines));
  return { id, orderNumber: found.row.order_number, confirmed: found.row.status === 'confirmed', problems };
}

/**
 * Confirms each order whose checks pass and whose stock can be reserved; the others keep their
 * status and get their problem list and shortage refreshed. An order short of stock is confirmed
 * with what there is only when the user chose so (`allowShort`). One transaction per batch so a
 * bulk confirm of thousands stays responsive.
 */
export async function confirmOrders(db: Kysely<DB>, ids: number[], allowShort = false): Promise<ConfirmOutcome[]> {
  const outcomes: ConfirmOutcome[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const batch = unique.slice(i, i + 500);
    await db.transaction().execute(async (trx) => {
      for (const id of batch) outcomes.push(await confirmOne(trx, id, allowShort, now()));
    });
  }
  return outcomes;
}

async function confirmOne(trx: Transaction<DB>, id: number, allowShort: boolean, at: string): Promise<ConfirmOutcome> {
  const found = await findOrder(trx, id);
  if (!found) return { id, orderNumber: '', confirmed: false, problems: [], refused: 'errors.notFound' };
  const status = found.row.status as OrderStatus;
  const orderNumber = found.row.order_number;
  const to = nextStatus(status, 'confirm');
  if (!to) return { id, orderNumber, confirmed: status === 'confirmed', problems: [], refused: status === 'confirmed' ? undefined : 'errors.illegalTransition' };
  const products = await findProductsBySku(trx, found.lines.map((l) => l.sku));
  const problems = [...checkOrder(rowsToOrder(found.row, found.lines)), ...catalogueProblems(found.lines, products)];
  const fail = async (shortage: ShortLine[]) => {
    await trx.updateTable('orders').set({ problems: JSON.stringify(problems), problem_count: problems.length, shortage: JSON.stringify(shortage), updated_at: at }).where('id', '=', id).execute();
    const after = shortage.length > 0 ? { shortage } : { problems: problems.map((p) => p.code) };
    await appendAudit(trx, [{ entity: 'order', entityId: id, action: 'confirmationFailed', after, at }]);
    return { id, orderNumber, confirmed: false, problems, ...(shortage.length > 0 ? { shortage } : {}) };
  };
  if (problems.length > 0) return fail([]);
  const { take, shortage } = await shortageOf(trx, found.lines, products);
  if (shortage.length > 0 && !allowShort) return fail(shortage);
  await fillFromCatalogue(trx, found.lines, products);
  await reserveLines(trx, id, found.lines, products, take, at);
  await trx.updateTable('orders').set({ status: to, problems: '[]', problem_count: 0, shortage: JSON.stringify(shortage), updated_at: at }).where('id', '=', id).execute();
  await appendAudit(trx, [{ entity: 'order', entityId: id, action: shortage.length > 0 ? 'confirmedShort' : 'confirmed', before: { status }, after: { status: to, ...(shortage.length > 0 ? { shortage } : {}) }, at }]);
  return { id, orderNumber, confirmed: true, problems: [], ...(shortage.length > 0 ? { shortage } : {}) };
}

type ReasonAction = 'hold' | 'release' | 'cancel';

export async function changeStatus(db: Kysely<DB>, id: number, action: ReasonAction, reason = ''): Promise<{ id: number }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('orders').select(['status', 'order_number', 'hold_reason']).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Order', id);
    const status = row.status as OrderStatus;
    const to = nextStatus(status, action);
    if (!to) throw illegal(status, action, row.order_number);
    const at = now();
    const set = {
      status: to,
      updated_at: at,
      ...(action === 'hold' ? { hold_reason: reason } : {}),
      ...(action === 'release' ? { hold_reason: '' } : {}),
      ...(action === 'cancel' ? { cancel_reason: reason } : {}),
    };
    // Held or cancelled orders must not sit on stock other orders could ship.
    if (action !== 'release') await releaseOrder(trx, id, `order ${action === 'hold' ? 'held' : 'cancelled'}: ${reason}`, at);
    await trx.updateTable('orders').set(set).where('id', '=', id).execute();
    await appendAudit(trx, [{ entity: 'order', entityId: id, action, before: { status }, after: { status: to, ...(reason ? { reason } : {}) }, at }]);
    return { id };
  });
}
