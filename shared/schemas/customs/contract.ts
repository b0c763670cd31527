// The sales contract. Its clauses start from the templates in Settings, in the document's language.
import { z } from 'zod';
import { INCOTERM_CODES } from '../../domain/codes';
import { block, currencyField, dateField, draftDecimal, emptyParty, hsField, line, locodeField, partySchema, signatorySchema } from './fields';

/** The clauses whose text comes from the user's templates (Settings -> Contract clauses). */
export const CONTRACT_CLAUSES = ['insurance', 'payment', 'documentsRequired', 'inspection', 'claims', 'forceMajeure', 'governingLaw', 'arbitration'] as const;
export type ContractClause = (typeof CONTRACT_CLAUSES)[number];

export const contractItemSchema = z
  .object({
    sku: line(60),
    name: line(300),
    specification: line(300),
    brand: line(100),
    model: line(100),
    hsCode: hsField,
    quantity: draftDecimal,
    unit: line(10),
    unitPrice: draftDecimal,
  })
  .strict();
export type ContractItem = z.infer<typeof contractItemSchema>;

const clauseFields = Object.fromEntries(CONTRACT_CLAUSES.map((c) => [c, block(4000)])) as Record<ContractClause, ReturnType<typeof block>>;

export const contractSchema = z
  .object({
    date: dateField,
    place: line(100),
    seller: partySchema.default(emptyParty),
    sellerSignatory: signatorySchema.default({ name: '', role: '' }),
    buyer: partySchema.default(emptyParty),
    buyerSignatory: signatorySchema.default({ name: '', role: '' }),
    items: z.array(contractItemSchema).max(2000).default([]),
    /** More or less, in percent, that the seller may ship (e.g. "5"). */
    tolerancePercent: draftDecimal,
    currency: currencyField,
    packing: block(1000),
    marks: block(500),
    incoterm: z.enum(INCOTERM_CODES).or(z.literal('')).default(''),
    incotermPlace: line(100),
    shipmentDate: dateField,
    portOfLoading: locodeField,
    portOfDischarge: locodeField,
    partialShipment: z.enum(['allowed', 'notAllowed']).default('notAllowed'),
    transshipment: z.enum(['allowed', 'notAllowed']).default('allowed'),
    ...clauseFields,
  })
  .strict();
export type ContractData = z.infer<typeof contractSchema>;
