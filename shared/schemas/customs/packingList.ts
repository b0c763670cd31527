// The packing list: the parcels and what each holds (lines name their parcel by its number).
import { z } from 'zod';
import { dateField, draftDecimal, emptyParty, line, partySchema, block } from './fields';

export const packingParcelSchema = z
  .object({
    seq: z
      .string()
      .trim()
      .regex(/^\d{0,4}$/, { error: 'validation.integer' })
      .default(''),
    kind: line(40),
    lengthCm: draftDecimal,
    widthCm: draftDecimal,
    heightCm: draftDecimal,
    netKg: draftDecimal,
    grossKg: draftDecimal,
  })
  .strict();

export const packingLineSchema = z
  .object({
    parcelSeq: z
      .string()
      .trim()
      .regex(/^\d{0,4}$/, { error: 'validation.integer' })
      .default(''),
    sku: line(60),
    description: block(500),
    quantity: draftDecimal,
    unit: line(10),
    netKg: draftDecimal,
  })
  .strict();

export const packingListSchema = z
  .object({
    date: dateField,
    orderReference: line(60),
    invoiceNumber: line(40),
    shipper: partySchema.default(emptyParty),
    consignee: partySchema.default(emptyParty),
    marks: block(500),
    parcels: z.array(packingParcelSchema).max(500).default([]),
    lines: z.array(packingLineSchema).max(2000).default([]),
  })
  .strict();
export type PackingListData = z.infer<typeof packingListSchema>;
