// Order builders shared by the unit and integration tests. `cleanOrder` passes every step-1 check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { orderSchema, type Order, type OrderInput, type OrderLineInput } from '../../../shared/schemas/order';

export function line(overrides: Partial<OrderLineInput> = {}): OrderLineInput {
  return {
    sku: 'XM-BUDS5',
    description: 'Wireless in-ear headphones with charging case',
    brand: 'Xiaomi',
    model: 'Redmi Buds 5',
    quantity: '1',
    unit: 'PCE',
    unitPrice: '29.99',
    hsCode: '851830',
    originCountry: 'CN',
    ...overrides,
  };
}

/** A US order in USD: 1 x 29.99 + 2 x 9.99 = 49.97, declared 49.97. */
export function cleanOrder(overrides: Partial<OrderInput> = {}): OrderInput {
  return {
    orderNumber: 'T-1001',
    channel: 'manual',
    orderDate: '2026-11-03',
    consignee: {
      name: 'Emily Carter',
      company: '',
      address1: '742 Evergreen Terrace',
      address2: '',
      city: 'Springfield',
      state: 'IL',
      postalCode: '62704',
      country: 'US',
      phone: '+1 217 555 0142',
      email: 'emily.carter@example.com',
      taxId: '',
    },
    shippingLine: '',
    shippingMethod: 'express',
    currency: 'USD',
    incoterm: 'DAP',
    declaredTotal: '49.97',
    lines: [
      line(),
      line({ sku: 'UG-CBL-C2', description: 'USB-C charging cable, 2 m', brand: 'Ugreen', model: 'US557', quantity: '2', unitPrice: '9.99', hsCode: '854442' }),
    ],
    ...overrides,
  };
}

export function withConsignee(patch: Partial<OrderInput['consignee']>, base: OrderInput = cleanOrder()): OrderInput {
  return { ...base, consignee: { ...base.consignee, ...patch } };
}

/** Parses with the real schema; throws if the input is not savable (tests of checks need a valid Order). */
export function parsed(input: OrderInput): Order {
  return orderSchema.parse(input);
}

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}
