// The picking area's commands: input schemas re-checked in main, result types, tables touched.
import { z } from 'zod';
import { type Command, byId, command, none } from '../command';
import type { PickingCommand } from '../names/picking';
import { Id, text } from '../../schemas/common';
import { CONTAINER_MODES, type ContainerMode } from '../../domain/wave';

export { CONTAINER_MODES, SHORT_REASONS, type ContainerMode, type ShortReason } from '../../domain/wave';

/** A positive quantity of at most three decimals, as the API speaks it ("2", "1.5"). */
export const pickQuantity = z
  .string({ error: 'picking.validation.quantity' })
  .trim()
  .regex(/^\d{1,12}(\.\d{1,3})?$/, { error: 'picking.validation.quantity' })
  .refine((v) => Number(v) > 0, { error: 'picking.validation.quantity' });

/** A scanned code: what a keyboard-wedge scanner typed before Enter. */
const scanned = text(100, { required: true });

export const planInput = z
  .object({
    orderIds: z.array(Id).min(1).max(5000),
    containerMode: z.enum(CONTAINER_MODES),
  })
  .strict();

export const pickInput = z.object({ lineId: Id, quantity: pickQuantity, container: scanned, binCode: scanned, productCode: scanned }).strict();

export const shortInput = z
  .object({
    lineId: Id,
    quantity: pickQuantity,
    // A code from SHORT_REASONS or the picker's own words; either way someone must say why.
    reason: text(200, { required: true }),
  })
  .strict();

export const cancelInput = z
  .object({
    id: Id,
    // Cancelling changes orders and stock: whoever does it must say why.
    reason: text(200, { required: true }),
  })
  .strict();

export type PickListStatus = 'open' | 'done' | 'cancelled';
export type PickLineStatus = 'open' | 'picked' | 'short' | 'cancelled';

export interface RefusedOrder {
  orderId: number;
  orderNumber: string;
  /** i18n key under picking.refused; params fill it. */
  reason: 'notFound' | 'notConfirmed' | 'onPickList' | 'nothingReserved' | 'binStockMissing';
  params: Record<string, string | number>;
}

export interface PlanOutcome {
  /** Absent when no order could be planned. */
  pickList?: { id: number; number: string; orderCount: number; lineCount: number };
  planned: { orderId: number; orderNumber: string; container: string }[];
  refused: RefusedOrder[];
}

export interface PickListSummary {
  id: number;
  number: string;
  kind: 'order' | 'wave';
  status: PickListStatus;
  containerMode: ContainerMode;
  orderCount: number;
  lineCount: number;
  linesDone: number;
  createdAt: string;
  completedAt: string | null;
}

export interface PickListOverview {
  open: PickListSummary[];
  recent: PickListSummary[];
}

export interface PickLineView {
  id: number;
  seq: number;
  binCode: string;
  zone: string;
  productId: number;
  sku: string;
  name: string;
  gtin: string;
  quantity: string;
  picked: string;
  short: string;
  remaining: string;
  shortReason: string;
  status: PickLineStatus;
  container: string;
  orderId: number;
  orderNumber: string;
  lineNo: number;
}

export interface PickListDetail extends PickListSummary {
  lines: PickLineView[];
}

export interface ReadyOrder {
  id: number;
  orderNumber: string;
  orderDate: string;
  consigneeName: string;
  country: string;
  shippingMethod: string;
  lineCount: number;
  /** Lines with something reserved: only those can be picked. */
  reservedLines: number;
  /** Confirmation could not reserve everything. */
  short: boolean;
}

export interface ReadyOrders {
  rows: ReadyOrder[];
  /** All orders ready, even beyond the rows sent. */
  total: number;
}

export interface PickLineOutcome {
  line: PickLineView;
  orderPicked: boolean;
  listDone: boolean;
}

export interface CancelOutcome {
  pickList: { id: number; number: string; status: 'done' | 'cancelled' };
  linesCancelled: number;
  /** Orders nothing was picked for: back to confirmed, reservations kept, ready to plan again. */
  returned: string[];
  /** Orders partly picked: now picked, short for the rest. */
  picked: string[];
  /** Orders on hold (or otherwise not picking) whose lines were only cancelled. */
  unchanged: string[];
}

export const pickingContract = {
  'picking.plan': command<PlanOutcome>()(planInput, {
    reads: ['orders', 'order_lines', 'stock_movements', 'locations', 'products'],
    writes: ['pick_lists', 'pick_list_lines', 'orders', 'audit_log'],
  }),
  'picking.list': command<PickListOverview>()(none, { reads: ['pick_lists', 'pick_list_lines'] }),
  'picking.get': command<PickListDetail>()(byId, { reads: ['pick_lists', 'pick_list_lines', 'products', 'locations', 'orders', 'order_lines'] }),
  'picking.confirmedOrders': command<ReadyOrders>()(none, { reads: ['orders', 'order_lines', 'stock_movements', 'pick_lists', 'pick_list_lines'] }),
  // The scan is checked against the line's bin, product and order line; the answer shows them.
  'picking.pick': command<PickLineOutcome>()(pickInput, {
    reads: ['locations', 'products', 'order_lines'],
    writes: ['pick_lists', 'pick_list_lines', 'orders', 'stock_movements', 'audit_log'],
  }),
  'picking.short': command<PickLineOutcome>()(shortInput, {
    reads: ['locations', 'products', 'order_lines'],
    writes: ['pick_lists', 'pick_list_lines', 'orders', 'stock_movements', 'audit_log'],
  }),
  'picking.cancel': command<CancelOutcome>()(cancelInput, {
    reads: ['order_lines'],
    writes: ['pick_lists', 'pick_list_lines', 'orders', 'stock_movements', 'audit_log'],
  }),
} satisfies Record<PickingCommand, Command<z.ZodType, unknown>>;
