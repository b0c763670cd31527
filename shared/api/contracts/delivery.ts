// The commands of step 7: loading manifests, dispatch, delivery confirmation; each input is re-checked in main.
import { z } from 'zod';
import { type Command, byId, command, none } from '../command';
import type { DeliveryCommand } from '../names/delivery';
import { Id, text } from '../../schemas/common';
import { confirmDeliverySchema, createManifestSchema } from '../../schemas/delivery';
import type { ShownDocument } from './documents';
import { paperSchema } from './documents';

export type ManifestStatus = 'open' | 'departed';

export interface ManifestSummary {
  id: number;
  number: string;
  carrierId: number;
  carrierName: string;
  vehiclePlate: string;
  driver: string;
  plannedDeparture: string;
  status: ManifestStatus;
  departedAt: string | null;
  parcelCount: number;
}

export interface CarrierChoice {
  id: number;
  code: string;
  name: string;
}

export interface ManifestOverview {
  open: ManifestSummary[];
  /** The latest departed manifests, newest first. */
  departed: ManifestSummary[];
  carriers: CarrierChoice[];
}

/** One parcel as the loading bay sees it. */
export interface ManifestParcel {
  parcelId: number;
  seq: number;
  shipmentId: number;
  trackingNumber: string;
  orderId: number;
  orderNumber: string;
  consignee: string;
  country: string;
  /** The weighed gross weight (the computed one when none was weighed), exact decimal kg. */
  grossKg: string;
}

export interface LoadedParcel extends ManifestParcel {
  scannedAt: string;
  scannedBy: string;
}

export interface MissingParcel extends ManifestParcel {
  /** Another parcel of its order is on this manifest: departure is refused until it is loaded. */
  orderPartlyLoaded: boolean;
}

export interface ManifestView extends ManifestSummary {
  carrierCode: string;
  departedBy: string | null;
  createdAt: string;
  createdBy: string;
  parcels: LoadedParcel[];
  /** Parcels released by customs for this carrier and on no manifest; only while the manifest is open. */
  missing: MissingParcel[];
  totalKg: string;
}

export interface ScanOutcome {
  loaded: LoadedParcel;
  manifest: ManifestView;
}

export interface DepartOutcome {
  manifest: ManifestView;
  orders: string[];
  parcels: number;
  /** Ledger rows written: one per parcel line. */
  deductions: number;
}

export interface InTransitShipment {
  shipmentId: number;
  orderId: number;
  orderNumber: string;
  consignee: string;
  country: string;
  carrierName: string;
  waybill: string;
  trackingNumbers: string[];
  dispatchedAt: string | null;
}

export interface DeliveryConfirmed {
  orderId: number;
  orderNumber: string;
  deliveredAt: string;
  receiver: string;
}

export const STATUS_FIELDS = ['trackingNumber', 'status', 'date', 'receiver'] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

/** A row error of the carrier's status file, as the order import reports them (row as a spreadsheet numbers it). */
export interface StatusRowError {
  row: number;
  field?: StatusField;
  column?: string;
  /** i18n key: "import.*" or "delivery.import.*". */
  code: string;
  params?: Record<string, string | number>;
}

/** What a checked row will do: deliver, send back, nothing (already so), or nothing (a transit event). */
export type StatusRowAction = 'deliver' | 'return' | 'unchanged' | 'ignored';

export interface StatusRowPlan {
  row: number;
  trackingNumber: string;
  orderNumber: string;
  action: StatusRowAction;
  /** The carrier's word, as written. */
  status: string;
  date: string;
  receiver: string;
}

export interface StatusImportPreview {
  headers: string[];
  missingFields: StatusField[];
  rowCount: number;
  rows: StatusRowPlan[];
  counts: Record<StatusRowAction, number>;
  errors: StatusRowError[];
  errorCount: number;
}

export interface StatusImportOutcome {
  delivered: number;
  returned: number;
  unchanged: number;
  ignored: number;
}

/** The order page's view of step 7. */
export interface OrderDelivery {
  shipment: {
    id: number;
    status: string;
    carrierName: string;
    waybill: string;
    trackingNumbers: string[];
    dispatchedAt: string | null;
    deliveredAt: string | null;
    receiver: string;
  } | null;
  manifest: { id: number; number: string; status: ManifestStatus } | null;
  /** The order's final commercial invoice, to print. */
  invoiceId: number | null;
}

export const scanInput = z.object({ manifestId: Id, code: text(60, { required: true }) }).strict();
export const unloadInput = z.object({ manifestId: Id, parcelId: Id }).strict();
export const importStatusInput = z.object({ fileName: text(255), text: z.string().max(20_000_000) }).strict();

const MANIFEST_READS = ['manifests', 'manifest_parcels', 'carriers', 'shipments', 'shipment_parcels', 'parcels', 'orders'] as const;

export const deliveryContract = {
  'delivery.manifests': command<ManifestOverview>()(none, { reads: ['manifests', 'manifest_parcels', 'carriers'] }),
  'delivery.createManifest': command<ManifestView>()(createManifestSchema, {
    reads: [...MANIFEST_READS],
    writes: ['manifests', 'document_series', 'audit_log'],
  }),
  'delivery.manifest': command<ManifestView>()(byId, { reads: [...MANIFEST_READS] }),
  // A refused scan is an error naming why (delivery.refused.*); nothing is written.
  'delivery.scan': command<ScanOutcome>()(scanInput, { reads: [...MANIFEST_READS], writes: ['manifest_parcels', 'audit_log'] }),
  'delivery.unload': command<ManifestView>()(unloadInput, { reads: [...MANIFEST_READS], writes: ['manifest_parcels', 'audit_log'] }),
  // Dispatch: the parcels' goods leave the stock through the ledger, once; the orders go in transit.
  'delivery.depart': command<DepartOutcome>()(byId, {
    reads: [...MANIFEST_READS, 'parcel_items'],
    writes: ['manifests', 'shipments', 'orders', 'stock_movements', 'audit_log'],
  }),
  'delivery.showManifest': command<ShownDocument>()(z.object({ id: Id, paper: paperSchema.default('A4') }).strict(), {
    reads: [...MANIFEST_READS, 'settings'],
  }),
  'delivery.inTransit': command<InTransitShipment[]>()(none, { reads: ['shipments', 'shipment_parcels', 'orders', 'carriers'] }),
  'delivery.confirm': command<DeliveryConfirmed>()(confirmDeliverySchema, { reads: ['shipment_parcels'], writes: ['shipments', 'orders', 'audit_log'] }),
  'delivery.importStatusPreview': command<StatusImportPreview>()(importStatusInput, { reads: ['shipments', 'shipment_parcels', 'orders'] }),
  // All or nothing: a file with any row error writes nothing. Undeliverable rows open a return.
  'delivery.importStatus': command<StatusImportOutcome>()(importStatusInput, {
    reads: ['shipment_parcels'],
    writes: ['shipments', 'orders', 'audit_log', 'returns'],
  }),
  'delivery.order': command<OrderDelivery>()(z.object({ orderId: Id }).strict(), {
    reads: ['shipments', 'shipment_parcels', 'carriers', 'manifests', 'manifest_parcels', 'customs_documents', 'customs_document_orders'],
  }),
} satisfies Record<DeliveryCommand, Command<z.ZodType, unknown>>;
