// Row types of step 7: loading manifests and their parcels, and returns.
import type { Generated, Selectable } from 'kysely';

export interface ManifestsTable {
  id: Generated<number>;
  number: string;
  carrier_id: number;
  vehicle_plate: string;
  driver: Generated<string>;
  planned_departure: string;
  status: 'open' | 'departed';
  departed_at: string | null;
  departed_by: string | null;
  created_at: string;
  created_by: string;
}

export interface ManifestParcelsTable {
  manifest_id: number;
  parcel_id: number;
  shipment_id: number;
  scanned_at: string;
  scanned_by: string;
}

export type ReturnCause = 'customsRejected' | 'undeliverable' | 'cancelled';

export interface ReturnsTable {
  id: Generated<number>;
  order_id: number;
  cause: ReturnCause;
  status: 'open' | 'restocked' | 'writtenOff';
  note: Generated<string>;
  location_id: number | null;
  write_off_reason: Generated<string>;
  created_at: string;
  created_by: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

export interface DeliveryTables {
  manifests: ManifestsTable;
  manifest_parcels: ManifestParcelsTable;
  returns: ReturnsTable;
}

export type ManifestRow = Selectable<ManifestsTable>;
export type ReturnRow = Selectable<ReturnsTable>;
