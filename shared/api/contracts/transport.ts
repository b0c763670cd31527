// The commands of step 5: carriers, their services and rules, S10 number ranges, and shipments; each input is re-checked in main.
import { z } from 'zod';
import type { ShippingMatch } from '../../domain/shipping';
import type { ImportRowError } from '../../import/orderCsv';
import type { Departure, FitReason } from '../../domain/transport/fit';
import type { RuleSkip } from '../../domain/transport/proposal';
import { Id, text } from '../../schemas/common';
import {
  type CarrierKind,
  TRANSPORT_IMPORT_KINDS,
  bookSchema,
  saveCarrierSchema,
  saveRangeSchema,
  saveRuleSchema,
  saveServiceSchema,
} from '../../schemas/transport';
import { type Command, byId, command, none, pageQuery } from '../command';
import type { OrderRefusal } from '../types';
import type { TransportCommand } from '../names/transport';
import type { ShownDocument } from './documents';

export interface ServiceView {
  id: number;
  carrierId: number;
  code: string;
  name: string;
  s10Indicator: string;
  countries: string[];
  maxParcelKg: string;
  maxValue: string;
  valueCurrency: string;
  maxLengthCm: string;
  maxLengthGirthCm: string;
  cutoff: string;
  active: boolean;
}

export interface CarrierView {
  id: number;
  code: string;
  name: string;
  kind: CarrierKind;
  numberPattern: string;
  trackingUrl: string;
  active: boolean;
  services: ServiceView[];
}

export interface RuleView {
  id: number;
  position: number;
  match: ShippingMatch;
  pattern: string;
  method: string;
  countries: string[];
  serviceId: number;
  carrierName: string;
  serviceName: string;
  note: string;
  active: boolean;
}

export interface RangeView {
  id: number;
  carrierId: number;
  carrierName: string;
  indicator: string;
  country: string;
  firstSerial: number;
  lastSerial: number;
  nextSerial: number;
  /** Numbers left to issue. */
  remaining: number;
  warnRemaining: number;
  active: boolean;
  /** The number the next booking gets, or null when the range is used up. */
  nextNumber: string | null;
}

/** A service looked at for an order: whether it fits, and when a booking now leaves. */
export interface ServiceChoice {
  serviceId: number;
  carrierId: number;
  carrierName: string;
  serviceName: string;
  s10Indicator: string;
  numberPattern: string;
  fits: boolean;
  reasons: FitReason[];
  departure: Departure;
}

export interface RuleLookView {
  ruleId: number;
  position: number;
  note: string;
  serviceName: string;
  skipped?: RuleSkip;
  reasons?: FitReason[];
}

export interface ProposalView {
  orderId: number;
  /** The proposed service, or null with why none. */
  proposed: (ServiceChoice & { ruleId: number; ruleNote: string }) | null;
  why: 'noRules' | 'noneMatched' | 'noneFits' | null;
  looked: RuleLookView[];
  /** Every active service, fitting or not, for the clerk's choice. */
  services: ServiceChoice[];
  /** Closed parcels the booking carries. */
  parcels: { id: number; seq: number; grossKg: string }[];
}

export interface WaitingOrder {
  orderId: number;
  orderNumber: string;
  consignee: string;
  country: string;
  shippingLine: string;
  shippingMethod: string;
  parcelCount: number;
  grossKg: string;
  proposed: ProposalView['proposed'];
  why: ProposalView['why'];
}

/** Several declared orders booked at once, each with the service the rules propose, each on its own. */
export interface BookProposedResult {
  booked: { orderId: number; waybill: string; warning?: FitReason }[];
  /** Orders left waiting, each with why. */
  refused: OrderRefusal[];
}

export interface BookResult {
  shipmentId: number;
  waybill: string;
  numbers: string[];
  /** Set when the S10 range is running out: an i18n key with its figures. */
  warning?: FitReason;
}

export interface ShipmentParcelView {
  parcelId: number;
  seq: number;
  grossKg: string;
  trackingNumber: string;
}

export interface ShipmentView {
  id: number;
  orderId: number;
  orderNumber: string;
  carrierId: number;
  carrierName: string;
  serviceId: number;
  serviceName: string;
  ruleId: number | null;
  chosenBy: 'rule' | 'clerk';
  waybill: string;
  trackingUrl: string;
  cost: string;
  currency: string;
  status: string;
  createdAt: string;
  createdBy: string;
  parcels: ShipmentParcelView[];
}

export interface ImportOutcome {
  /** False when a row was wrong: nothing was written. */
  ok: boolean;
  created: number;
  updated: number;
  errors: ImportRowError[];
}

export interface NumbersImportOutcome {
  ok: boolean;
  booked: { orderNumber: string; waybill: string }[];
  errors: ImportRowError[];
}

const carrierTables = ['carriers', 'carrier_services'] as const;
const orderReads = ['orders', 'parcels', 'carriers', 'carrier_services', 'transport_rules'] as const;
const bookWrites = ['shipments', 'shipment_parcels', 'issued_numbers', 's10_ranges', 'orders', 'declaration_filings', 'audit_log'] as const;
const bookReads = [...orderReads, 'declaration_filing_orders', 'declaration_filings'] as const;
const shipmentReads = ['shipments', 'shipment_parcels', 'parcels', 'orders', 'carriers', 'carrier_services'] as const;

export const transportContract = {
  'transport.carriers': command<CarrierView[]>()(none, { reads: [...carrierTables] }),
  'transport.saveCarrier': command<CarrierView>()(saveCarrierSchema, { reads: [...carrierTables], writes: ['carriers', 'audit_log'] }),
  'transport.saveService': command<ServiceView>()(saveServiceSchema, { reads: [...carrierTables], writes: ['carrier_services', 'audit_log'] }),
  'transport.rules': command<RuleView[]>()(none, { reads: ['transport_rules', ...carrierTables] }),
  'transport.saveRule': command<RuleView>()(saveRuleSchema, { reads: ['transport_rules', ...carrierTables], writes: ['transport_rules', 'audit_log'] }),
  'transport.deleteRule': command<{ deleted: number }>()(byId, { reads: ['transport_rules'], writes: ['transport_rules', 'audit_log'] }),
  'transport.ranges': command<RangeView[]>()(none, { reads: ['s10_ranges', 'carriers'] }),
  'transport.saveRange': command<RangeView>()(saveRangeSchema, { reads: ['s10_ranges', 'carriers'], writes: ['s10_ranges', 'audit_log'] }),
  /** A CSV of one kind (carriers, services or rules), all rows or none. */
  'transport.import': command<ImportOutcome>()(z.object({ kind: z.enum(TRANSPORT_IMPORT_KINDS), csv: z.string().max(5_000_000) }).strict(), {
    reads: ['transport_rules', ...carrierTables],
    writes: ['transport_rules', ...carrierTables, 'audit_log'],
  }),
  'transport.waiting': command<WaitingOrder[]>()(none, { reads: [...orderReads] }),
  'transport.propose': command<ProposalView>()(z.object({ orderId: Id }).strict(), { reads: [...orderReads] }),
  'transport.check': command<ServiceChoice>()(z.object({ orderId: Id, serviceId: Id }).strict(), { reads: [...orderReads] }),
  'transport.book': command<BookResult>()(bookSchema, { reads: [...bookReads], writes: [...bookWrites] }),
  /** The clerk's "book the selected with their proposed service": one booking per order, a refusal leaves only that order waiting. */
  'transport.bookProposed': command<BookProposedResult>()(z.object({ orderIds: z.array(Id).min(1).max(500) }).strict(), {
    reads: [...bookReads],
    writes: [...bookWrites],
  }),
  /** A carrier's file of "order number, tracking number" rows (one row per parcel), all or none, then booked with that service. */
  'transport.importNumbers': command<NumbersImportOutcome>()(z.object({ serviceId: Id, csv: z.string().max(5_000_000) }).strict(), {
    reads: [...bookReads],
    // Numbers come from the file, never from an S10 range.
    writes: bookWrites.filter((t) => t !== 's10_ranges'),
  }),
  'transport.shipments': command<{ rows: ShipmentView[]; total: number }>()(z.object({ ...pageQuery, status: text(20).optional() }).strict(), {
    reads: [...shipmentReads],
  }),
  'transport.ofOrder': command<ShipmentView | null>()(z.object({ orderId: Id }).strict(), { reads: [...shipmentReads] }),
  'transport.showWaybill': command<ShownDocument>()(z.object({ orderId: Id }).strict(), {
    reads: [...shipmentReads, 'company_profile', 'settings'],
  }),
} satisfies Record<TransportCommand, Command<z.ZodType, unknown>>;
