// The catalogue fills a line's empty customs fields before confirmation judges them, and a problem
// left afterwards names who must supply the value: the product or the order.
import { describe, expect, it } from 'vitest';
import { type LineFacts, type ProductFacts, fillLine, nameWhoLacks } from '../../shared/domain/catalogueFill';

const product: ProductFacts = {
  brand: 'Xiaomi',
  model: 'Redmi Buds 5',
  description: 'Wireless in-ear headphones, plastic housing',
  hsCode: '851830',
  originCountry: 'CN',
  unit: 'PCE',
  netWeightKg: '0.045',
  grossWeightKg: '0.12',
};
const bare: LineFacts = {
  sku: 'XM-BUDS5',
  description: '',
  brand: '',
  model: '',
  unit: '',
  hsCode: '',
  originCountry: '',
  customsDescription: '',
  netWeightKg: '',
  grossWeightKg: '',
};

describe('fillLine', () => {
  it('fills every empty customs field from the product and names them', () => {
    const { line, filled } = fillLine(bare, product);
    expect(line).toEqual({
      sku: 'XM-BUDS5',
      description: product.description,
      brand: 'Xiaomi',
      model: 'Redmi Buds 5',
      unit: 'PCE',
      hsCode: '851830',
      originCountry: 'CN',
      customsDescription: product.description,
      netWeightKg: '0.045',
      grossWeightKg: '0.12',
    });
    expect(filled.sort()).toEqual(['brand', 'customsDescription', 'description', 'grossWeightKg', 'hsCode', 'model', 'netWeightKg', 'originCountry', 'unit']);
  });

  it('never overwrites what the order says', () => {
    const own = { ...bare, description: 'Buds (gift)', brand: 'Redmi', hsCode: '851762', originCountry: 'VN' };
    const { line, filled } = fillLine(own, product);
    expect(line).toMatchObject({ description: 'Buds (gift)', brand: 'Redmi', hsCode: '851762', originCountry: 'VN', model: 'Redmi Buds 5' });
    expect(filled).not.toContain('brand');
    expect(filled).not.toContain('hsCode');
  });

  it('a blank in the product fills nothing; no product leaves the line as it is', () => {
    expect(fillLine(bare, { ...product, model: '  ' }).line.model).toBe('');
    expect(fillLine(bare, undefined)).toEqual({ line: bare, filled: [] });
  });
});

describe('nameWhoLacks', () => {
  it('says the product lacks a value when the line’s SKU is in the catalogue, else the order', () => {
    const problems = [
      { code: 'modelMissing', field: 'lines.0.model', params: { line: 1 } },
      { code: 'brandMissing', field: 'lines.1.brand', params: { line: 2 } },
      { code: 'skuMissing', field: 'lines.2.sku', params: { line: 3 } },
      { code: 'phoneMissing', field: 'consignee.phone' },
    ];
    const named = nameWhoLacks(problems, ['KNOWN', 'STRANGER', ''], (sku) => sku === 'KNOWN');
    expect(named[0]!.params).toEqual({ line: 1, lacking: 'product', sku: 'KNOWN' });
    expect(named[1]!.params).toEqual({ line: 2, lacking: 'order', sku: 'STRANGER' });
    expect(named[2]).toEqual(problems[2]);
    expect(named[3]).toEqual(problems[3]);
  });
});
