// A product of the catalogue: what picking scans, what customs papers describe. The form checks it
// with this schema (zodResolver) and main checks it again before saving or importing.
import { z } from 'zod';
import { UNITS, currencyDigits } from '../domain/codes';
import { checkHsCode } from '../domain/hs';
import { dec, decimalPlaces, isDecimalString } from '../domain/money';
import { decimalString, text } from './common';
import { countryCode, currencyCode } from './order';

/**
 * IATA lithium battery packing instructions: 965-967 lithium ion (alone, packed with the
 * equipment, contained in it), 968-970 lithium metal (the same three). Carriers refuse or
 * surcharge parcels by these, so the product says which applies.
 */
export const BATTERY_TYPES = ['none', 'PI965', 'PI966', 'PI967', 'PI968', 'PI969', 'PI970'] as const;
export type BatteryType = (typeof BATTERY_TYPES)[number];

/** GS1 check digit over GTIN-8, -12 (UPC), -13 (EAN) and -14: weights 3,1,3,... from the right. */
export function isValidGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false;
  let sum = 0;
  for (let i = code.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) sum += Number(code[i]) * weight;
  return (10 - (sum % 10)) % 10 === Number(code[code.length - 1]);
}

// A SKU is a key typed at the packing bench and printed on labels: no spaces, and no leading
// =, +, -, @ that would make a spreadsheet read it as a formula when a list is exported.
const sku = text(64, { required: true })
  .refine((v) => !/\s/.test(v), { error: 'catalogue.validation.skuSpaces' })
  .refine((v) => !/^[=+\-@]/.test(v), { error: 'catalogue.validation.skuFormula' });

// zod runs this refine even when decimalString already failed, so it checks the form again.
const weight = decimalString.refine((v) => !isDecimalString(v) || (!v.startsWith('-') && decimalPlaces(v) <= 3 && dec(v).greaterThan(0)), {
  error: 'catalogue.validation.weight',
});

const hsCode = z
  .string({ error: 'validation.required' })
  .trim()
  .superRefine((v, ctx) => {
    if (v === '') {
      ctx.addIssue({ code: 'custom', message: 'validation.required' });
      return;
    }
    const problem = checkHsCode(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

// A customs officer must be able to tell what the thing is, what it is made of and what it is
// for: "Nice gift" is refused, "Porcelain mug for drinks" is fine.
const description = text(500, { required: true }).refine((v) => v === '' || v.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3, {
  error: 'catalogue.validation.descriptionWords',
});

export const productSchema = z
  .object({
    sku,
    name: text(200, { required: true }),
    brand: text(100, { required: true }),
    model: text(100, { required: true }),
    description,
    hsCode,
    originCountry: countryCode,
    unit: z.enum(UNITS, { error: 'validation.unit' }),
    netWeightKg: weight,
    grossWeightKg: weight,
    unitValue: decimalString.refine((v) => !v.startsWith('-'), { error: 'validation.unitPrice' }),
    currency: currencyCode,
    gtin: z
      .string({ error: 'catalogue.validation.gtin' })
      .trim()
      .refine((v) => v === '' || isValidGtin(v), { error: 'catalogue.validation.gtin' }),
    dangerousGoods: z.boolean({ error: 'validation.required' }),
    battery: z.enum(BATTERY_TYPES, { error: 'catalogue.validation.battery' }),
    restricted: z.boolean({ error: 'validation.required' }),
    restrictedNote: text(500),
  })
  .superRefine((p, ctx) => {
    // Only well-formed values are compared; a malformed one already has its own issue.
    const ok = (v: string) => isDecimalString(v) && !v.startsWith('-');
    if (ok(p.netWeightKg) && ok(p.grossWeightKg) && dec(p.grossWeightKg).lessThan(dec(p.netWeightKg))) {
      ctx.addIssue({ code: 'custom', path: ['grossWeightKg'], message: 'catalogue.validation.grossBelowNet' });
    }
    const digits = currencyDigits(p.currency);
    if (ok(p.unitValue) && decimalPlaces(p.unitValue) > digits) {
      ctx.addIssue({ code: 'custom', path: ['unitValue'], message: 'validation.priceDigits', params: { digits, currency: p.currency } });
    }
    if (p.restricted && p.restrictedNote === '') {
      ctx.addIssue({ code: 'custom', path: ['restrictedNote'], message: 'catalogue.validation.restrictedNote' });
    }
  });

export type ProductInput = z.input<typeof productSchema>;
export type Product = z.output<typeof productSchema>;

export function emptyProduct(): ProductInput {
  return {
    sku: '',
    name: '',
    brand: '',
    model: '',
    description: '',
    hsCode: '',
    originCountry: 'CN',
    unit: 'PCE',
    netWeightKg: '',
    grossWeightKg: '',
    unitValue: '',
    currency: 'USD',
    gtin: '',
    dangerousGoods: false,
    battery: 'none',
    restricted: false,
    restrictedNote: '',
  };
}
