// Live totals of a customs document: exact decimals to the currency's minor unit, half-typed
// figures counted as nothing.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { documentTotals, itemValue } from '../../../shared/domain/customs/totals';
import { type AnyDocumentData, DATA_SCHEMAS, type DocumentType } from '../../../shared/schemas/customs';

type Input<T extends DocumentType> = z.input<(typeof DATA_SCHEMAS)[T]>;
const make = <T extends DocumentType>(type: T, data: Input<T>) => ({ type, data: DATA_SCHEMAS[type].parse(data) }) as AnyDocumentData;
const invoice = (
  currency: string,
  items: { quantity: string; unitPrice: string }[],
  costs: Partial<Record<'freight' | 'insurance' | 'otherCosts', string>> = {},
) => make('invoice', { currency, items, ...costs });

describe('itemValue', () => {
  it('is quantity x unit price to the minor unit, rounded half up', () => {
    expect(itemValue('3', '0.335', 'EUR')).toBe('1.01'); // 1.005 as a float rounds down to 1.00
    expect(itemValue('2', '4.5', 'EUR')).toBe('9.00');
    expect(itemValue('3', '333.5', 'JPY')).toBe('1001');
    expect(itemValue('1', '1.2345', 'KWD')).toBe('1.235');
  });

  it("is '' while the quantity or the price is missing or half typed", () => {
    for (const [q, p] of [
      ['', '1'],
      ['1', ''],
      ['12.', '1'],
      ['1', '-'],
      ['-', '-'],
    ])
      expect(itemValue(q!, p!, 'EUR')).toBe('');
  });

  it('uses two places for a currency not yet chosen', () => {
    expect(itemValue('1', '2.5', '')).toBe('2.50');
  });
});

describe('documentTotals', () => {
  it('0.1 + 0.2 is 0.30, not 0.30000000000000004', () => {
    const t = documentTotals(
      invoice('EUR', [
        { quantity: '1', unitPrice: '0.1' },
        { quantity: '1', unitPrice: '0.2' },
      ]),
    );
    expect(t.goods).toBe('0.30');
    expect(t.itemValues).toEqual(['0.10', '0.20']);
    expect(t.quantity).toBe('2');
  });

  it('JPY has no minor unit', () => {
    const t = documentTotals(invoice('JPY', [{ quantity: '3', unitPrice: '333.5' }], { freight: '500' }));
    expect(t).toMatchObject({ goods: '1001', freight: '500', insurance: '0', total: '1501', currency: 'JPY' });
  });

  it('KWD has three decimals', () => {
    const t = documentTotals(
      invoice(
        'KWD',
        [
          { quantity: '1', unitPrice: '1.2345' },
          { quantity: '2', unitPrice: '0.0005' },
        ],
        { insurance: '0.1' },
      ),
    );
    expect(t).toMatchObject({ goods: '1.236', insurance: '0.100', total: '1.336' });
  });

  it('ignores half-typed figures instead of guessing them', () => {
    const t = documentTotals(
      invoice(
        'EUR',
        [
          { quantity: '2', unitPrice: '10' },
          { quantity: '12.', unitPrice: '10' },
          { quantity: '1', unitPrice: '-' },
        ],
        { freight: '5.', otherCosts: '1' },
      ),
    );
    expect(t).toMatchObject({ goods: '20.00', freight: '0.00', otherCosts: '1.00', total: '21.00', quantity: '3', items: 3 });
    expect(t.itemValues).toEqual(['20.00', '', '']);
  });

  it('adds goods, freight, insurance and other costs exactly, beyond what a float holds', () => {
    const t = documentTotals(invoice('EUR', [{ quantity: '1', unitPrice: '12345678901234.56' }], { freight: '0.01', insurance: '0.02', otherCosts: '0.03' }));
    expect(t.total).toBe('12345678901234.62');
  });

  it('a declaration has net weights per item and a gross weight in its header', () => {
    const t = documentTotals(
      make('declaration', {
        currency: 'EUR',
        grossKg: '6.250',
        items: [
          { quantity: '1', unitPrice: '1', netKg: '0.1' },
          { quantity: '1', unitPrice: '1', netKg: '0.2' },
        ],
      }),
    );
    expect(t).toMatchObject({ netKg: '0.3', grossKg: '6.25', goods: '2.00' });
  });

  it('a contract has goods and no costs or weights', () => {
    const t = documentTotals(make('contract', { currency: 'USD', items: [{ quantity: '4', unitPrice: '2.25' }] }));
    expect(t).toMatchObject({ goods: '9.00', freight: '0.00', total: '9.00', netKg: '0', grossKg: '0' });
  });

  it('a postal form adds the values typed per item and counts the postage as freight', () => {
    const t = documentTotals(
      make('postal', {
        currency: 'GBP',
        grossKg: '1.5',
        postage: '7.5',
        items: [
          { quantity: '1', value: '19.9', netKg: '0.4' },
          { quantity: '2', value: '5', netKg: '0.6' },
          { quantity: '1', value: '3.' },
        ],
      }),
    );
    expect(t).toMatchObject({ goods: '24.90', freight: '7.50', total: '32.40', netKg: '1', grossKg: '1.5', quantity: '4' });
    expect(t.itemValues).toEqual(['19.90', '5.00', '']);
  });

  it("a packing list's weights are its parcels' and its quantity its lines'", () => {
    const t = documentTotals(
      make('packing_list', {
        parcels: [
          { seq: '1', netKg: '2.5', grossKg: '3' },
          { seq: '2', netKg: '2.45', grossKg: '3.05' },
        ],
        lines: [
          { parcelSeq: '1', quantity: '6' },
          { parcelSeq: '2', quantity: '4.5' },
        ],
      }),
    );
    expect(t).toMatchObject({ netKg: '4.95', grossKg: '6.05', quantity: '10.5', goods: '0', items: 2, currency: '' });
  });
});
