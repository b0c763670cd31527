// The order as the user types it or a shop exports it. This schema decides what can be SAVED;
// what must hold before an order is CONFIRMED lives in domain/confirmation.ts, so incomplete
// orders can be stored and fixed later instead of being lost.
import { z } from 'zod';
import { INCOTERM_CODES, ORDER_SHIPPING_METHODS, UNITS, currencyDigits, isCountryCode, isCurrencyCode } from '../domain/codes';
import { decimalPlaces, dec, isDecimalString } from '../domain/money';
import { decimalString, isoDate, text } from './common';

/** How long a shipping line may be (an order's, a shipping rule's pattern). */
export const SHIPPING_LINE_MAX = 200;

export const MAX_LINES_PER_ORDER = 10_000;

export const countryCode = z.string({ error: 'validation.country' }).trim().toUpperCase().refine(isCountryCode, { error: 'validation.country' });

export const currencyCode = z.string({ error: 'validation.currency' }).trim().toUpperCase().refine(isCurrencyCode, { error: 'validation.currency' });

const optionalCountry = z.union([z.literal(''), countryCode]);

export const hsCode = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{6,10}$/.test(v), { error: 'validation.hsCode' });

export const consigneeSchema = z.object({
  name: text(120, { required: true }),
  company: text(120),
  address1: text(200),
  address2: text(200),
  city: text(100),
  state: text(100),
  postalCode: text(20),
  country: countryCode,
  phone: text(40),
  email: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .max(200)
      .pipe(z.email({ error: 'validation.email' })),
  ]),
  taxId: text(40),
});
export type ConsigneeInput = z.input<typeof consigneeSchema>;

export const orderLineSchema = z.object({
  sku: text(64),
  description: text(500),
  brand: text(100),
  model: text(100),
  quantity: decimalString.refine((v) => !v.startsWith('-') && decimalPlaces(v) <= 3, { error: 'validation.quantity' }),
  unit: z.enum(UNITS, { error: 'validation.unit' }),
  unitPrice: decimalString.refine((v) => !v.startsWith('-'), { error: 'validation.unitPrice' }),
  hsCode,
  originCountry: optionalCountry,
});
export type OrderLineInput = z.input<typeof orderLineSchema>;

export const orderSchema = z
  .object({
    orderNumber: text(64, { required: true }),
    channel: text(60, { required: true }),
    orderDate: isoDate,
    consignee: consigneeSchema,
    /**
     * The shop's own words for how the order ships ("Colissimo International"), kept as written;
     * the method below is derived from it by the shipping rules, or chosen by the user.
     */
    shippingLine: text(SHIPPING_LINE_MAX).default(''),
    /** 'unknown' while no rule knows the line: the order is kept, and confirmation asks for the method. */
    shippingMethod: z.enum(ORDER_SHIPPING_METHODS, { error: 'validation.shippingMethod' }),
    currency: currencyCode,
    incoterm: z.enum(INCOTERM_CODES, { error: 'validation.incoterm' }),
    /** The total the shop says the order has, when it says one; checked at confirmation. */
    declaredTotal: z.union([z.literal(''), decimalString]),
    lines: z.array(orderLineSchema).min(1, { error: 'validation.noLines' }).max(MAX_LINES_PER_ORDER, { error: 'validation.tooManyLines' }),
  })
  .superRefine((order, ctx) => {
    // Prices may not be more precise than the currency can pay (0.001 EUR cannot be invoiced).
    const digits = currencyDigits(order.currency);
    order.lines.forEach((line, i) => {
      if (/^\d/.test(line.unitPrice) && decimalPlaces(line.unitPrice) > digits) {
        ctx.addIssue({ code: 'custom', path: ['lines', i, 'unitPrice'], message: 'validation.priceDigits', params: { digits, currency: order.currency } });
      }
    });
    // Only a well-formed number is checked further; a malformed one already has its own issue.
    if (!isDecimalString(order.declaredTotal)) return;
    if (decimalPlaces(order.declaredTotal) > digits) {
      ctx.addIssue({ code: 'custom', path: ['declaredTotal'], message: 'validation.priceDigits', params: { digits, currency: order.currency } });
    }
    if (dec(order.declaredTotal).isNegative()) {
      ctx.addIssue({ code: 'custom', path: ['declaredTotal'], message: 'validation.unitPrice' });
    }
  });

export type OrderInput = z.input<typeof orderSchema>;
export type Order = z.output<typeof orderSchema>;

export function emptyLine(): OrderLineInput {
  return { sku: '', description: '', brand: '', model: '', quantity: '1', unit: 'PCE', unitPrice: '0.00', hsCode: '', originCountry: '' };
}

export function emptyOrder(today: string): OrderInput {
  return {
    orderNumber: '',
    channel: 'manual',
    orderDate: today,
    consignee: { name: '', company: '', address1: '', address2: '', city: '', state: '', postalCode: '', country: '', phone: '', email: '', taxId: '' },
    shippingLine: '',
    shippingMethod: 'express',
    currency: 'USD',
    incoterm: 'DAP',
    declaredTotal: '',
    lines: [emptyLine()],
  };
}
