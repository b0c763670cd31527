// Row types of package presets, parcels and parcel contents.
import type { Generated, Selectable } from 'kysely';

export interface PackagePresetsTable {
  id: Generated<number>;
  name: string;
  length_cm: string;
  width_cm: string;
  height_cm: string;
  tare_kg: string;
  max_kg: string;
  active: Generated<number>;
}

export interface ParcelsTable {
  id: Generated<number>;
  order_id: number;
  seq: number;
  preset_id: number | null;
  length_cm: string;
  width_cm: string;
  height_cm: string;
  tare_kg: string;
  max_kg: string;
  net_kg: Generated<string>;
  computed_gross_kg: Generated<string>;
  gross_kg: string | null;
  status: 'open' | 'closed';
  created_at: string;
  closed_at: string | null;
}

export interface ParcelItemsTable {
  id: Generated<number>;
  parcel_id: number;
  order_line_id: number;
  product_id: number;
  qty_milli: number;
}

export interface PackingTables {
  package_presets: PackagePresetsTable;
  parcels: ParcelsTable;
  parcel_items: ParcelItemsTable;
}

export type PresetRow = Selectable<PackagePresetsTable>;
export type ParcelRow = Selectable<ParcelsTable>;
export type ParcelItemRow = Selectable<ParcelItemsTable>;
