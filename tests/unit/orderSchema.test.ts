import { describe, expect, it } from 'vitest';
import { MAX_LINES_PER_ORDER, type OrderInput, emptyOrder, orderSchema } from '../../shared/schemas/order';
import { cleanOrder, line, withConsignee } from './support/orders';

type Issue = { path: string; message: string; params?: Record<string, unknown> };

function issuesOf(input: unknown): Issue[] {
  const r = orderSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, params: (i as { params?: Record<string, unknown> }).params }));
}

describe('order schema', () => {
  it('accepts a complete order and returns it unchanged', () => {
    const input = cleanOrder();
    const r = orderSchema.safeParse(input);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(input);
  });

  it('trims text, upper-cases codes', () => {
    const r = orderSchema.parse({
      ...withConsignee({ name: '  Emily Carter ', country: ' us ', city: '\tSpringfield ', email: ' emily@example.com ' }),
      orderNumber: '  T-1 ',
      currency: ' usd',
      lines: [line({ sku: ' XM-1 ', quantity: ' 2 ', unitPrice: ' 3.50 ', originCountry: 'cn' })],
    });
    expect(r.orderNumber).toBe('T-1');
    expect(r.consignee.name).toBe('Emily Carter');
    expect(r.consignee.city).toBe('Springfield');
    expect(r.consignee.country).toBe('US');
    expect(r.consignee.email).toBe('emily@example.com');
    expect(r.currency).toBe('USD');
    expect(r.lines[0]).toMatchObject({ sku: 'XM-1', quantity: '2', unitPrice: '3.50', originCountry: 'CN' });
  });

  it('refuses an unknown country', () => {
    expect(issuesOf(withConsignee({ country: 'XX' }))).toEqual([{ path: 'consignee.country', message: 'validation.country', params: undefined }]);
    expect(issuesOf(withConsignee({ country: 'USA' }))).toContainEqual(expect.objectContaining({ path: 'consignee.country', message: 'validation.country' }));
    expect(issuesOf(withConsignee({ country: '' }))).toContainEqual(expect.objectContaining({ path: 'consignee.country', message: 'validation.country' }));
  });

  it('refuses an unknown currency and funds codes', () => {
    expect(issuesOf(cleanOrder({ currency: 'ABC' }))).toContainEqual(expect.objectContaining({ path: 'currency', message: 'validation.currency' }));
    expect(issuesOf(cleanOrder({ currency: 'XAU' }))).toContainEqual(expect.objectContaining({ path: 'currency', message: 'validation.currency' }));
    expect(issuesOf(cleanOrder({ currency: 'EURO' }))).toContainEqual(expect.objectContaining({ path: 'currency', message: 'validation.currency' }));
  });

  it('refuses prices more precise than the currency: 1.234 EUR, 1.5 JPY', () => {
    expect(issuesOf(cleanOrder({ currency: 'EUR', declaredTotal: '', lines: [line({ unitPrice: '1.234' })] }))).toEqual([
      { path: 'lines.0.unitPrice', message: 'validation.priceDigits', params: { digits: 2, currency: 'EUR' } },
    ]);
    expect(issuesOf(cleanOrder({ currency: 'JPY', declaredTotal: '', lines: [line({ unitPrice: '3980' }), line({ unitPrice: '1.5' })] }))).toEqual([
      { path: 'lines.1.unitPrice', message: 'validation.priceDigits', params: { digits: 0, currency: 'JPY' } },
    ]);
    // KWD allows three.
    expect(issuesOf(cleanOrder({ currency: 'KWD', declaredTotal: '', lines: [line({ unitPrice: '1.234' })] }))).toEqual([]);
    expect(issuesOf(cleanOrder({ currency: 'JPY', declaredTotal: '10.5', lines: [line({ unitPrice: '10' })] }))).toEqual([
      { path: 'declaredTotal', message: 'validation.priceDigits', params: { digits: 0, currency: 'JPY' } },
    ]);
  });

  it('allows quantities with up to 3 decimals, not 4, and no negatives', () => {
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: [line({ quantity: '1.125', unit: 'KGM' })] }))).toEqual([]);
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: [line({ quantity: '1.1255', unit: 'KGM' })] }))).toEqual([
      { path: 'lines.0.quantity', message: 'validation.quantity', params: undefined },
    ]);
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: [line({ quantity: '-1' })] }))).toContainEqual(
      expect.objectContaining({ path: 'lines.0.quantity', message: 'validation.quantity' }),
    );
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: [line({ quantity: 'abc' })] }))).toContainEqual(
      expect.objectContaining({ path: 'lines.0.quantity', message: 'validation.decimal' }),
    );
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: [line({ unitPrice: '-1.00' })] }))).toContainEqual(
      expect.objectContaining({ path: 'lines.0.unitPrice', message: 'validation.unitPrice' }),
    );
    expect(issuesOf(cleanOrder({ declaredTotal: '-5.00' }))).toContainEqual(
      expect.objectContaining({ path: 'declaredTotal', message: 'validation.unitPrice' }),
    );
  });

  // BUG (shared/schemas/order.ts:82): the object-level superRefine still runs when declaredTotal has
  // failed its (continuable) decimal refinement, and calls dec('abc'), which throws a DecimalError.
  // safeParse then THROWS instead of returning issues: the form, the API and the CSV import crash.
  it.each(['abc', 'N/A', '$10.00', '10.00 EUR'])('a declared total of %j is a validation issue, not a crash', (declaredTotal) => {
    let issues: Issue[] | undefined;
    expect(() => (issues = issuesOf(cleanOrder({ declaredTotal })))).not.toThrow();
    expect(issues).toEqual([{ path: 'declaredTotal', message: 'validation.decimal', params: undefined }]);
  });

  it('checks HS codes: 6 to 10 digits or empty', () => {
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: [line({ hsCode: '12345' })] }))).toEqual([
      { path: 'lines.0.hsCode', message: 'validation.hsCode', params: undefined },
    ]);
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: [line({ hsCode: '12345678901' })] }))).toContainEqual(
      expect.objectContaining({ path: 'lines.0.hsCode' }),
    );
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: [line({ hsCode: '8518.30' })] }))).toContainEqual(
      expect.objectContaining({ path: 'lines.0.hsCode' }),
    );
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: [line({ hsCode: '8518300000' })] }))).toEqual([]);
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: [line({ hsCode: '' })] }))).toEqual([]);
  });

  it('refuses control characters but keeps tab and newline', () => {
    expect(issuesOf(withConsignee({ name: 'Emily\u0000Carter' }))).toEqual([{ path: 'consignee.name', message: 'validation.controlChars', params: undefined }]);
    expect(issuesOf(withConsignee({ address1: 'Evergreen\u001bTerrace' }))).toContainEqual(
      expect.objectContaining({ path: 'consignee.address1', message: 'validation.controlChars' }),
    );
    expect(issuesOf(cleanOrder({ lines: [line({ description: 'Mug\u007f' })], declaredTotal: '' }))).toContainEqual(
      expect.objectContaining({ path: 'lines.0.description', message: 'validation.controlChars' }),
    );
    expect(issuesOf(withConsignee({ address1: 'Line one\nLine two\twith tab' }))).toEqual([]);
  });

  it('checks the e-mail address when one is given', () => {
    expect(issuesOf(withConsignee({ email: 'not-an-address' }))).toEqual([{ path: 'consignee.email', message: 'validation.email', params: undefined }]);
    expect(issuesOf(withConsignee({ email: 'a@b' }))).toContainEqual(expect.objectContaining({ path: 'consignee.email', message: 'validation.email' }));
    expect(issuesOf(withConsignee({ email: '' }))).toEqual([]);
  });

  it('needs at least one line and at most 10000', () => {
    expect(issuesOf(cleanOrder({ lines: [] }))).toContainEqual(expect.objectContaining({ path: 'lines', message: 'validation.noLines' }));
    const many = Array.from({ length: MAX_LINES_PER_ORDER + 1 }, () => line());
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: many }))).toContainEqual(
      expect.objectContaining({ path: 'lines', message: 'validation.tooManyLines' }),
    );
    const max = Array.from({ length: MAX_LINES_PER_ORDER }, () => line());
    expect(issuesOf(cleanOrder({ declaredTotal: '', lines: max }))).toEqual([]);
  });

  it('reports required fields, enums, dates and lengths', () => {
    const bad: OrderInput = {
      ...withConsignee({ name: '   ' }),
      orderNumber: '',
      orderDate: '2026-02-30',
      shippingMethod: 'teleport' as OrderInput['shippingMethod'],
      incoterm: 'XYZ' as OrderInput['incoterm'],
      lines: [line({ unit: 'BOX' as never, description: 'x'.repeat(501) })],
      declaredTotal: '',
    };
    const found = issuesOf(bad).map((i) => `${i.path}:${i.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'orderNumber:validation.required',
        'orderDate:validation.date',
        'consignee.name:validation.required',
        'shippingMethod:validation.shippingMethod',
        'incoterm:validation.incoterm',
        'lines.0.unit:validation.unit',
        'lines.0.description:validation.tooLong',
      ]),
    );
  });

  it('lets incomplete but savable orders through: confirmation is a separate step', () => {
    const r = orderSchema.safeParse(
      withConsignee({ postalCode: '', phone: '', address1: '' }, cleanOrder({ lines: [line({ brand: '', model: '', sku: '', quantity: '0' })] })),
    );
    expect(r.success).toBe(true);
  });

  it('the empty form order is not savable until the user fills it in', () => {
    const found = issuesOf(emptyOrder('2026-11-26')).map((i) => i.path);
    expect(found).toEqual(expect.arrayContaining(['orderNumber', 'consignee.name', 'consignee.country']));
  });
});
