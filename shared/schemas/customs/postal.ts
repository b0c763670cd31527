// The UPU customs declaration for postal items: CN 22 (small, low value) or CN 23 (the rest).
import { z } from 'zod';
import { block, countryField, currencyField, dateField, draftDecimal, emptyParty, hsField, line, partySchema } from './fields';

export const POSTAL_FORMS = ['CN22', 'CN23'] as const;
export type PostalForm = (typeof POSTAL_FORMS)[number];
export const POSTAL_CATEGORIES = ['gift', 'sample', 'sale', 'returned', 'documents', 'other'] as const;

export const postalItemSchema = z
  .object({
    description: line(300),
    quantity: draftDecimal,
    netKg: draftDecimal,
    value: draftDecimal,
    hsCode: hsField,
    originCountry: countryField,
    sku: line(60),
  })
  .strict();
export type PostalItem = z.infer<typeof postalItemSchema>;

export const postalSchema = z
  .object({
    form: z.enum(POSTAL_FORMS).default('CN23'),
    sender: partySchema.default(emptyParty),
    addressee: partySchema.default(emptyParty),
    category: z.enum(POSTAL_CATEGORIES).default('sale'),
    categoryExplanation: line(200),
    items: z.array(postalItemSchema).max(500).default([]),
    currency: currencyField,
    grossKg: draftDecimal,
    postage: draftDecimal,
    licenceNumbers: line(100),
    certificateNumbers: line(100),
    invoiceNumber: line(40),
    comments: block(500),
    place: line(100),
    date: dateField,
    signatory: line(120),
  })
  .strict();
export type PostalData = z.infer<typeof postalSchema>;
