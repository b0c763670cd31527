// The packing forms' schemas (package preset, tolerance), re-checked in main by the contract.
// Values stay decimal strings: a box's tare must not become 0.30000000000000004 on a document.
import { z } from 'zod';
import { dec, isDecimalString } from '../domain/money';
import { Id, decimalString, text } from './common';

/** A decimal of at least zero (tare), or more than zero (dimensions, limits). */
function measure(opts: { positive: boolean; max: string }) {
  return decimalString
    .refine((v) => !isDecimalString(v) || (opts.positive ? dec(v).greaterThan(0) : dec(v).gte(0)), {
      error: opts.positive ? 'packing.validation.positive' : 'packing.validation.notNegative',
    })
    .refine((v) => !isDecimalString(v) || dec(v).lte(dec(opts.max)), { error: 'packing.validation.tooLarge', params: { max: opts.max } });
}

const dimensionFields = {
  lengthCm: measure({ positive: true, max: '500' }),
  widthCm: measure({ positive: true, max: '500' }),
  heightCm: measure({ positive: true, max: '500' }),
  tareKg: measure({ positive: false, max: '100' }),
  maxKg: measure({ positive: true, max: '1000' }),
};

// A box that weighs its own limit could never hold anything.
const tareBelowMax: [(d: { tareKg: string; maxKg: string }) => boolean, { error: string; path: string[] }] = [
  (d) => !isDecimalString(d.tareKg) || !isDecimalString(d.maxKg) || dec(d.tareKg).lessThan(dec(d.maxKg)),
  { error: 'packing.validation.tareOverMax', path: ['maxKg'] },
];

export const dimensionsSchema = z
  .object(dimensionFields)
  .strict()
  .refine(...tareBelowMax);
export type Dimensions = z.output<typeof dimensionsSchema>;

export const presetSchema = z
  .object({ id: Id.optional(), name: text(80, { required: true }), ...dimensionFields })
  .strict()
  .refine(...tareBelowMax);
export type PresetInput = z.input<typeof presetSchema>;

export const DEFAULT_TOLERANCE_PERCENT = '10';

export const toleranceSchema = z
  .object({
    tolerancePercent: decimalString.refine((v) => !isDecimalString(v) || (dec(v).gte(0) && dec(v).lte(50)), { error: 'packing.validation.tolerance' }),
  })
  .strict();
export type ToleranceInput = z.input<typeof toleranceSchema>;

/** What the scale says: a weight of more than zero, in kg. */
export const weighedKg = measure({ positive: true, max: '1000' });

/** A count scanned or typed at the bench: more than zero, at most three decimals. */
export const packQuantity = z
  .string({ error: 'validation.quantity' })
  .trim()
  .regex(/^\d{1,9}(\.\d{1,3})?$/, { error: 'validation.quantity' })
  .refine((v) => dec(v).greaterThan(0), { error: 'validation.quantity' });
