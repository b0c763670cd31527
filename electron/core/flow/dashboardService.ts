// The home dashboard: where every order stands among the seven steps, what is stuck, and the
// next work of each kind of user. A read at the time of the handler's clock, never the wall clock.
import type { FlowDashboard } from '../../../shared/api/contracts/flow';
import type { Db } from '../audit/auditRepository';
import { nextWork } from './nextWork';
import { countByStatus, outOfFlow, stepCounts } from './stepCounts';
import { heldOrders, onHoldOrders, shortOrders, waitingOrders } from './stuckOrders';
import { readWaitingHours } from './waitingSetting';

export async function flowDashboard(db: Db, at: string): Promise<FlowDashboard> {
  const waitingHours = await readWaitingHours(db);
  const counts = await countByStatus(db);
  return {
    at,
    waitingHours,
    steps: stepCounts(counts),
    outOfFlow: outOfFlow(counts),
    stuck: {
      held: await heldOrders(db, at, counts.get('customs_held') ?? 0),
      short: await shortOrders(db, at),
      onHold: await onHoldOrders(db, at, counts.get('on_hold') ?? 0),
      waiting: await waitingOrders(db, at, waitingHours),
    },
    work: await nextWork(db, counts, at),
  };
}
