// Schemas of the inventory forms (locations, receipts, adjustments), driving react-hook-form in the
// renderer and re-checked in main. Quantities travel as decimal strings with at most three decimals
// (the ledger counts thousandths), never as floats.
import { z } from 'zod';
import { Id, text } from './common';

const QUANTITY = /^\d+(\.\d{1,3})?$/;
const SIGNED_QUANTITY = /^-?\d+(\.\d{1,3})?$/;
// Far below Number.MAX_SAFE_INTEGER thousandths, and far above any real bin.
const MAX_DIGITS = 12;

const isZero = (v: string) => /^-?0+(\.0+)?$/.test(v);
const fits = (v: string) => v.replace(/^-/, '').split('.')[0]!.length <= MAX_DIGITS;

/** More than zero, e.g. "3" or "2.5". */
export const positiveQuantity = z
  .string({ error: 'inventory.validation.quantity' })
  .trim()
  .refine((v) => QUANTITY.test(v) && fits(v) && !isZero(v), { error: 'inventory.validation.quantity' });

/** Up or down, never zero: "-2", "1.5". */
export const signedQuantity = z
  .string({ error: 'inventory.validation.signedQuantity' })
  .trim()
  .refine((v) => SIGNED_QUANTITY.test(v) && fits(v) && !isZero(v), { error: 'inventory.validation.signedQuantity' });

/** Codes typed or scanned: no spaces, and nothing a spreadsheet would run as a formula. */
export const codeText = (max: number) =>
  text(max, { required: true })
    .refine((v) => !/\s/.test(v), { error: 'inventory.validation.codeSpaces' })
    .refine((v) => !/^[=+\-@]/.test(v), { error: 'inventory.validation.codeFormula' });

export const locationSchema = z
  .object({
    warehouse: codeText(40),
    zone: text(40),
    binCode: codeText(40),
    walkOrder: z
      .number({ error: 'inventory.validation.walkOrder' })
      .int({ error: 'inventory.validation.walkOrder' })
      .min(0, { error: 'inventory.validation.walkOrder' })
      .max(1_000_000, { error: 'inventory.validation.walkOrder' }),
  })
  .strict();
export type LocationInput = z.input<typeof locationSchema>;
export type Location = z.output<typeof locationSchema>;

export const emptyLocation = (): LocationInput => ({ warehouse: 'MAIN', zone: '', binCode: '', walkOrder: 0 });

export const receiptLineSchema = z
  .object({
    /** A SKU or a scanned GTIN. */
    code: codeText(64),
    binCode: codeText(40),
    quantity: positiveQuantity,
  })
  .strict();

export const receiptSchema = z
  .object({
    reference: text(100),
    lines: z.array(receiptLineSchema).min(1, { error: 'inventory.validation.noLines' }).max(2000, { error: 'validation.tooLong' }),
  })
  .strict();
export type ReceiptInput = z.input<typeof receiptSchema>;
export type Receipt = z.output<typeof receiptSchema>;

export const adjustmentSchema = z
  .object({
    productId: Id,
    binCode: codeText(40),
    quantity: signedQuantity,
    reason: text(500, { required: true }),
  })
  .strict();
export type AdjustmentInput = z.input<typeof adjustmentSchema>;
