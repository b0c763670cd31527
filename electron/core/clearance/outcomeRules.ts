// Whether customs' outcome can be recorded on a filing as it stands: the one check behind the
// record form and the import (which runs it row after row on the state the earlier rows leave).
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import { type ClearanceOutcomeKind, isBefore } from '../../../shared/schemas/clearance';
import type { AppError } from '../api/errors';
import { alreadyDecided, decidedBeforeFiling, decidedBeforeLast, filingNotLive, notBooked } from './errors';

export interface FilingState {
  filingId: number;
  rootId: number;
  status: string;
  /** The declaration's number, as the broker knows it. */
  number: string;
  filedAt: string;
  orders: { id: number; orderNumber: string; status: OrderStatus }[];
  /** The latest outcome on this declaration (any filing of it), if any. */
  latest: { outcome: ClearanceOutcomeKind; decidedAt: string } | null;
}

/** Statuses customs' word applies to: goods booked on a carrier, or already held. */
const AWAITING: readonly OrderStatus[] = ['booked', 'customs_held'];

/** Why this outcome cannot be recorded now, or null when it can. */
export function outcomeRefusal(state: FilingState, outcome: { decidedAt: string }): AppError | null {
  if (state.status !== 'filed') return filingNotLive(state.number, state.status);
  for (const o of state.orders) {
    if (o.status === 'declared') return notBooked(state.number, o.orderNumber, o.status);
    if (!AWAITING.includes(o.status)) return alreadyDecided(state.number, o.orderNumber, o.status);
  }
  if (isBefore(outcome.decidedAt, state.filedAt)) return decidedBeforeFiling(state.number, outcome.decidedAt, state.filedAt);
  if (state.latest && isBefore(outcome.decidedAt, state.latest.decidedAt)) return decidedBeforeLast(state.number, outcome.decidedAt, state.latest.decidedAt);
  return null;
}

const STATUS_AFTER: Record<ClearanceOutcomeKind, OrderStatus> = { released: 'cleared', held: 'customs_held', rejected: 'rejected' };

/** The state a recorded outcome leaves (for the import's check of the rows that follow). */
export function afterOutcome(state: FilingState, outcome: ClearanceOutcomeKind, decidedAt: string): FilingState {
  return {
    ...state,
    orders: state.orders.map((o) => ({ ...o, status: STATUS_AFTER[outcome] })),
    latest: { outcome, decidedAt },
  };
}
