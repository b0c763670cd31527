// The seven steps of the seed's flow (confirm, pick, pack, declare, transport, clearance, deliver)
// and which order statuses stand at each: the dashboard counts by them and an order's timeline
// places its history on them. Orders that left the flow (delivered, returned, cancelled) stand at none.
import type { OrderStatus } from './orderStatus';

export const FLOW_STEPS = ['confirm', 'pick', 'pack', 'declare', 'transport', 'clearance', 'deliver'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

/** Where an order with this status stands: waiting for (or inside) that step's work. */
export const STEP_OF_STATUS: Record<OrderStatus, FlowStep | null> = {
  received: 'confirm',
  on_hold: 'confirm',
  confirmed: 'pick',
  picking: 'pick',
  picked: 'pack',
  // Packed orders wait for their customs documents, which step 3 prepares.
  packed: 'pack',
  documents_ready: 'declare',
  declared: 'transport',
  booked: 'clearance',
  customs_held: 'clearance',
  cleared: 'deliver',
  in_transit: 'deliver',
  rejected: null,
  returning: null,
  delivered: null,
  returned: null,
  cancelled: null,
};

/** The step whose work an audit action records, for an order's timeline. */
export const STEP_OF_ACTION: Record<string, FlowStep> = {
  imported: 'confirm',
  created: 'confirm',
  edited: 'confirm',
  edit: 'confirm',
  confirm: 'confirm',
  confirmedShort: 'confirm',
  hold: 'confirm',
  release: 'confirm',
  startPicking: 'pick',
  finishPicking: 'pick',
  cancelPicking: 'pick',
  pack: 'pack',
  documentsReady: 'pack',
  declare: 'declare',
  book: 'transport',
  customsHold: 'clearance',
  clear: 'clearance',
  customsReject: 'clearance',
  dispatch: 'deliver',
  deliver: 'deliver',
  returnToSender: 'deliver',
  returnGoods: 'deliver',
};
