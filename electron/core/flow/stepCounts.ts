// How many orders stand at each of the seven steps: one GROUP BY over orders.status, answered
// from the orders_status_date index without reading the rows, however many orders there are.
import type { OutOfFlow, StepCount } from '../../../shared/api/contracts/flow';
import { FLOW_STEPS, statusesAt } from '../../../shared/domain/flowSteps';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import type { Db } from '../audit/auditRepository';

export type StatusCounts = Map<OrderStatus, number>;

export async function countByStatus(db: Db): Promise<StatusCounts> {
  const rows = await db
    .selectFrom('orders')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status as OrderStatus, Number(r.n)]));
}

export function stepCounts(counts: StatusCounts): StepCount[] {
  return FLOW_STEPS.map((step) => {
    const byStatus = statusesAt(step).map((status) => ({ status, count: counts.get(status) ?? 0 }));
    return { step, total: byStatus.reduce((sum, s) => sum + s.count, 0), byStatus };
  });
}

export function outOfFlow(counts: StatusCounts): OutOfFlow {
  const n = (s: OrderStatus) => counts.get(s) ?? 0;
  return { delivered: n('delivered'), returned: n('returned'), cancelled: n('cancelled'), returning: n('rejected') + n('returning') };
}
