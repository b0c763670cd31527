// The shipping-rule form's schema (Settings) and the import's choices for unknown lines; the same
// schemas drive the form and are re-checked in main by the contract.
import { z } from 'zod';
import { SHIPPING_METHODS } from '../domain/codes';
import { SHIPPING_MATCHES, shippingKey } from '../domain/shipping';
import { CONTROL_CHARS, Id, text } from './common';
import { SHIPPING_LINE_MAX } from './order';

/** Where a rule goes in the list: 1 is checked first. */
export const RULE_POSITION_MAX = 100_000;

const pattern = z
  .string({ error: 'validation.rulePattern' })
  .trim()
  .max(SHIPPING_LINE_MAX, { error: 'validation.tooLong' })
  .refine((v) => !CONTROL_CHARS.test(v), { error: 'validation.controlChars' })
  // Spaces or accents alone compare as nothing and would match no line.
  .refine((v) => shippingKey(v) !== '', { error: 'validation.rulePattern' });

const ruleMethod = z.enum(SHIPPING_METHODS, { error: 'validation.ruleMethod' });

export const shippingRuleSchema = z
  .object({
    id: Id.optional(),
    match: z.enum(SHIPPING_MATCHES, { error: 'validation.ruleMatch' }),
    pattern,
    method: ruleMethod,
    /** Omitted: a new rule goes first (a rule added by hand is usually more specific), an edited one stays. */
    position: z
      .number({ error: 'validation.rulePosition' })
      .int({ error: 'validation.rulePosition' })
      .min(1, { error: 'validation.rulePosition' })
      .max(RULE_POSITION_MAX, { error: 'validation.rulePosition' })
      .optional(),
  })
  .strict();
export type ShippingRuleInput = z.input<typeof shippingRuleSchema>;
export type ShippingRuleValues = z.output<typeof shippingRuleSchema>;

export const moveRuleSchema = z.object({ id: Id, position: z.number().int().min(1).max(RULE_POSITION_MAX) }).strict();

/** The user's method for a line no rule knows, chosen in the import preview. */
export const shippingChoiceSchema = z
  .object({
    line: text(SHIPPING_LINE_MAX, { required: true }),
    method: ruleMethod,
  })
  .strict();

export const shippingChoices = z.array(shippingChoiceSchema).max(10_000);
