// Row types of the catalogue's tables, as Kysely sees them.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface ProductsTable {
  id: Generated<number>;
  sku: string;
  name: string;
  brand: string;
  model: string;
  description: string;
  hs_code: string;
  origin_country: string;
  unit: string;
  net_weight_kg: string;
  gross_weight_kg: string;
  unit_value: string;
  currency: string;
  gtin: string;
  dangerous_goods: Generated<number>;
  battery: Generated<string>;
  restricted: Generated<number>;
  restricted_note: Generated<string>;
  content_hash: string;
  import_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface CatalogueTables {
  products: ProductsTable;
}

export type ProductRow = Selectable<ProductsTable>;
export type NewProductRow = Insertable<ProductsTable>;
