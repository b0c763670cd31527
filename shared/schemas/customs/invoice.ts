// The commercial invoice.
import { z } from 'zod';
import { INCOTERM_CODES } from '../../domain/codes';
import { block, countryField, currencyField, dateField, draftDecimal, emptyParty, hsField, line, partySchema, signatorySchema } from './fields';

export const EXPORT_REASONS = ['sale', 'gift', 'sample', 'return', 'repair', 'other'] as const;

export const invoiceItemSchema = z
  .object({
    sku: line(60),
    description: block(500),
    hsCode: hsField,
    originCountry: countryField,
    quantity: draftDecimal,
    unit: line(10),
    unitPrice: draftDecimal,
    netKg: draftDecimal,
  })
  .strict();
export type InvoiceItem = z.infer<typeof invoiceItemSchema>;

export const invoiceSchema = z
  .object({
    date: dateField,
    orderReference: line(60),
    seller: partySchema.default(emptyParty),
    consignee: partySchema.default(emptyParty),
    buyerDiffers: z.boolean().default(false),
    buyer: partySchema.default(emptyParty),
    incoterm: z.enum(INCOTERM_CODES).or(z.literal('')).default(''),
    incotermPlace: line(100),
    paymentTerms: block(500),
    currency: currencyField,
    carrier: line(100),
    waybill: line(60),
    packageCount: z
      .string()
      .trim()
      .regex(/^\d{0,6}$/, { error: 'validation.integer' })
      .default(''),
    grossKg: draftDecimal,
    netKg: draftDecimal,
    items: z.array(invoiceItemSchema).max(2000).default([]),
    freight: draftDecimal,
    insurance: draftDecimal,
    otherCosts: draftDecimal,
    reasonForExport: z.enum(EXPORT_REASONS).default('sale'),
    declaration: block(1000),
    signatory: signatorySchema.default({ name: '', role: '' }),
    place: line(100),
    signedOn: dateField,
  })
  .strict();
export type InvoiceData = z.infer<typeof invoiceSchema>;
