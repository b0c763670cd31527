// Row types of warehouse locations and the stock ledger.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface LocationsTable {
  id: Generated<number>;
  warehouse: string;
  zone: string;
  bin_code: string;
  walk_order: number;
  created_at: string;
}

export type StockPlace = 'bin' | 'container' | 'parcel' | 'none';

export interface StockMovementsTable {
  id: Generated<number>;
  at: string;
  kind: string;
  op_id: string;
  product_id: number;
  place: StockPlace;
  location_id: number | null;
  container: Generated<string>;
  parcel_id: number | null;
  qty_milli: number;
  reserved_milli: number;
  order_id: number | null;
  order_line_id: number | null;
  pick_list_line_id: number | null;
  reason: Generated<string>;
  reference: Generated<string>;
  actor: string;
}

export interface InventoryTables {
  locations: LocationsTable;
  stock_movements: StockMovementsTable;
}

export type LocationRow = Selectable<LocationsTable>;
export type MovementRow = Selectable<StockMovementsTable>;
export type NewMovementRow = Insertable<StockMovementsTable>;
