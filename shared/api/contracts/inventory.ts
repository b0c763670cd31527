// The inventory area's commands: input schemas re-checked in main, result types, tables touched.
// Every quantity in a result is a decimal string ("2.5"); main converts from the ledger's thousandths.
import { z } from 'zod';
import { type Command, columnMapping, command, jobIdSchema, pageQuery } from '../command';
import type { InventoryCommand } from '../names/inventory';
import { Id, text } from '../../schemas/common';
import { adjustmentSchema, locationSchema, receiptSchema } from '../../schemas/inventory';
import { STOCK_FIELDS, type StockColumnMapping, type StockRowError } from '../../import/stockCsv';

export interface LocationView {
  id: number;
  warehouse: string;
  zone: string;
  binCode: string;
  walkOrder: number;
}

export interface StockFiguresView {
  onHand: string;
  reserved: string;
  available: string;
  staged: string;
}

export interface StockRow extends StockFiguresView {
  productId: number;
  sku: string;
  name: string;
}

export interface StockPage {
  rows: StockRow[];
  total: number;
  offset: number;
}

export interface MovementView {
  id: number;
  at: string;
  kind: string;
  /** Change of goods at this place (signed). */
  quantity: string;
  /** Change of the reservation (signed); "0" for plain moves. */
  reserved: string;
  place: 'bin' | 'container' | 'parcel' | 'none';
  binCode: string | null;
  container: string;
  parcelId: number | null;
  orderNumber: string | null;
  reason: string;
  reference: string;
  actor: string;
}

export interface ProductStock {
  product: { id: number; sku: string; name: string; brand: string; model: string; gtin: string; unit: string };
  totals: StockFiguresView;
  /** Per bin: on hand, what open pick lists will take from it, and the rest. */
  bins: {
    locationId: number;
    warehouse: string;
    zone: string;
    binCode: string;
    walkOrder: number;
    onHand: string;
    reservedForPicking: string;
    available: string;
  }[];
  movements: { rows: MovementView[]; total: number; offset: number };
}

export interface ReceiptOutcome {
  opIds: string[];
  lines: number;
}

export type StockImportRowState = 'new' | 'change' | 'same';

export interface StockImportPreview {
  headers: string[];
  delimiter: string;
  mapping: StockColumnMapping;
  missingFields: string[];
  rowCount: number;
  counts: { change: number; same: number; invalid: number; newBins: number };
  sample: {
    row: number;
    sku: string;
    name: string;
    warehouse: string;
    binCode: string;
    zone: string;
    newBin: boolean;
    current: string;
    counted: string;
    difference: string;
  }[];
  errors: StockRowError[];
  errorCount: number;
}

export interface StockImportOutcome {
  importId: number;
  /** Rows whose count differed from the bin and were written. */
  changed: number;
  unchanged: number;
  newBins: number;
  rejected: number;
}

export const stockImportInput = z
  .object({
    // Only recorded, never used as a path; tabs and line breaks would garble the log.
    fileName: text(255, { required: true }).refine((v) => !/[\t\n\r]/.test(v), { error: 'validation.controlChars' }),
    text: z.string().max(64 * 1024 * 1024, { error: 'import.fileTooLarge' }),
    mapping: columnMapping(STOCK_FIELDS).optional(),
    onlyValid: z.boolean().default(false),
    jobId: jobIdSchema.optional(),
  })
  .strict();
export type StockImportInput = z.input<typeof stockImportInput>;

const MOVEMENTS = ['stock_movements', 'locations', 'orders'] as const;

export const inventoryContract = {
  'locations.list': command<LocationView[]>()(z.object({}).strict(), { reads: ['locations'] }),
  'locations.save': command<LocationView>()(z.object({ id: Id.optional(), location: locationSchema }).strict(), { writes: ['locations'] }),
  'stock.list': command<StockPage>()(z.object(pageQuery).strict(), { reads: ['products', 'stock_movements'] }),
  'stock.product': command<ProductStock>()(
    z.object({ productId: Id, offset: pageQuery.offset, limit: pageQuery.limit }).strict(),
    // Per bin, what open pick lists will take from it.
    { reads: ['products', ...MOVEMENTS, 'pick_lists', 'pick_list_lines'] },
  ),
  // Lines name a product (SKU or GTIN) and a bin by code.
  'stock.receive': command<ReceiptOutcome>()(receiptSchema, { reads: ['products', 'locations'], writes: ['stock_movements'] }),
  'stock.adjust': command<{ opId: string }>()(adjustmentSchema, { reads: ['products', 'locations'], writes: ['stock_movements'] }),
  'stock.importPreview': command<StockImportPreview>()(stockImportInput, { reads: ['products', 'locations', 'stock_movements'] }),
  'stock.importCommit': command<StockImportOutcome>()(stockImportInput, { reads: ['products'], writes: ['locations', 'stock_movements', 'imports'] }),
  'stock.importCancel': command<{ cancelled: boolean }>()(z.object({ jobId: jobIdSchema }).strict()),
} satisfies Record<InventoryCommand, Command<z.ZodType, unknown>>;
