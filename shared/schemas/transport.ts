// The forms of step 5: carriers, services, rules, S10 ranges, and a booking. The same schemas drive
// the forms (react-hook-form + zodResolver) and are re-checked in main. Messages are i18n keys.
import { z } from 'zod';
import { SHIPPING_MATCHES } from '../domain/shipping';
import { SHIPPING_METHODS } from '../domain/codes';
import { S10_LAST_SERIAL } from '../domain/s10';
import { CUTOFF_PATTERN } from '../domain/transport/fit';
import { Id, decimalString, text } from './common';

export const CARRIER_KINDS = ['postal', 'express', 'freight'] as const;
export type CarrierKind = (typeof CARRIER_KINDS)[number];

const code = z
  .string({ error: 'validation.required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{0,19}$/, { error: 'transport.validation.code' });

/** A regular expression the carrier's numbers match ('' when none is known). */
const numberPattern = text(200).refine(
  (v) => {
    if (v === '') return true;
    try {
      new RegExp(v);
      return true;
    } catch {
      return false;
    }
  },
  { error: 'transport.validation.pattern' },
);

/** A limit: '' for none, else a positive exact decimal. */
const limit = z.union([z.literal(''), decimalString.refine((v) => !v.startsWith('-') && Number(v) > 0, { error: 'transport.validation.positive' })]);

const countryEntry = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2}|\*)$/, { error: 'transport.validation.country' });
/** ISO codes, 'EU' for the member states, '*' for every country. */
export const countryList = z.array(countryEntry).min(1, { error: 'transport.validation.countries' }).max(300);

export const saveCarrierSchema = z
  .object({
    id: Id.optional(),
    code,
    name: text(120, { required: true }),
    kind: z.enum(CARRIER_KINDS),
    numberPattern,
    trackingUrl: text(300),
    active: z.boolean(),
  })
  .strict();
export type SaveCarrierInput = z.infer<typeof saveCarrierSchema>;

export const saveServiceSchema = z
  .object({
    id: Id.optional(),
    carrierId: Id,
    code,
    name: text(120, { required: true }),
    s10Indicator: z.union([
      z.literal(''),
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/, { error: 'transport.validation.indicator' }),
    ]),
    countries: countryList,
    maxParcelKg: limit,
    maxValue: limit,
    valueCurrency: z.union([
      z.literal(''),
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{3}$/, { error: 'transport.validation.currency' }),
    ]),
    maxLengthCm: limit,
    maxLengthGirthCm: limit,
    cutoff: z.union([z.literal(''), z.string().trim().regex(CUTOFF_PATTERN, { error: 'transport.validation.cutoff' })]),
    active: z.boolean(),
  })
  .strict()
  .refine((v) => v.maxValue === '' || v.valueCurrency !== '', { error: 'transport.validation.valueCurrency', path: ['valueCurrency'] });
export type SaveServiceInput = z.infer<typeof saveServiceSchema>;

/** A new service of a carrier: every country, no limit, no cut-off, active (the form's start, and the tests'). */
export function newService(carrierId: number, over: Partial<SaveServiceInput> = {}): SaveServiceInput {
  return {
    carrierId,
    code: '',
    name: '',
    s10Indicator: '',
    countries: ['*'],
    maxParcelKg: '',
    maxValue: '',
    valueCurrency: '',
    maxLengthCm: '',
    maxLengthGirthCm: '',
    cutoff: '',
    active: true,
    ...over,
  };
}

export const RULE_METHODS = ['', ...SHIPPING_METHODS] as const;

export const saveRuleSchema = z
  .object({
    id: Id.optional(),
    position: z.number().int().min(0).max(1_000_000),
    match: z.enum(SHIPPING_MATCHES),
    pattern: text(200),
    method: z.enum(RULE_METHODS),
    countries: countryList,
    serviceId: Id,
    note: text(200),
    active: z.boolean(),
  })
  .strict();
export type SaveRuleInput = z.infer<typeof saveRuleSchema>;

const serial = z
  .number({ error: 'transport.validation.serial' })
  .int({ error: 'transport.validation.serial' })
  .min(0)
  .max(S10_LAST_SERIAL, { error: 'transport.validation.serial' });

export const saveRangeSchema = z
  .object({
    id: Id.optional(),
    carrierId: Id,
    indicator: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: 'transport.validation.indicator' }),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: 'transport.validation.country' }),
    firstSerial: serial,
    lastSerial: serial,
    warnRemaining: z.number().int().min(0).max(S10_LAST_SERIAL),
    active: z.boolean(),
  })
  .strict()
  .refine((v) => v.firstSerial <= v.lastSerial, { error: 'transport.validation.rangeOrder', path: ['lastSerial'] });
export type SaveRangeInput = z.infer<typeof saveRangeSchema>;

/** A tracking number as typed or scanned: letters, digits, and separators the carrier prints. */
export const trackingNumber = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s-]+/g, '').toUpperCase())
  .refine((v) => /^[A-Z0-9]{4,40}$/.test(v), { error: 'transport.validation.number' });

export const bookSchema = z
  .object({
    orderId: Id,
    /** Omitted: the service the rules propose. */
    serviceId: Id.optional(),
    /** One per closed parcel, for carriers whose numbers are not issued from an S10 range. */
    numbers: z.array(trackingNumber).max(500).optional(),
    cost: z.union([z.literal(''), decimalString]).optional(),
    currency: z
      .union([
        z.literal(''),
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{3}$/, { error: 'transport.validation.currency' }),
      ])
      .optional(),
  })
  .strict();
export type BookInput = z.infer<typeof bookSchema>;

export const TRANSPORT_IMPORT_KINDS = ['carriers', 'services', 'rules'] as const;
export type TransportImportKind = (typeof TRANSPORT_IMPORT_KINDS)[number];
