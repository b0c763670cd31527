// Declaration items grouped by HS code, origin and procedure: exact sums, joined descriptions, and
// nothing lost, so turning aggregation off gives the detailed items back.
import { describe, expect, it } from 'vitest';
import { declaredItems } from '../../../shared/domain/customs/aggregation';
import { type DeclarationItem, declarationItemSchema } from '../../../shared/schemas/customs';

const item = (over: Partial<DeclarationItem>) =>
  declarationItemSchema.parse({ hsCode: '691200', originCountry: 'ES', procedure: '1000', unit: 'PCE', quantity: '1', unitPrice: '1', netKg: '0.1', ...over });

const items = [
  item({ sku: 'MUG', description: 'Mugs', quantity: '10', unitPrice: '1.00', netKg: '0.1' }),
  item({ sku: 'CUP', description: 'Cups', quantity: '5', unitPrice: '1.10', netKg: '0.2' }),
  item({ sku: 'MUG-PT', description: 'Mugs', originCountry: 'PT', quantity: '3', unitPrice: '2' }),
  item({ sku: 'MUG-CBEC', description: 'Mugs', procedure: '9610', quantity: '1', unitPrice: '2' }),
  item({ sku: 'POT', description: 'Teapots', quantity: '2', unitPrice: '20', netKg: '1.7' }),
];

describe('declaredItems', () => {
  it('without aggregation gives every item back as it is, with its value and number', () => {
    const out = declaredItems(items, false, 'EUR');
    expect(out).toHaveLength(items.length);
    out.forEach((o, i) => {
      const { value, sourceItems, ...rest } = o;
      expect(rest).toEqual(items[i]);
      expect(sourceItems).toEqual([i + 1]);
      expect(value).toBe(['10.00', '5.50', '6.00', '2.00', '40.00'][i]);
    });
  });

  it('groups by HS code, origin and procedure, in the order groups first appear', () => {
    const out = declaredItems(items, true, 'EUR');
    expect(out.map((g) => g.sourceItems)).toEqual([[1, 2, 5], [3], [4]]);
    expect(out.map((g) => g.originCountry)).toEqual(['ES', 'PT', 'ES']);
    expect(out.map((g) => g.procedure)).toEqual(['1000', '1000', '9610']);
  });

  it('sums quantities, net weights and values exactly, the value to the minor unit', () => {
    const [group] = declaredItems(items, true, 'EUR');
    expect(group).toMatchObject({ quantity: '17', netKg: '2', value: '55.50' });
    const tenths = declaredItems(
      [item({ quantity: '0.1', netKg: '0.1', unitPrice: '0.1' }), item({ quantity: '0.2', netKg: '0.2', unitPrice: '0.1' })],
      true,
      'EUR',
    );
    expect(tenths[0]).toMatchObject({ quantity: '0.3', netKg: '0.3', value: '0.03' });
  });

  it('keeps the currency minor unit in JPY and KWD groups', () => {
    expect(declaredItems([item({ unitPrice: '100' }), item({ unitPrice: '200' })], true, 'JPY')[0]!.value).toBe('300');
    expect(declaredItems([item({ unitPrice: '0.1' }), item({ unitPrice: '0.2' })], true, 'KWD')[0]!.value).toBe('0.300');
  });

  it('joins the descriptions and SKUs, each once', () => {
    const [group] = declaredItems(items, true, 'EUR');
    expect(group!.description).toBe('Mugs; Cups; Teapots');
    expect(group!.sku).toBe('MUG; CUP; POT');
  });

  it('a group unit price is its value over its quantity when the units agree, none when they differ', () => {
    const [group] = declaredItems(items, true, 'EUR');
    // 55.50 / 17, to six places.
    expect(group!.unitPrice).toBe('3.264706');
    const mixed = declaredItems([item({ unit: 'PCE' }), item({ unit: 'SET' })], true, 'EUR');
    expect(mixed[0]).toMatchObject({ unit: '', unitPrice: '' });
  });

  it('adds supplementary quantities only when one is given', () => {
    expect(declaredItems([item({}), item({})], true, 'EUR')[0]!.supplementaryQuantity).toBe('');
    expect(declaredItems([item({ supplementaryQuantity: '2' }), item({ supplementaryQuantity: '3.5' })], true, 'EUR')[0]!.supplementaryQuantity).toBe('5.5');
  });

  it('counts a half-typed figure as nothing', () => {
    const [group] = declaredItems([item({ quantity: '2', netKg: '1.' }), item({ quantity: '3.', netKg: '1' })], true, 'EUR');
    expect(group).toMatchObject({ quantity: '2', netKg: '1', value: '2.00' });
  });

  it('leaves the items it was given untouched, so turning aggregation off gives them back', () => {
    const before = structuredClone(items);
    declaredItems(items, true, 'EUR');
    expect(items).toEqual(before);
    expect(declaredItems(items, false, 'EUR').map(({ value: _v, sourceItems: _s, ...rest }) => rest)).toEqual(before);
  });
});
