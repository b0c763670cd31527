// An order's way through the seven steps: its audit entries placed on the step whose work they
// record (shared/domain/flowSteps.ts), with when and by whom each step was reached.
import type { OrderTimeline, TimelineEvent, TimelineStep } from '../../../shared/api/contracts/flow';
import { FLOW_STEPS, type FlowStep, STEP_OF_STATUS, stepOfEntry } from '../../../shared/domain/flowSteps';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import { notFound } from '../api/errors';
import { type Db, auditFor } from '../audit/auditRepository';
import { factsOf } from './timelineFacts';

function statusOf(value: unknown): OrderStatus | null {
  if (value && typeof value === 'object' && 'status' in value) {
    const status = (value as { status: unknown }).status;
    if (typeof status === 'string' && status in STEP_OF_STATUS) return status as OrderStatus;
  }
  return null;
}

// Statuses past the last step: every step was gone through.
const FINISHED: readonly OrderStatus[] = ['delivered'];

export async function orderTimeline(db: Db, orderId: number): Promise<OrderTimeline> {
  const order = await db.selectFrom('orders').select(['id', 'order_number', 'status']).where('id', '=', orderId).executeTakeFirst();
  if (!order) throw notFound('Order', orderId);
  const status = order.status as OrderStatus;
  const entries = await auditFor(db, 'order', orderId);
  const events = new Map<FlowStep, TimelineEvent[]>(FLOW_STEPS.map((s) => [s, []]));
  // The status before each entry, walked in order, places the entries that say nothing of their step.
  let standing: OrderStatus | undefined;
  for (const entry of entries) {
    const step = stepOfEntry(entry, standing);
    const moved = statusOf(entry.after);
    if (step) events.get(step)!.push({ id: entry.id, action: entry.action, at: entry.at, actor: entry.actor, status: moved, facts: factsOf(entry.after) });
    if (moved) standing = moved;
    else if (!standing) standing = 'received';
  }
  const current = STEP_OF_STATUS[status];
  const currentIndex = current ? FLOW_STEPS.indexOf(current) : FINISHED.includes(status) ? FLOW_STEPS.length : -1;
  const steps: TimelineStep[] = FLOW_STEPS.map((step, i) => {
    const list = events.get(step)!;
    const first = list[0];
    return {
      step,
      reached: list.length > 0 || i <= currentIndex,
      done: i < currentIndex,
      at: first?.at ?? null,
      actor: first?.actor ?? null,
      events: list,
    };
  });
  return { orderId, orderNumber: order.order_number, status, current, steps };
}
