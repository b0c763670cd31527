// The catalogue area's commands: input schemas re-checked in main, result types, tables touched.
import { z } from 'zod';
import type { HsEntry } from '../../domain/hs';
import { PRODUCT_FIELDS, type ProductColumnMapping, type ProductField } from '../../import/productFields';
import type { ProductRowError } from '../../import/productCsv';
import { Id, text } from '../../schemas/common';
import { type ProductInput, productSchema } from '../../schemas/product';
import type { AuditEntry } from '../types';
import { type Command, byId, columnMapping, command, jobIdSchema, pageQuery } from '../command';
import type { CatalogueCommand } from '../names/catalogue';

export const productListQuery = z.object(pageQuery).strict();
export type ProductListQuery = z.input<typeof productListQuery>;

/** The same rules as the order import's input; the mapping names product fields. */
export const productImportInput = z
  .object({
    // Only recorded, never used as a path; tabs and line breaks would garble the audit log.
    fileName: text(255, { required: true }).refine((v) => !/[\t\n\r]/.test(v), { error: 'validation.controlChars' }),
    text: z.string().max(256 * 1024 * 1024, { error: 'import.fileTooLarge' }),
    mapping: columnMapping(PRODUCT_FIELDS).optional(),
    onlyValid: z.boolean().default(false),
    jobId: jobIdSchema.optional(),
  })
  .strict();
export type ProductImportInput = z.input<typeof productImportInput>;

export interface ProductSummary {
  id: number;
  sku: string;
  name: string;
  brand: string;
  model: string;
  hsCode: string;
  originCountry: string;
  gtin: string;
  unitValue: string;
  currency: string;
  battery: string;
  dangerousGoods: boolean;
  restricted: boolean;
}

export interface ProductPage {
  rows: ProductSummary[];
  total: number;
  offset: number;
}

export interface ProductDetail {
  id: number;
  product: ProductInput;
  createdAt: string;
  updatedAt: string;
  history: AuditEntry[];
}

/** new: not in the catalogue; existing: identical to it; updated: same SKU, changed content. */
export type ProductImportState = 'new' | 'existing' | 'updated' | 'invalid';

export interface ProductImportPreview {
  headers: string[];
  delimiter: string;
  mapping: ProductColumnMapping;
  missingFields: ProductField[];
  rowCount: number;
  counts: Record<ProductImportState, number>;
  sample: { sku: string; name: string; hsCode: string; state: ProductImportState; row: number }[];
  errors: ProductRowError[];
  errorCount: number;
}

export interface ProductImportOutcome {
  importId: number;
  created: number;
  updated: number;
  existing: number;
  rejected: number;
}

export const catalogueContract = {
  'products.list': command<ProductPage>()(productListQuery, { reads: ['products'] }),
  'products.get': command<ProductDetail>()(byId, { reads: ['products', 'audit_log'] }),
  'products.create': command<{ id: number }>()(z.object({ product: productSchema }).strict(), { writes: ['products', 'audit_log'] }),
  'products.update': command<{ id: number }>()(z.object({ id: Id, product: productSchema }).strict(), { writes: ['products', 'audit_log'] }),
  // Reference data only: no table, so it is never refreshed by a write.
  'products.hsSearch': command<HsEntry[]>()(z.object({ query: z.string().trim().max(100), limit: z.number().int().min(1).max(100).default(20) }).strict()),
  'products.importPreview': command<ProductImportPreview>()(productImportInput, { reads: ['products'] }),
  'products.importCommit': command<ProductImportOutcome>()(productImportInput, { writes: ['products', 'audit_log', 'imports'] }),
  'products.importCancel': command<{ cancelled: boolean }>()(z.object({ jobId: jobIdSchema }).strict()),
} satisfies Record<CatalogueCommand, Command<z.ZodType, unknown>>;
