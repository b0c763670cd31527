// The order's life as a checked state machine. Every status change in the app goes through
// `transition`, so an illegal move (say, confirming a cancelled order) is refused in one place.

export const ORDER_STATUSES = [
  'received',
  'confirmed',
  'on_hold',
  'cancelled',
  'picking',
  'picked',
  'packed',
  'documents_ready',
  'declared',
  'in_transit',
  'cleared',
  'delivered',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = [
  'confirm',
  'hold',
  'release',
  'cancel',
  'edit',
  'startPicking',
  'cancelPicking',
  'finishPicking',
  'pack',
  'documentsReady',
  'declare',
  'ship',
  'clear',
  'deliver',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** from-status -> action -> to-status. Absent means refused. */
const MOVES: Record<OrderStatus, Partial<Record<OrderAction, OrderStatus>>> = {
  received: { confirm: 'confirmed', hold: 'on_hold', cancel: 'cancelled', edit: 'received' },
  // Editing a confirmed order sends it back to received: its checks must be run again.
  confirmed: { hold: 'on_hold', cancel: 'cancelled', edit: 'received', startPicking: 'picking' },
  on_hold: { release: 'received', cancel: 'cancelled', edit: 'on_hold' },
  cancelled: {},
  // A cancelled pick list sends an order it picked nothing for back to be planned again.
  picking: { finishPicking: 'picked', hold: 'on_hold', cancelPicking: 'confirmed' },
  picked: { pack: 'packed', hold: 'on_hold' },
  // Ready when the documents its destination needs are final (electron/core/customs/readiness.ts).
  packed: { documentsReady: 'documents_ready' },
  documents_ready: { declare: 'declared' },
  declared: { ship: 'in_transit' },
  in_transit: { clear: 'cleared' },
  cleared: { deliver: 'delivered' },
  delivered: {},
};

/** Actions that need a reason typed by the user, kept in the audit log. */
export const ACTIONS_NEEDING_REASON: readonly OrderAction[] = ['hold', 'cancel'];

export function nextStatus(from: OrderStatus, action: OrderAction): OrderStatus | undefined {
  return MOVES[from][action];
}

export function canApply(from: OrderStatus, action: OrderAction): boolean {
  return nextStatus(from, action) !== undefined;
}

export function allowedActions(from: OrderStatus): OrderAction[] {
  return Object.keys(MOVES[from]) as OrderAction[];
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: OrderStatus,
    readonly action: OrderAction,
  ) {
    super(`An order that is ${from} cannot be given the action ${action}.`);
  }
}

export function transition(from: OrderStatus, action: OrderAction): OrderStatus {
  const to = nextStatus(from, action);
  if (!to) throw new IllegalTransitionError(from, action);
  return to;
}
