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

/**
 * The step whose work an audit action records, for an order's timeline. Actions that move the
 * status and are not named here go to the step the order stood at when they happened
 * (`stepOfEntry`): the work of that step is what moved it on.
 */
export const STEP_OF_ACTION: Record<string, FlowStep> = {
  imported: 'confirm',
  created: 'confirm',
  edited: 'confirm',
  edit: 'confirm',
  confirm: 'confirm',
  confirmed: 'confirm',
  confirmedShort: 'confirm',
  confirmationFailed: 'confirm',
  shippingMethodDecided: 'confirm',
  // hold, release and cancel are not named: they belong to the step the order stood at.
  startPicking: 'pick',
  finishPicking: 'pick',
  cancelPicking: 'pick',
  shortPicked: 'pick',
  pack: 'pack',
  parcelClosed: 'pack',
  parcelReopened: 'pack',
  // The customs papers are prepared with the packing (step 3): the order is ready when they are final.
  documentCreated: 'pack',
  documentFinalised: 'pack',
  documentAmended: 'pack',
  documentVoided: 'pack',
  documentsReady: 'pack',
  declare: 'declare',
  filingWithdrawn: 'declare',
  book: 'transport',
  shipmentCancelled: 'transport',
  customsHold: 'clearance',
  clear: 'clearance',
  customsReject: 'clearance',
  dispatch: 'deliver',
  deliver: 'deliver',
  returnToSender: 'deliver',
  returnOpened: 'deliver',
  returnGoods: 'deliver',
};

// Actions other areas may add later, recognised by their words, before falling back on the status.
const STEP_BY_WORDS: [RegExp, FlowStep][] = [
  [/manifest|load|dispatch|deliver|return/i, 'deliver'],
  [/outcome|clear|held|inspect|release/i, 'clearance'],
  [/shipment|waybill|carrier|tracking|book/i, 'transport'],
  [/filing|filed|declar|reference/i, 'declare'],
  [/document|parcel|pack/i, 'pack'],
  [/pick/i, 'pick'],
];

function statusIn(value: unknown): OrderStatus | undefined {
  if (value && typeof value === 'object' && 'status' in value) {
    const status = (value as { status: unknown }).status;
    if (typeof status === 'string' && status in STEP_OF_STATUS) return status as OrderStatus;
  }
  return undefined;
}

/**
 * Where an audit entry of an order belongs among the seven steps. `standing` is the status the
 * order had just before the entry (the timeline walks the entries in order), for entries that
 * neither name their step nor move the status. Null when nothing places it (a cancelled order's entries).
 */
export function stepOfEntry(entry: { action: string; before: unknown; after: unknown }, standing: OrderStatus | undefined): FlowStep | null {
  const named = STEP_OF_ACTION[entry.action];
  if (named) return named;
  const from = statusIn(entry.before);
  const to = statusIn(entry.after);
  // A move is the work of the step the order stood at; a move from outside the flow, of where it went.
  if (from && STEP_OF_STATUS[from]) return STEP_OF_STATUS[from];
  if (to && STEP_OF_STATUS[to]) return STEP_OF_STATUS[to];
  for (const [words, step] of STEP_BY_WORDS) if (words.test(entry.action)) return step;
  return standing ? STEP_OF_STATUS[standing] : null;
}

/** The statuses standing at a step, in the state machine's order. */
export function statusesAt(step: FlowStep): OrderStatus[] {
  return (Object.keys(STEP_OF_STATUS) as OrderStatus[]).filter((s) => STEP_OF_STATUS[s] === step);
}
