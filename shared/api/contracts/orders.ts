// The orders area's commands (step 1): input schemas re-checked in main, result types, tables touched.
import { z } from 'zod';
import { ORDER_STATUSES } from '../../domain/orderStatus';
import { IMPORT_FIELDS } from '../../import/fields';
import { Id, text } from '../../schemas/common';
import { orderSchema } from '../../schemas/order';
import { shippingChoices } from '../../schemas/shipping';
import { type Command, byId, columnMapping, command, jobIdSchema, reason } from '../command';
import type { OrdersCommand } from '../names/orders';
import type * as T from '../types';
import { uploadIdSchema } from './uploads';

export const ORDER_SORTS = ['orderDate', 'orderNumber', 'consigneeName', 'country', 'status', 'total'] as const;

export const orderListQuery = z
  .object({
    search: z.string().trim().max(100).default(''),
    status: z.enum([...ORDER_STATUSES, 'all']).default('all'),
    sort: z.enum(ORDER_SORTS).default('orderDate'),
    dir: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type OrderListQuery = z.input<typeof orderListQuery>;

export const importInput = z
  .object({
    // Only recorded, never used as a path; tabs and line breaks would garble the audit log.
    fileName: text(255, { required: true }).refine((v) => !/[\t\n\r]/.test(v), { error: 'validation.controlChars' }),
    // The file itself, either as text (small files; 256 MB of text at most) or as an upload made
    // with uploads.* (big files, read from disk in pieces): exactly one of the two.
    text: z
      .string()
      .max(256 * 1024 * 1024, { error: 'import.fileTooLarge' })
      .optional(),
    uploadId: uploadIdSchema.optional(),
    mapping: columnMapping(IMPORT_FIELDS).optional(),
    channel: text(60).default(''),
    onlyValid: z.boolean().default(false),
    jobId: jobIdSchema.optional(),
    // Methods the user chose in the preview for lines no rule knows. They decide those lines for
    // this import, and the commit keeps them as rules for the next one.
    shippingChoices: shippingChoices.optional(),
  })
  .strict()
  .refine((v) => (v.text === undefined) !== (v.uploadId === undefined), { error: 'import.textOrUpload', path: ['text'] });
export type ImportInput = z.input<typeof importInput>;

export const ordersContract = {
  'orders.list': command<T.OrderPage>()(orderListQuery, { reads: ['orders'] }),
  'orders.get': command<T.OrderDetail>()(byId, { reads: ['orders', 'order_lines', 'audit_log'] }),
  'orders.create': command<{ id: number }>()(z.object({ order: orderSchema }).strict(), {
    reads: ['products'],
    writes: ['orders', 'order_lines', 'audit_log'],
  }),
  'orders.update': command<{ id: number }>()(z.object({ id: Id, order: orderSchema }).strict(), {
    reads: ['products'],
    writes: ['orders', 'order_lines', 'audit_log', 'stock_movements'],
  }),
  'orders.check': command<T.ConfirmOutcome>()(byId, { reads: ['orders', 'order_lines', 'products'] }),
  // allowShort: the user chose to confirm orders with what is in stock; without it a short order stays unconfirmed.
  'orders.confirm': command<T.ConfirmOutcome[]>()(z.object({ ids: z.array(Id).min(1).max(100_000), allowShort: z.boolean().default(false) }).strict(), {
    reads: ['products'],
    writes: ['orders', 'order_lines', 'audit_log', 'stock_movements'],
  }),
  'orders.hold': command<{ id: number }>()(z.object({ id: Id, reason }).strict(), { writes: ['orders', 'audit_log', 'stock_movements'] }),
  'orders.release': command<{ id: number }>()(byId, { writes: ['orders', 'audit_log'] }),
  // Before dispatch a cancel also voids open papers, withdraws a filing, calls off a shipment, unloads
  // parcels from open manifests and opens a return for goods in hand (electron/core/returns/cancelCleanup.ts).
  'orders.cancel': command<{ id: number }>()(z.object({ id: Id, reason }).strict(), {
    reads: ['customs_document_orders', 'declaration_filing_orders', 'manifests', 'parcels'],
    writes: ['orders', 'audit_log', 'stock_movements', 'customs_documents', 'declaration_filings', 'shipments', 'manifest_parcels', 'returns'],
  }),
  'orders.importPreview': command<T.ImportPreview>()(importInput, { reads: ['orders', 'shipping_rules'] }),
  'orders.importCommit': command<T.ImportOutcome>()(importInput, {
    reads: ['products'],
    writes: ['orders', 'order_lines', 'audit_log', 'imports', 'shipping_rules'],
  }),
  'orders.importCancel': command<{ cancelled: boolean }>()(z.object({ jobId: jobIdSchema }).strict()),
} satisfies Record<OrdersCommand, Command<z.ZodType, unknown>>;
