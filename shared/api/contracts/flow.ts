// The commands of the whole flow at a glance: the dashboard and each order's timeline; each input is re-checked in main.
import { z } from 'zod';
import { type Command, command, none } from '../command';
import type { FlowCommand } from '../names/flow';
import type { FlowStep } from '../../domain/flowSteps';
import type { OrderStatus } from '../../domain/orderStatus';
import { Id } from '../../schemas/common';

/** How long an order may wait at a step before the dashboard calls it stuck. */
export const DEFAULT_WAITING_HOURS = 48;
/** Up to 90 days: beyond that an order is not waiting, it is forgotten. */
export const MAX_WAITING_HOURS = 24 * 90;

export const flowSettingsSchema = z
  .object({
    waitingHours: z
      .number({ error: 'flow.validation.hours' })
      .int({ error: 'flow.validation.hours' })
      .min(1, { error: 'flow.validation.hours' })
      .max(MAX_WAITING_HOURS, { error: 'flow.validation.hours' }),
  })
  .strict();
export type FlowSettings = z.infer<typeof flowSettingsSchema>;

/** One of the seven steps: how many orders stand there, status by status. */
export interface StepCount {
  step: FlowStep;
  total: number;
  byStatus: { status: OrderStatus; count: number }[];
}

/** The orders that left the flow (or are on their way back), counted apart from the seven steps. */
export interface OutOfFlow {
  delivered: number;
  returned: number;
  cancelled: number;
  /** Refused at customs or undeliverable, coming back: rejected + returning. */
  returning: number;
}

/** An order the dashboard lists as stuck, with how long since its last change. */
export interface StuckOrder {
  id: number;
  orderNumber: string;
  status: OrderStatus;
  step: FlowStep | null;
  /** The last change of the order (orders.updated_at), ISO. */
  since: string;
  /** Whole hours from `since` to the dashboard's time. */
  hours: number;
  /** On hold: the reason typed; short of stock: the SKUs missing. */
  detail: string;
}

/** An order held at customs, with the filing's latest 'held' outcome when one is recorded. */
export interface HeldOrder extends StuckOrder {
  filingId: number | null;
  reference: string;
  /** When customs held it (the outcome's decided_at), else null. */
  heldAt: string | null;
  dueDate: string | null;
  requested: string;
}

/** A short list (the oldest first) and how many there are in all. */
export interface Listed<T> {
  total: number;
  orders: T[];
}

export type WorkRole = 'broker' | 'clerk' | 'office';
export type WorkKind =
  | 'documentsToFinish'
  | 'declarationsToFile'
  | 'heldToAnswer'
  | 'ordersToPick'
  | 'ordersToPack'
  | 'carriersToBook'
  | 'parcelsToLoad'
  | 'deliveriesToConfirm'
  | 'referencesAwaited'
  | 'filedToday';

/** One kind of next work: how many and where it is done (a hash route). */
export interface WorkItem {
  kind: WorkKind;
  count: number;
  link: string;
}

export interface FlowDashboard {
  /** The time the dashboard was read at (the core's clock), ISO. */
  at: string;
  waitingHours: number;
  steps: StepCount[];
  outOfFlow: OutOfFlow;
  stuck: {
    held: Listed<HeldOrder>;
    short: Listed<StuckOrder>;
    onHold: Listed<StuckOrder>;
    /** Past the threshold at a step (held and on-hold orders are listed apart); `byStep` counts them all. */
    waiting: Listed<StuckOrder> & { byStep: Partial<Record<FlowStep, number>> };
  };
  work: Record<WorkRole, WorkItem[]>;
}

/** One audit entry of the order, placed on a step. */
export interface TimelineEvent {
  id: number;
  action: string;
  at: string;
  actor: string;
  /** The status the entry moved the order to, when it moved it. */
  status: OrderStatus | null;
  /** Short facts worth reading: a hold reason, a document number, a waybill, a customs reference... */
  facts: TimelineFact[];
}

export const TIMELINE_FACTS = [
  'reason',
  'cause',
  'documentType',
  'document',
  'pickList',
  'parcels',
  'office',
  'reference',
  'waybill',
  'outcome',
  'dueDate',
  'receiver',
  'shortage',
] as const;
export type TimelineFactKey = (typeof TIMELINE_FACTS)[number];
/**
 * A fact's label is translated on screen (flow.facts.<key>). Its value is data, shown as it is,
 * except the coded ones the screen puts in words: cause, documentType, outcome, dueDate.
 */
export interface TimelineFact {
  key: TimelineFactKey;
  value: string;
}

export interface TimelineStep {
  step: FlowStep;
  reached: boolean;
  /** The order has gone past this step. */
  done: boolean;
  /** The first entry on this step: when and by whom. */
  at: string | null;
  actor: string | null;
  events: TimelineEvent[];
}

export interface OrderTimeline {
  orderId: number;
  orderNumber: string;
  status: OrderStatus;
  /** Where the order stands now; null once it left the flow (delivered, returned, cancelled...). */
  current: FlowStep | null;
  steps: TimelineStep[];
}

const dashboardReads = ['orders', 'settings', 'declaration_filings', 'declaration_filing_orders', 'clearance_outcomes'] as const;

export const flowContract = {
  'flow.dashboard': command<FlowDashboard>()(none, { reads: [...dashboardReads] }),
  'flow.settings': command<FlowSettings>()(none, { reads: ['settings'] }),
  'flow.saveSettings': command<FlowSettings>()(flowSettingsSchema, { writes: ['settings', 'audit_log'] }),
  'flow.timeline': command<OrderTimeline>()(z.object({ orderId: Id }).strict(), { reads: ['orders', 'audit_log'] }),
} satisfies Record<FlowCommand, Command<z.ZodType, unknown>>;
