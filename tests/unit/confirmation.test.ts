import { describe, expect, it } from 'vitest';
import { checkOrder, orderTotal, postalCodeRequired } from '../../shared/domain/confirmation';
import { cleanOrder, line, parsed, withConsignee } from './support/orders';

const codes = (input: Parameters<typeof parsed>[0]) => checkOrder(parsed(input)).map((p) => p.code);

describe('confirmation checks', () => {
  it('a complete order has no problems', () => {
    expect(checkOrder(parsed(cleanOrder()))).toEqual([]);
  });

  it.each([
    ['DE', 'Hauptstraße 12', 'München', '+49 89 12345678', '80331'],
    ['ES', 'Calle de Alcalá 45', 'Madrid', '+34 612 345 678', '28014'],
    ['JP', '1-2-3 Shibuya', 'Tokyo', '+81 3-1234-5678', '150-0002'],
    ['GB', '221B Baker Street', 'London', '+44 20 7946 0958', 'NW1 6XE'],
  ])('a complete order to %s has no problems', (country, address1, city, phone, postalCode) => {
    expect(checkOrder(parsed(withConsignee({ country, address1, city, phone, postalCode })))).toEqual([]);
  });

  it.each(['US', 'DE', 'ES'])('postalCodeMissing for %s', (country) => {
    const problems = checkOrder(parsed(withConsignee({ country, postalCode: '', phone: '' })));
    expect(problems).toContainEqual({ code: 'postalCodeMissing', field: 'consignee.postalCode', params: { country } });
    expect(postalCodeRequired(country)).toBe(true);
  });

  it.each([
    ['HK', '+852 2123 4567'],
    ['AE', '+971 4 123 4567'],
  ])('no postal code is needed for %s', (country, phone) => {
    expect(postalCodeRequired(country)).toBe(false);
    expect(checkOrder(parsed(withConsignee({ country, postalCode: '', phone })))).toEqual([]);
  });

  it('postalCodeInvalid for a German code with four digits, with the value', () => {
    const problems = checkOrder(parsed(withConsignee({ country: 'DE', postalCode: '1234', phone: '+49 89 12345678' })));
    expect(problems).toEqual([{ code: 'postalCodeInvalid', field: 'consignee.postalCode', params: { country: 'DE', value: '1234' } }]);
    expect(codes(withConsignee({ country: 'US', postalCode: 'ABCDE' }))).toEqual(['postalCodeInvalid']);
  });

  it('phoneMissing and phoneInvalid', () => {
    expect(checkOrder(parsed(withConsignee({ phone: '' })))).toEqual([{ code: 'phoneMissing', field: 'consignee.phone' }]);
    expect(checkOrder(parsed(withConsignee({ phone: '12' })))).toEqual([
      { code: 'phoneInvalid', field: 'consignee.phone', params: { country: 'US', value: '12' } },
    ]);
    // A national number is read in the consignee's country.
    expect(codes(withConsignee({ phone: '(217) 555-0142' }))).toEqual([]);
  });

  it('name, address and city missing', () => {
    // The schema requires a name; whitespace-only survives only as '' after trim, so build the address cases.
    const problems = checkOrder(parsed(withConsignee({ address1: '', city: '' })));
    expect(problems).toEqual([
      { code: 'addressMissing', field: 'consignee.address1' },
      { code: 'cityMissing', field: 'consignee.city' },
    ]);
  });

  it('line problems name the line (1-based) and the form field (0-based)', () => {
    const order = cleanOrder({
      declaredTotal: '',
      lines: [line(), line({ sku: '' }), line({ brand: '' }), line({ model: '' }), line({ description: '' }), line({ quantity: '0' })],
    });
    expect(checkOrder(parsed(order))).toEqual([
      { code: 'skuMissing', field: 'lines.1.sku', params: { line: 2 } },
      { code: 'brandMissing', field: 'lines.2.brand', params: { line: 3 } },
      { code: 'modelMissing', field: 'lines.3.model', params: { line: 4 } },
      { code: 'descriptionMissing', field: 'lines.4.description', params: { line: 5 } },
      { code: 'quantityNotPositive', field: 'lines.5.quantity', params: { line: 6 } },
    ]);
  });

  it('totalMismatch carries the declared and computed totals', () => {
    const problems = checkOrder(parsed(cleanOrder({ declaredTotal: '50.00' })));
    expect(problems).toEqual([{ code: 'totalMismatch', field: 'declaredTotal', params: { declared: '50.00', computed: '49.97', currency: 'USD' } }]);
    // Same amount written differently is not a mismatch; no declared total is not checked.
    expect(codes(cleanOrder({ declaredTotal: '10.0', lines: [line({ unitPrice: '10.00' })] }))).toEqual([]);
    expect(codes(cleanOrder({ declaredTotal: '' }))).toEqual([]);
  });

  it('the computed total rounds each line to the currency before summing', () => {
    const order = parsed(
      cleanOrder({
        currency: 'JPY',
        declaredTotal: '',
        lines: [line({ quantity: '1.5', unitPrice: '3', unit: 'KGM' }), line({ quantity: '0.5', unitPrice: '3', unit: 'KGM' })],
      }),
    );
    // 4.5 -> 5 and 1.5 -> 2: 7, not round(6) = 6.
    expect(orderTotal(order)).toBe('7');
  });

  it('reports every problem at once', () => {
    const order = withConsignee(
      { country: 'DE', postalCode: '', phone: '12', city: '' },
      cleanOrder({ declaredTotal: '1.00', lines: [line({ brand: '' }), line({ quantity: '0', sku: '' })] }),
    );
    const problems = checkOrder(parsed(order));
    expect(problems.map((p) => `${p.code}@${p.field}`)).toEqual([
      'cityMissing@consignee.city',
      'postalCodeMissing@consignee.postalCode',
      'phoneInvalid@consignee.phone',
      'brandMissing@lines.0.brand',
      'skuMissing@lines.1.sku',
      'quantityNotPositive@lines.1.quantity',
      'totalMismatch@declaredTotal',
    ]);
    expect(problems.find((p) => p.code === 'totalMismatch')?.params).toEqual({ declared: '1.00', computed: '29.99', currency: 'USD' });
  });
});
