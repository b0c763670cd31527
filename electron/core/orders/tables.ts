// The orders area's tables (step 1): the orders and their lines, as Kysely sees them.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface OrdersTable {
  id: Generated<number>;
  channel: string;
  order_number: string;
  order_date: string;
  status: string;
  consignee_name: string;
  consignee_company: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  postal_code: string;
  country: string;
  phone: string;
  email: string;
  tax_id: string;
  /** The shop's words for how the order ships, as written; '' when the file had none. */
  shipping_line: Generated<string>;
  /** Derived from the line by the shipping rules (electron/core/shipping), or 'unknown'. */
  shipping_method: string;
  currency: string;
  incoterm: string;
  declared_total: string;
  total: string;
  line_count: number;
  problems: string;
  problem_count: number;
  hold_reason: Generated<string>;
  cancel_reason: Generated<string>;
  content_hash: string;
  import_id: number | null;
  created_at: string;
  updated_at: string;
  /**
   * When the status last changed (a trigger keeps it from the move's updated_at, migration
   * 2026-12-05T0900); '' for an order that has not moved since it was created.
   */
  status_at: Generated<string>;
  /** JSON: what confirmation could not reserve, per line; '[]' when fully reserved. */
  shortage: Generated<string>;
}

export interface OrderLinesTable {
  id: Generated<number>;
  order_id: number;
  line_no: number;
  sku: string;
  description: string;
  brand: string;
  model: string;
  quantity: string;
  unit: string;
  unit_price: string;
  line_total: string;
  hs_code: string;
  origin_country: string;
  /** The catalogue product of this line's SKU; set at confirmation. */
  product_id: Generated<number | null>;
  /** Filled from the catalogue at confirmation when empty (shared/domain/catalogueFill.ts). */
  customs_description: Generated<string>;
  /** Per unit, exact decimals in kilograms; from the catalogue at confirmation. */
  net_weight_kg: Generated<string>;
  gross_weight_kg: Generated<string>;
}

export interface OrdersTables {
  orders: OrdersTable;
  order_lines: OrderLinesTable;
}

export type OrderRow = Selectable<OrdersTable>;
export type NewOrderRow = Insertable<OrdersTable>;
export type OrderLineRow = Selectable<OrderLinesTable>;
export type NewOrderLineRow = Insertable<OrderLinesTable>;
