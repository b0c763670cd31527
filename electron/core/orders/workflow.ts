// The one way an order's status changes. Every step of the flow calls moveOrder or moveOrders:
// they check the move against shared/domain/orderStatus.ts, write the status with the step's own
// columns, and append the audit entry, all in the caller's transaction. A test fails if any other
// code writes orders.status.
import type { Updateable } from 'kysely';
import { type OrderAction, type OrderStatus, nextStatus } from '../../../shared/domain/orderStatus';
import { AppError, notFound } from '../api/errors';
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit } from '../audit/auditRepository';
import type { OrdersTable } from './tables';

/** What a step writes with the status; never the status itself. */
export type OrderPatch = Omit<Updateable<OrdersTable>, 'status' | 'id' | 'updated_at'>;

export interface MoveDetails {
  /** The step's own columns written with the status (hold reason, problems...). */
  set?: OrderPatch;
  /** Recorded in the audit entry besides the statuses. */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** The audit action when it says more than the workflow's action (e.g. 'confirmedShort', 'edited'). */
  auditAs?: string;
}

export interface Moved {
  id: number;
  orderNumber: string;
  from: OrderStatus;
  to: OrderStatus;
}

export function illegalMove(from: OrderStatus, action: OrderAction, orderNumber: string): AppError {
  return new AppError('errors.illegalTransition', `Order ${orderNumber} is ${from}; it cannot be given the action "${action}".`, { from, action, orderNumber });
}

/** Moves one order; refuses, with a translated error, a move its status does not allow. */
export async function moveOrder(trx: Db, orderId: number, action: OrderAction, stamp: Stamp, details: MoveDetails = {}): Promise<Moved> {
  const [moved] = await moveOrders(trx, [orderId], action, stamp, () => details);
  return moved!;
}

// SQLite allows 32766 bound values per statement.
const CHUNK = 30_000;

/**
 * Moves many orders by one action (a wave starts picking for thousands at once). All or none:
 * one order that cannot move refuses the whole call before anything is written.
 */
export async function moveOrders(
  trx: Db,
  orderIds: number[],
  action: OrderAction,
  stamp: Stamp,
  detailsOf: (id: number) => MoveDetails = () => ({}),
): Promise<Moved[]> {
  const ids = [...new Set(orderIds)];
  const rows: { id: number; status: string; order_number: string }[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    rows.push(
      ...(await trx
        .selectFrom('orders')
        .select(['id', 'status', 'order_number'])
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute()),
    );
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const moves: Moved[] = ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw notFound('Order', id);
    const from = row.status as OrderStatus;
    const to = nextStatus(from, action);
    if (!to) throw illegalMove(from, action, row.order_number);
    return { id, orderNumber: row.order_number, from, to };
  });

  // Orders with nothing but the status to write go in bulk, grouped by the status they reach.
  const bulk = new Map<OrderStatus, number[]>();
  const details = new Map(moves.map((m) => [m.id, detailsOf(m.id)]));
  for (const m of moves) {
    const set = details.get(m.id)!.set;
    if (set && Object.keys(set).length > 0) {
      await trx
        .updateTable('orders')
        .set({ ...set, status: m.to, updated_at: stamp.at })
        .where('id', '=', m.id)
        .execute();
    } else {
      const group = bulk.get(m.to);
      if (group) group.push(m.id);
      else bulk.set(m.to, [m.id]);
    }
  }
  for (const [to, group] of bulk) {
    for (let i = 0; i < group.length; i += CHUNK) {
      await trx
        .updateTable('orders')
        .set({ status: to, updated_at: stamp.at })
        .where('id', 'in', group.slice(i, i + CHUNK))
        .execute();
    }
  }
  await appendAudit(
    trx,
    moves.map((m) => {
      const d = details.get(m.id)!;
      return {
        entity: 'order',
        entityId: m.id,
        action: d.auditAs ?? action,
        before: { status: m.from, ...d.before },
        after: { status: m.to, ...d.after },
        ...stamp,
      };
    }),
  );
  return moves;
}
