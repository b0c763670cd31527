import { BACKUPS_COMMANDS } from './names/backups';
import { CATALOGUE_COMMANDS } from './names/catalogue';
import { COMPANY_COMMANDS } from './names/company';
import { CUSTOMS_COMMANDS } from './names/customs';
import { DEMO_COMMANDS } from './names/demo';
import { DOCUMENTS_COMMANDS } from './names/documents';
import { INVENTORY_COMMANDS } from './names/inventory';
import { ORDERS_COMMANDS } from './names/orders';
import { PACKING_COMMANDS } from './names/packing';
import { PICKING_COMMANDS } from './names/picking';
import { SETTINGS_COMMANDS } from './names/settings';
import { SHIPPING_COMMANDS } from './names/shipping';
import { UPLOADS_COMMANDS } from './names/uploads';
import { FILING_COMMANDS } from './names/filing';
import { TRANSPORT_COMMANDS } from './names/transport';
import { CLEARANCE_COMMANDS } from './names/clearance';
import { DELIVERY_COMMANDS } from './names/delivery';
import { FLOW_COMMANDS } from './names/flow';
import { RETURNS_COMMANDS } from './names/returns';

// The names of every command the renderer may call. Kept apart from contract.ts so the preload
// can list them without bundling zod; contract.ts checks that both lists agree. Each area names
// its commands in names/<area>.ts; this list only gathers them.
export const COMMAND_NAMES = [
  ...SETTINGS_COMMANDS,
  ...DEMO_COMMANDS,
  ...ORDERS_COMMANDS,
  ...BACKUPS_COMMANDS,
  ...CATALOGUE_COMMANDS,
  ...INVENTORY_COMMANDS,
  ...PICKING_COMMANDS,
  ...PACKING_COMMANDS,
  ...DOCUMENTS_COMMANDS,
  ...UPLOADS_COMMANDS,
  ...SHIPPING_COMMANDS,
  ...COMPANY_COMMANDS,
  ...CUSTOMS_COMMANDS,
  ...FILING_COMMANDS,
  ...TRANSPORT_COMMANDS,
  ...CLEARANCE_COMMANDS,
  ...DELIVERY_COMMANDS,
  ...RETURNS_COMMANDS,
  ...FLOW_COMMANDS,
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The one IPC channel main uses to push AppEvents to the window. */
export const EVENT_CHANNEL = 'despacho:event';

/** Every table of the data file: a restore changes all of them at once. */
export const DATA_TABLES = [
  'orders',
  'order_lines',
  'audit_log',
  'settings',
  'imports',
  'products',
  'locations',
  'stock_movements',
  'pick_lists',
  'pick_list_lines',
  'package_presets',
  'parcels',
  'parcel_items',
  'shipping_rules',
  'company_profile',
  'contract_clauses',
  'destination_rules',
  'customs_documents',
  'customs_document_orders',
  'document_series',
  'customs_overrides',
  'declaration_filings',
  'declaration_filing_orders',
  'carriers',
  'carrier_services',
  'transport_rules',
  's10_ranges',
  'shipments',
  'shipment_parcels',
  'issued_numbers',
  'clearance_outcomes',
  'manifests',
  'manifest_parcels',
  'returns',
] as const;

/**
 * Tables whose changes main announces so open screens can refresh. 'backups' is the backups
 * folder, announced like a table so the list of backups refreshes the same way.
 */
export type TableName = (typeof DATA_TABLES)[number] | 'backups';

export type AppEvent =
  { type: 'tablesChanged'; tables: TableName[] } | { type: 'progress'; jobId: string; done: number; total: number; phase: 'reading' | 'checking' | 'writing' };

/** The error every command rejects with: an i18n key and its parameters, plus an English text. */
export interface AppErrorShape {
  code: string;
  message: string;
  params?: Record<string, string | number>;
  issues?: { path: string; code: string; params?: Record<string, string | number> }[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
