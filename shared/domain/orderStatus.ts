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
  'booked',
  'customs_held',
  'cleared',
  'rejected',
  'in_transit',
  'delivered',
  'returning',
  'returned',
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
  'book',
  'customsHold',
  'clear',
  'customsReject',
  'dispatch',
  'deliver',
  'returnToSender',
  'returnGoods',
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
  picked: { pack: 'packed', hold: 'on_hold', cancel: 'cancelled' },
  // Ready when the documents its destination needs are final (electron/core/customs/readiness.ts).
  packed: { documentsReady: 'documents_ready', cancel: 'cancelled' },
  documents_ready: { declare: 'declared', cancel: 'cancelled' },
  // Step 4 filed the declaration: from here until customs clears them the goods are under customs
  // supervision (UNDER_SUPERVISION) and cannot be dispatched. A corrected filing keeps the status.
  declared: { book: 'booked', cancel: 'cancelled' },
  // Step 5 booked the carrier (a shipment with its waybill numbers); step 6 records customs' word.
  booked: { clear: 'cleared', customsHold: 'customs_held', customsReject: 'rejected', cancel: 'cancelled' },
  customs_held: { clear: 'cleared', customsReject: 'rejected', cancel: 'cancelled' },
  // Released by customs: step 7 loads the parcels and dispatch deducts the stock, once.
  cleared: { dispatch: 'in_transit', cancel: 'cancelled' },
  // Refused at customs: the goods come back through the return path (restocked or written off).
  rejected: { returnGoods: 'returned' },
  // After dispatch an order can no longer be cancelled; an undeliverable one comes back instead.
  in_transit: { deliver: 'delivered', returnToSender: 'returning' },
  returning: { returnGoods: 'returned' },
  delivered: {},
  returned: {},
};

/** Actions that need a reason typed by the user, kept in the audit log. */
export const ACTIONS_NEEDING_REASON: readonly OrderAction[] = ['hold', 'cancel'];

/** Statuses whose goods are under customs supervision: filed, not yet released or refused. */
export const UNDER_SUPERVISION: readonly OrderStatus[] = ['declared', 'booked', 'customs_held'];

/** Statuses whose goods have left with the carrier: cancelling is refused, the return path offered. */
export const DISPATCHED: readonly OrderStatus[] = ['in_transit', 'delivered', 'returning'];

/** Statuses in which the order's goods sit picked or packed in the warehouse (a cancel sends them back). */
export const GOODS_IN_HAND: readonly OrderStatus[] = ['picked', 'packed', 'documents_ready', 'declared', 'booked', 'customs_held', 'cleared'];

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
