// The company profile: who the shipper is, on every document. One record, edited in Settings.
import { z } from 'zod';
import { INCOTERM_CODES } from '../../domain/codes';
import { block, countryField, currencyField, line } from './fields';

export const IDENTIFIER_SCHEMES = ['EORI', 'VAT', 'IOSS', 'CN_CUSTOMS', 'USCI', 'EIN', 'GST', 'OTHER'] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

export const ADDRESS_KINDS = ['registered', 'dispatch', 'billing'] as const;

/** The numbering series of each kind of document. */
export const SERIES_KEYS = ['declaration', 'invoice', 'contract', 'packing_list', 'postal'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

export const seriesPrefix = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,8}$/, { error: 'company.validation.prefix' });

export const companyAddressSchema = z
  .object({
    kind: z.enum(ADDRESS_KINDS),
    address: block(400),
    city: line(100),
    postalCode: line(20),
    state: line(100),
    country: countryField,
  })
  .strict();

export const identifierSchema = z
  .object({
    scheme: z.enum(IDENTIFIER_SCHEMES),
    value: line(40),
    country: countryField,
    /** What OTHER means, e.g. "AEO certificate". */
    label: line(60),
  })
  .strict();

export const bankSchema = z
  .object({
    bankName: line(120),
    accountHolder: line(200),
    iban: line(40),
    swift: line(11),
    accountNumber: line(40),
    bankAddress: block(300),
  })
  .strict();

/** A logo as a data: URL of a PNG or JPEG, at most about 200 KB. */
export const logoSchema = z
  .string()
  .max(280_000, { error: 'company.validation.logoTooLarge' })
  .regex(/^(data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*)?$/, { error: 'company.validation.logoFormat' })
  .default('');

export const companyProfileSchema = z
  .object({
    legalName: line(200),
    tradingName: line(200),
    addresses: z.array(companyAddressSchema).max(5).default([]),
    identifiers: z.array(identifierSchema).max(20).default([]),
    phone: line(40),
    email: line(200),
    website: line(200),
    bank: bankSchema.default(() => bankSchema.parse({})),
    signatories: z
      .array(z.object({ name: line(120), role: line(120) }).strict())
      .max(10)
      .default([]),
    logo: logoSchema,
    defaultIncoterm: z.enum(INCOTERM_CODES).or(z.literal('')).default(''),
    defaultPlace: line(100),
    defaultCurrency: currencyField,
    paymentTerms: block(500),
    series: z
      .object(Object.fromEntries(SERIES_KEYS.map((k) => [k, seriesPrefix])) as Record<SeriesKey, typeof seriesPrefix>)
      .strict()
      .default({ declaration: 'DEC', invoice: 'INV', contract: 'SC', packing_list: 'PL', postal: 'CN' }),
  })
  .strict();

export type CompanyProfile = z.infer<typeof companyProfileSchema>;
export type CompanyProfileInput = z.input<typeof companyProfileSchema>;
export const emptyCompanyProfile = (): CompanyProfile => companyProfileSchema.parse({});
