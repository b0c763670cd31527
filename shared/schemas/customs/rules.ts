// Destination rules: what a country (or group, or every country) asks of the documents, as data the
// user edits in Settings. Each kind names its parameters; shared/domain/customs/rules.ts applies them.
import { z } from 'zod';
import { SHIPPING_METHODS } from '../../domain/codes';
import { DOCUMENT_TYPES } from './index';
import { dateField, line, block } from './fields';

export const RULE_KINDS = [
  /** The HS code must have at least `minDigits` digits on the documents named. */
  'hsLength',
  /** Consignments to these countries up to `maxValue` `currency` need the seller's IOSS number. */
  'iossRequired',
  /** The consignee's tax identifier is required (and must match `pattern` when given). */
  'consigneeTaxId',
  /** CN 22 up to a value (per currency) and a weight; CN 23 above or when no threshold fits. */
  'postalForm',
  /** The documents an order needs before it is ready to declare. */
  'requiredDocuments',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** Countries a rule covers: ISO codes, 'EU' for the member states, or '*' for all. */
const countryOrGroup = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2}|\*)$/, { error: 'validation.country' });

const decimal = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,6})?$/, { error: 'validation.decimal' });
const currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { error: 'validation.currency' });

export const ruleParamsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hsLength'), minDigits: z.number().int().min(6).max(10) }).strict(),
  z.object({ kind: z.literal('iossRequired'), maxValue: decimal, currency }).strict(),
  z
    .object({
      kind: z.literal('consigneeTaxId'),
      /** What the identifier is called there (CPF/CNPJ, RFC, PCCC). */
      label: line(60),
      /** A regular expression the identifier must match, '' for any. */
      pattern: z
        .string()
        .max(200)
        .refine(
          (p) => {
            try {
              new RegExp(p);
              return true;
            } catch {
              return false;
            }
          },
          { error: 'customs.validation.pattern' },
        )
        .default(''),
    })
    .strict(),
  z
    .object({
      kind: z.literal('postalForm'),
      cn22Max: z.array(z.object({ currency, maxValue: decimal }).strict()).max(20),
      cn22MaxKg: decimal,
    })
    .strict(),
  z.object({ kind: z.literal('requiredDocuments'), documents: z.array(z.enum(DOCUMENT_TYPES)).min(1).max(5) }).strict(),
]);
export type RuleParams = z.infer<typeof ruleParamsSchema>;

export const destinationRuleSchema = z
  .object({
    id: z.number().int().positive().optional(),
    /** 'EU' or '*' or ISO codes. */
    countries: z.array(countryOrGroup).min(1).max(60),
    /** Shipping methods it applies to; empty for all. */
    methods: z.array(z.enum(SHIPPING_METHODS)).max(6).default([]),
    /** The documents whose problems it raises. */
    documents: z.array(z.enum(DOCUMENT_TYPES)).min(1).max(5),
    params: ruleParamsSchema,
    source: line(300),
    sourceDate: dateField,
    note: block(500),
    active: z.boolean().default(true),
  })
  .strict();
export type DestinationRuleInput = z.input<typeof destinationRuleSchema>;
export type DestinationRule = z.output<typeof destinationRuleSchema> & { id: number };
