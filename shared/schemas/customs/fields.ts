// Field building blocks of the customs documents and the company profile. A draft saves whatever
// the broker has typed so far, so these accept an empty or half-typed value; what a final document
// needs (a decimal that parses, a required party) is judged by shared/domain/customs, as problems.
import { z } from 'zod';
import { text } from '../common';

/** Digits with at most one point, possibly unfinished ("12.", "-"); '' while empty. */
export const draftDecimal = z
  .string({ error: 'validation.decimal' })
  .trim()
  .max(24, { error: 'validation.tooLong' })
  .regex(/^-?\d{0,15}(\.\d{0,6})?$/, { error: 'validation.decimal' })
  .default('');

/** ISO 3166-1 alpha-2, or '' while unknown. */
export const countryField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2})?$/, { error: 'validation.country' })
  .default('');

/** ISO 4217, or '' while unknown. */
export const currencyField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{3})?$/, { error: 'validation.currency' })
  .default('');

/** HS subheading or national tariff line: digits only (dots and spaces are dropped), up to 10. */
export const hsField = z
  .string()
  .trim()
  .transform((v) => v.replace(/[.\s]/g, ''))
  .pipe(z.string().regex(/^\d{0,10}$/, { error: 'customs.validation.hsDigits' }))
  .default('');

/** A UN/LOCODE (country + 3 letters or digits), or '' while unknown. */
export const locodeField = z
  .string()
  .trim()
  .toUpperCase()
  .transform((v) => v.replace(/\s/g, ''))
  .pipe(z.string().regex(/^([A-Z]{2}[A-Z2-9]{3})?$/, { error: 'customs.validation.locode' }))
  .default('');

export const dateField = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'validation.date' })
  .default('');

export const line = (max = 200) => text(max).default('');
export const block = (max = 2000) => text(max).default('');

/** Who a document names: shipper, consignee, buyer, declarant... with the identifiers customs asks for. */
export const partySchema = z
  .object({
    name: line(200),
    company: line(200),
    address: block(400),
    city: line(100),
    postalCode: line(20),
    state: line(100),
    country: countryField,
    phone: line(40),
    email: line(200),
    /** VAT, CPF/CNPJ, RFC, PCCC... whatever the destination asks for. */
    taxId: line(40),
    eori: line(40),
    ioss: line(40),
    /** The Chinese customs registration code or another customs identifier. */
    customsCode: line(40),
    /** The sender's or importer's own reference (CN23). */
    reference: line(100),
  })
  .strict();
export type Party = z.infer<typeof partySchema>;

export const signatorySchema = z.object({ name: line(120), role: line(120) }).strict();
export type Signatory = z.infer<typeof signatorySchema>;

export const emptyParty = (): Party => partySchema.parse({});
