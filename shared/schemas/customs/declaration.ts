// The export customs declaration: header and items, as the broker edits it.
import { z } from 'zod';
import { INCOTERM_CODES } from '../../domain/codes';
import { block, countryField, currencyField, dateField, draftDecimal, emptyParty, hsField, line, locodeField, partySchema } from './fields';

/** UN/ECE Recommendation 19 modes of transport, as customs declarations code them. */
export const TRANSPORT_MODES = ['1', '2', '3', '4', '5', '7', '8', '9'] as const;
export const DECLARANT_ROLES = ['exporter', 'direct', 'indirect'] as const;

export const declarationItemSchema = z
  .object({
    sku: line(60),
    hsCode: hsField,
    description: block(500),
    brand: line(100),
    model: line(100),
    specification: line(300),
    quantity: draftDecimal,
    unit: line(10),
    /** The second statistical unit, where the tariff line asks for one (e.g. pairs, litres). */
    supplementaryQuantity: draftDecimal,
    supplementaryUnit: line(10),
    netKg: draftDecimal,
    unitPrice: draftDecimal,
    originCountry: countryField,
    /** e.g. '1000' (permanent export) or '9610' (China cross-border e-commerce). */
    procedure: line(8),
  })
  .strict();
export type DeclarationItem = z.infer<typeof declarationItemSchema>;

export const attachedDocumentSchema = z.object({ code: line(10), reference: line(100) }).strict();

export const declarationSchema = z
  .object({
    declarationType: line(4),
    procedure: line(8),
    lrn: line(35),
    declarantRole: z.enum(DECLARANT_ROLES).default('exporter'),
    declarant: partySchema.default(emptyParty),
    exporter: partySchema.default(emptyParty),
    consignee: partySchema.default(emptyParty),
    sellerDiffers: z.boolean().default(false),
    seller: partySchema.default(emptyParty),
    buyerDiffers: z.boolean().default(false),
    buyer: partySchema.default(emptyParty),
    dispatchCountry: countryField,
    destinationCountry: countryField,
    customsOffice: line(20),
    exitPort: locodeField,
    transportMode: z.enum(TRANSPORT_MODES).or(z.literal('')).default(''),
    meansOfTransport: line(100),
    /** Filled by the transport step (the waybill number). */
    transportDocument: line(60),
    incoterm: z.enum(INCOTERM_CODES).or(z.literal('')).default(''),
    incotermPlace: line(100),
    currency: currencyField,
    freight: draftDecimal,
    insurance: draftDecimal,
    otherCosts: draftDecimal,
    packageCount: z
      .string()
      .trim()
      .regex(/^\d{0,6}$/, { error: 'validation.integer' })
      .default(''),
    packageKind: line(40),
    grossKg: draftDecimal,
    netKg: draftDecimal,
    marks: block(500),
    contractNumber: line(40),
    invoiceNumber: line(40),
    attachedDocuments: z.array(attachedDocumentSchema).max(30).default([]),
    place: line(100),
    date: dateField,
    signatory: line(120),
    /** Items with the same HS code, origin and procedure shown and filed as one; reversible. */
    aggregate: z.boolean().default(false),
    items: z.array(declarationItemSchema).max(2000).default([]),
  })
  .strict();
export type DeclarationData = z.infer<typeof declarationSchema>;
