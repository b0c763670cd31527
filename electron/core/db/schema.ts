// Row types of the tables, as Kysely sees them. One interface per table.
import type { Generated, Insertable, Selectable } from 'kysely';
import type { CatalogueTables } from '../catalogue/tables';
import type { InventoryTables } from '../inventory/tables';
import type { PackingTables } from '../packing/tables';
import type { PickingTables } from '../picking/tables';

export interface SettingsTable {
  key: string;
  value: string;
}

export interface ImportsTable {
  id: Generated<number>;
  at: string;
  file_name: string;
  file_sha256: string;
  row_count: number;
  created: number;
  existing: number;
  rejected: number;
}

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
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  action: string;
  before: string | null;
  after: string | null;
}

export interface DB extends CatalogueTables, InventoryTables, PickingTables, PackingTables {
  settings: SettingsTable;
  imports: ImportsTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  audit_log: AuditLogTable;
}

export type OrderRow = Selectable<OrdersTable>;
export type NewOrderRow = Insertable<OrdersTable>;
export type OrderLineRow = Selectable<OrderLinesTable>;
export type NewOrderLineRow = Insertable<OrderLinesTable>;
export type NewAuditRow = Insertable<AuditLogTable>;
