// Converting between the order as the API knows it and its rows in `orders` and `order_lines`.
import { createHash } from 'node:crypto';
import type { OrderSummary } from '../../../shared/api/types';
import { type ProductFacts, checkWithCatalogue } from '../../../shared/domain/catalogueFill';
import { orderTotal } from '../../../shared/domain/confirmation';
import { lineTotal } from '../../../shared/domain/money';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import type { Order } from '../../../shared/schemas/order';
import type { NewOrderLineRow, NewOrderRow, OrderLineRow, OrderRow } from './tables';

/** Fingerprint of an order's content: the same order imported twice has the same hash. */
export function contentHash(order: Order): string {
  return createHash('sha256').update(JSON.stringify(order)).digest('hex');
}

/**
 * The fingerprint an order had before orders kept their shipping line (the same JSON without it),
 * so a file imported then is still recognised as already imported.
 */
export function legacyContentHash(order: Order): string {
  const { shippingLine: _line, ...before } = order;
  return createHash('sha256').update(JSON.stringify(before)).digest('hex');
}

const NO_PRODUCTS: ReadonlyMap<string, ProductFacts> = new Map();

/** `products`: the catalogue facts of the order's SKUs, so the problems stored count what the catalogue will fill as known. */
export function orderToRow(
  order: Order,
  extra: { status: OrderStatus; at: string; importId?: number | null; createdAt?: string; products?: ReadonlyMap<string, ProductFacts> },
): NewOrderRow {
  const c = order.consignee;
  const problems = checkWithCatalogue(order, extra.products ?? NO_PRODUCTS);
  return {
    channel: order.channel,
    order_number: order.orderNumber,
    order_date: order.orderDate,
    status: extra.status,
    consignee_name: c.name,
    consignee_company: c.company,
    address1: c.address1,
    address2: c.address2,
    city: c.city,
    state: c.state,
    postal_code: c.postalCode,
    country: c.country,
    phone: c.phone,
    email: c.email,
    tax_id: c.taxId,
    shipping_line: order.shippingLine,
    shipping_method: order.shippingMethod,
    currency: order.currency,
    incoterm: order.incoterm,
    declared_total: order.declaredTotal,
    total: orderTotal(order),
    line_count: order.lines.length,
    problems: JSON.stringify(problems),
    problem_count: problems.length,
    content_hash: contentHash(order),
    import_id: extra.importId ?? null,
    created_at: extra.createdAt ?? extra.at,
    updated_at: extra.at,
  };
}

export function linesToRows(order: Order, orderId: number): NewOrderLineRow[] {
  return order.lines.map((l, i) => ({
    order_id: orderId,
    line_no: i + 1,
    sku: l.sku,
    description: l.description,
    brand: l.brand,
    model: l.model,
    quantity: l.quantity,
    unit: l.unit,
    unit_price: l.unitPrice,
    line_total: lineTotal(l.quantity, l.unitPrice, order.currency),
    hs_code: l.hsCode,
    origin_country: l.originCountry,
  }));
}

export function rowsToOrder(row: OrderRow, lines: OrderLineRow[]): Order {
  return {
    orderNumber: row.order_number,
    channel: row.channel,
    orderDate: row.order_date,
    consignee: {
      name: row.consignee_name,
      company: row.consignee_company,
      address1: row.address1,
      address2: row.address2,
      city: row.city,
      state: row.state,
      postalCode: row.postal_code,
      country: row.country,
      phone: row.phone,
      email: row.email,
      taxId: row.tax_id,
    },
    shippingLine: row.shipping_line,
    shippingMethod: row.shipping_method as Order['shippingMethod'],
    currency: row.currency,
    incoterm: row.incoterm as Order['incoterm'],
    declaredTotal: row.declared_total,
    lines: lines.map((l) => ({
      sku: l.sku,
      description: l.description,
      brand: l.brand,
      model: l.model,
      quantity: l.quantity,
      unit: l.unit as Order['lines'][number]['unit'],
      unitPrice: l.unit_price,
      hsCode: l.hs_code,
      originCountry: l.origin_country,
    })),
  };
}

export type SummaryRow = Pick<
  OrderRow,
  | 'id'
  | 'order_number'
  | 'channel'
  | 'order_date'
  | 'status'
  | 'consignee_name'
  | 'country'
  | 'shipping_line'
  | 'shipping_method'
  | 'currency'
  | 'total'
  | 'line_count'
  | 'problem_count'
>;

export const SUMMARY_COLUMNS = [
  'id',
  'order_number',
  'channel',
  'order_date',
  'status',
  'consignee_name',
  'country',
  'shipping_line',
  'shipping_method',
  'currency',
  'total',
  'line_count',
  'problem_count',
] as const;

export function rowToSummary(r: SummaryRow): OrderSummary {
  return {
    id: r.id,
    orderNumber: r.order_number,
    channel: r.channel,
    orderDate: r.order_date,
    status: r.status as OrderStatus,
    consigneeName: r.consignee_name,
    country: r.country,
    shippingLine: r.shipping_line,
    shippingMethod: r.shipping_method,
    currency: r.currency,
    total: r.total,
    lineCount: r.line_count,
    problemCount: r.problem_count,
  };
}
