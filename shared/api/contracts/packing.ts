// The packing area's commands: input schemas re-checked in main, result types, tables touched.
import { z } from 'zod';
import { type Command, command, none } from '../command';
import type { PackingCommand } from '../names/packing';
import type { OrderStatus } from '../../domain/orderStatus';
import { Id, text } from '../../schemas/common';
import { dimensionsSchema, packQuantity, presetSchema, toleranceSchema, weighedKg } from '../../schemas/packing';

export interface PackagePreset {
  id: number;
  name: string;
  lengthCm: string;
  widthCm: string;
  heightCm: string;
  tareKg: string;
  maxKg: string;
}

export interface PackingSettings {
  tolerancePercent: string;
}

export interface WaitingOrder {
  id: number;
  orderNumber: string;
  consigneeName: string;
  country: string;
  containers: string[];
  parcels: number;
}

/** One picked order line at the bench; quantities as exact decimal text. */
export interface StationLine {
  orderLineId: number;
  lineNo: number;
  sku: string;
  name: string;
  picked: string;
  packed: string;
  left: string;
  containers: string[];
}

export interface StationItem {
  orderLineId: number;
  lineNo: number;
  sku: string;
  name: string;
  quantity: string;
}

export interface StationParcel extends Omit<PackagePreset, 'id' | 'name'> {
  id: number;
  seq: number;
  presetId: number | null;
  presetName: string;
  items: StationItem[];
  netKg: string;
  computedGrossKg: string;
  /** What the scale said when the parcel was closed. */
  grossKg: string | null;
  status: 'open' | 'closed';
}

export interface PackingStation {
  order: { id: number; orderNumber: string; consigneeName: string; consigneeCompany: string; country: string; status: OrderStatus };
  lines: StationLine[];
  parcels: StationParcel[];
  tolerancePercent: string;
}

export interface ScanOutcome {
  parcelId: number;
  lineNo: number;
  sku: string;
  name: string;
  quantity: string;
}

export interface PackingListLine {
  lineNo: number;
  sku: string;
  description: string;
  hsCode: string;
  originCountry: string;
  quantity: string;
  unit: string;
  netKg: string;
  grossKg: string;
}

export interface PackingListParcel {
  seq: number;
  lengthCm: string;
  widthCm: string;
  heightCm: string;
  netKg: string;
  /** Weighed when the parcel was closed; the computed figure while it is still open. */
  grossKg: string;
  lines: PackingListLine[];
}

export interface PackingList {
  orderId: number;
  orderNumber: string;
  parcels: PackingListParcel[];
  totals: { parcels: number; netKg: string; grossKg: string };
}

const parcelId = z.object({ parcelId: Id }).strict();
const stationTables = ['orders', 'order_lines', 'products', 'stock_movements', 'parcels', 'parcel_items', 'package_presets', 'settings'] as const;
const parcelWrites = ['stock_movements', 'parcels', 'parcel_items'] as const;
/** A parcel as the bench shows it (StationParcel): its order, its preset, its items with their lines and products. */
const parcelReads = ['orders', 'package_presets', 'parcel_items', 'order_lines', 'products'] as const;
/** What a scan or a removal checks: the parcel's order, the order's lines, the product scanned. */
const itemReads = ['orders', 'order_lines', 'products'] as const;

export const packingContract = {
  'packing.presets': command<PackagePreset[]>()(none, { reads: ['package_presets'] }),
  'packing.savePreset': command<PackagePreset>()(presetSchema, { writes: ['package_presets'] }),
  'packing.settings': command<PackingSettings>()(none, { reads: ['settings'] }),
  'packing.updateSettings': command<PackingSettings>()(toleranceSchema, { writes: ['settings'] }),
  'packing.waiting': command<WaitingOrder[]>()(none, { reads: ['orders', 'stock_movements', 'parcels'] }),
  // By order, by the container's code, or by whatever was scanned (a container first, then an order number).
  'packing.station': command<PackingStation>()(
    z.union([
      z.object({ orderId: Id }).strict(),
      z.object({ container: text(60, { required: true }) }).strict(),
      z.object({ code: text(60, { required: true }) }).strict(),
    ]),
    { reads: [...stationTables] },
  ),
  'packing.openParcel': command<StationParcel>()(
    z.union([z.object({ orderId: Id, presetId: Id }).strict(), z.object({ orderId: Id, custom: dimensionsSchema }).strict()]),
    { reads: [...parcelReads], writes: ['parcels'] },
  ),
  'packing.setPreset': command<{ parcelId: number }>()(z.object({ parcelId: Id, presetId: Id }).strict(), { reads: [...parcelReads], writes: ['parcels'] }),
  'packing.discardParcel': command<{ orderId: number }>()(parcelId, { reads: ['orders', 'parcel_items', 'order_lines', 'products'], writes: ['parcels'] }),
  'packing.scanItem': command<ScanOutcome>()(z.object({ parcelId: Id, code: text(60, { required: true }), quantity: packQuantity.default('1') }).strict(), {
    reads: [...itemReads],
    writes: [...parcelWrites],
  }),
  'packing.removeItem': command<{ parcelId: number }>()(z.object({ parcelId: Id, orderLineId: Id, quantity: packQuantity }).strict(), {
    reads: [...itemReads],
    writes: [...parcelWrites],
  }),
  // Weighed against the tolerance kept in settings.
  'packing.closeParcel': command<StationParcel>()(z.object({ parcelId: Id, grossKg: weighedKg }).strict(), {
    reads: [...parcelReads, 'settings'],
    writes: ['parcels', 'audit_log'],
  }),
  'packing.reopenParcel': command<StationParcel>()(parcelId, { reads: [...parcelReads], writes: ['parcels', 'audit_log'] }),
  // Finished only when every picked item is in a closed parcel.
  'packing.finish': command<{ orderId: number; status: OrderStatus }>()(z.object({ orderId: Id }).strict(), {
    reads: ['order_lines', 'products', 'stock_movements', 'parcels', 'parcel_items'],
    writes: ['orders', 'audit_log'],
  }),
  'packing.packingList': command<PackingList>()(z.object({ orderId: Id }).strict(), {
    reads: ['orders', 'order_lines', 'products', 'parcels', 'parcel_items'],
  }),
} satisfies Record<PackingCommand, Command<z.ZodType, unknown>>;
