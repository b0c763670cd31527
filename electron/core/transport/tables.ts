// Row types of step 5: carriers, their services, the rules choosing a service, S10 ranges, shipments.
import type { Generated, Selectable } from 'kysely';

export interface CarriersTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: 'postal' | 'express' | 'freight';
  number_pattern: Generated<string>;
  tracking_url: Generated<string>;
  active: Generated<number>;
  created_at: string;
}

export interface CarrierServicesTable {
  id: Generated<number>;
  carrier_id: number;
  code: string;
  name: string;
  s10_indicator: Generated<string>;
  /** JSON array of ISO codes, 'EU' or '*'. */
  countries: Generated<string>;
  max_parcel_kg: Generated<string>;
  max_value: Generated<string>;
  value_currency: Generated<string>;
  max_length_cm: Generated<string>;
  max_length_girth_cm: Generated<string>;
  cutoff: Generated<string>;
  active: Generated<number>;
}

export interface TransportRulesTable {
  id: Generated<number>;
  position: number;
  match: Generated<string>;
  pattern: Generated<string>;
  method: Generated<string>;
  countries: Generated<string>;
  service_id: number;
  note: Generated<string>;
  active: Generated<number>;
}

export interface S10RangesTable {
  id: Generated<number>;
  carrier_id: number;
  indicator: string;
  country: string;
  first_serial: number;
  last_serial: number;
  next_serial: number;
  warn_remaining: Generated<number>;
  active: Generated<number>;
  created_at: string;
}

export type ShipmentStatus = 'booked' | 'in_transit' | 'delivered' | 'returning' | 'returned' | 'cancelled';

export interface ShipmentsTable {
  id: Generated<number>;
  order_id: number;
  carrier_id: number;
  service_id: number;
  rule_id: number | null;
  chosen_by: 'rule' | 'clerk';
  waybill: string;
  cost: Generated<string>;
  currency: Generated<string>;
  status: ShipmentStatus;
  dispatched_at: string | null;
  delivered_at: string | null;
  receiver: Generated<string>;
  created_at: string;
  created_by: string;
}

export interface ShipmentParcelsTable {
  shipment_id: number;
  parcel_id: number;
  tracking_number: string;
}

export interface IssuedNumbersTable {
  number: string;
  carrier_id: number;
  issued_at: string;
}

export interface TransportTables {
  carriers: CarriersTable;
  carrier_services: CarrierServicesTable;
  transport_rules: TransportRulesTable;
  s10_ranges: S10RangesTable;
  shipments: ShipmentsTable;
  shipment_parcels: ShipmentParcelsTable;
  issued_numbers: IssuedNumbersTable;
}

export type CarrierRow = Selectable<CarriersTable>;
export type CarrierServiceRow = Selectable<CarrierServicesTable>;
export type TransportRuleRow = Selectable<TransportRulesTable>;
export type S10RangeRow = Selectable<S10RangesTable>;
export type ShipmentRow = Selectable<ShipmentsTable>;
