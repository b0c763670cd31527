// The product schema the form and main share: GTIN check digits, weights, batteries, HS codes.
import { describe, expect, it } from 'vitest';
import { type ProductInput, emptyProduct, isValidGtin, productSchema } from '../../shared/schemas/product';

const GOOD: ProductInput = {
  ...emptyProduct(),
  sku: 'AK-PB10K',
  name: 'Power bank 10000 mAh',
  brand: 'Anker',
  model: 'PowerCore 10K A1263',
  description: 'Lithium-ion power bank 10000 mAh, portable battery for phones',
  hsCode: '850760',
  originCountry: 'cn',
  netWeightKg: '0.180',
  grossWeightKg: '0.250',
  unitValue: '21.99',
  currency: 'usd',
  gtin: '4006381333931',
  battery: 'PI965',
  dangerousGoods: true,
};

/** The i18n keys of the problems, by field path. */
function problems(input: Partial<ProductInput>): Record<string, string> {
  const r = productSchema.safeParse({ ...GOOD, ...input });
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('isValidGtin', () => {
  it('accepts GTIN-8, -12, -13 and -14 with a correct check digit', () => {
    for (const code of ['96385074', '036000291452', '4006381333931', '8412345678905', '10012345678902']) expect(isValidGtin(code), code).toBe(true);
  });
  it('refuses a wrong check digit, other lengths and non-digits', () => {
    for (const code of ['4006381333932', '036000291453', '1234567', '123456789', '40063813339', '400638133393A', ''])
      expect(isValidGtin(code), code).toBe(false);
  });
});

describe('productSchema', () => {
  it('accepts a complete product and normalises codes', () => {
    const p = productSchema.parse(GOOD);
    expect(p).toMatchObject({ originCountry: 'CN', currency: 'USD', battery: 'PI965' });
  });

  it('allows an empty GTIN but not a wrong one', () => {
    expect(problems({ gtin: '' })).toEqual({});
    expect(problems({ gtin: '4006381333932' })).toEqual({ gtin: 'catalogue.validation.gtin' });
  });

  it('checks weights: positive, three decimals at most, gross not below net', () => {
    expect(problems({ netWeightKg: '0' })).toEqual({ netWeightKg: 'catalogue.validation.weight' });
    expect(problems({ netWeightKg: '-1' })).toEqual({ netWeightKg: 'catalogue.validation.weight' });
    expect(problems({ netWeightKg: '0.1234' })).toEqual({ netWeightKg: 'catalogue.validation.weight' });
    expect(problems({ netWeightKg: 'abc' })).toEqual({ netWeightKg: 'validation.decimal' });
    expect(problems({ grossWeightKg: '0.179' })).toEqual({ grossWeightKg: 'catalogue.validation.grossBelowNet' });
    expect(problems({ grossWeightKg: '0.18' })).toEqual({});
  });

  it('knows the IATA lithium battery packing instructions only', () => {
    for (const battery of ['none', 'PI965', 'PI966', 'PI967', 'PI968', 'PI969', 'PI970'] as const) expect(problems({ battery })).toEqual({});
    expect(problems({ battery: 'PI971' as never })).toEqual({ battery: 'catalogue.validation.battery' });
  });

  it('checks the HS code against HS 2022', () => {
    expect(problems({ hsCode: '8507600000' })).toEqual({});
    expect(problems({ hsCode: '' })).toEqual({ hsCode: 'validation.required' });
    expect(problems({ hsCode: '8507.60' })).toEqual({ hsCode: 'catalogue.validation.hsDigits' });
    expect(problems({ hsCode: '850799' })).toEqual({ hsCode: 'catalogue.validation.hsUnknown' });
  });

  it('refuses SKUs with spaces or a formula start', () => {
    expect(problems({ sku: 'AK PB10K' })).toEqual({ sku: 'catalogue.validation.skuSpaces' });
    expect(problems({ sku: '=HYPERLINK("x")' })).toEqual({ sku: 'catalogue.validation.skuFormula' });
    expect(problems({ sku: '' })).toEqual({ sku: 'validation.required' });
    expect(problems({ sku: 'A'.repeat(65) })).toEqual({ sku: 'validation.tooLong' });
  });

  it('wants a customs-grade description of three words or more', () => {
    expect(problems({ description: 'Nice gift' })).toEqual({ description: 'catalogue.validation.descriptionWords' });
  });

  it('wants a note when the product is restricted', () => {
    expect(problems({ restricted: true })).toEqual({ restrictedNote: 'catalogue.validation.restrictedNote' });
    expect(problems({ restricted: true, restrictedNote: 'Needs an export licence to RU' })).toEqual({});
  });

  it('limits the value to the currency digits', () => {
    expect(problems({ unitValue: '21.999' })).toEqual({ unitValue: 'validation.priceDigits' });
    expect(problems({ unitValue: '2999', currency: 'JPY' })).toEqual({});
    expect(problems({ unitValue: '-1' })).toEqual({ unitValue: 'validation.unitPrice' });
  });

  it('checks country and unit', () => {
    expect(problems({ originCountry: 'XX' })).toEqual({ originCountry: 'validation.country' });
    expect(problems({ unit: 'BOX' as never })).toEqual({ unit: 'validation.unit' });
  });
});
