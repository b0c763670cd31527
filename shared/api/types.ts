// Result types of the API commands: what main sends back to the renderer.
import type { Problem } from '../domain/confirmation';
import type { BackupReason } from '../domain/backupName';
import type { OrderAction, OrderStatus } from '../domain/orderStatus';
import type { CsvEncoding } from '../import/encoding';
import type { ColumnMapping, ImportField } from '../import/fields';
import type { ImportRowError } from '../import/orderCsv';
import type { OrderInput } from '../schemas/order';

export interface AppInfo {
  version: string;
  dataFile: string;
  mode: 'electron' | 'web';
}

export interface Settings {
  language: 'en' | 'es';
  /** The person using the app, written on every audit entry and stock movement. */
  actor: string;
  /** False until the person has confirmed their name (asked once on first start). */
  actorConfirmed: boolean;
}

export interface SettingsPatch {
  language?: 'en' | 'es';
  actor?: string;
}

export interface DemoStatus {
  hasOrders: boolean;
  /** The user already loaded or declined the demo set. */
  answered: boolean;
}

export interface OrderSummary {
  id: number;
  orderNumber: string;
  channel: string;
  orderDate: string;
  status: OrderStatus;
  consigneeName: string;
  country: string;
  /** The shop's words, as imported or typed. */
  shippingLine: string;
  /** A SHIPPING_METHODS code, or 'unknown' while no rule knows the line. */
  shippingMethod: string;
  currency: string;
  total: string;
  lineCount: number;
  problemCount: number;
}

export interface OrderPage {
  rows: OrderSummary[];
  total: number;
  offset: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface OrderDetail {
  id: number;
  status: OrderStatus;
  order: OrderInput;
  total: string;
  lineTotals: string[];
  problems: Problem[];
  /** What stock could not be reserved or picked for; empty when the order is complete. */
  shortage: ShortLine[];
  holdReason: string;
  cancelReason: string;
  createdAt: string;
  updatedAt: string;
  allowedActions: OrderAction[];
  history: AuditEntry[];
}

/** A line confirmation could not fully reserve: quantities are decimal strings. */
export interface ShortLine {
  lineNo: number;
  sku: string;
  /** Set by confirmation: what the line asked for and what could be reserved. */
  ordered?: string;
  reserved?: string;
  missing: string;
  /** Set when picking found less than was reserved (not found, damaged...), with the pick list. */
  reason?: string;
  pickList?: string;
}

export interface ConfirmOutcome {
  id: number;
  orderNumber: string;
  confirmed: boolean;
  problems: Problem[];
  /** Lines without enough stock; the order is confirmed with them only when the user chose to. */
  shortage?: ShortLine[];
  /** Set when the order could not even be checked, e.g. it is cancelled. */
  refused?: string;
}

export type ImportOrderState = 'new' | 'existing' | 'conflict' | 'invalid';

export interface ImportPreview {
  headers: string[];
  delimiter: string;
  mapping: ColumnMapping;
  missingFields: ImportField[];
  rowCount: number;
  counts: Record<ImportOrderState, number>;
  sample: {
    orderNumber: string;
    consigneeName: string;
    country: string;
    shippingLine: string;
    shippingMethod: string;
    lineCount: number;
    total: string;
    currency: string;
    state: ImportOrderState;
    rows: number[];
  }[];
  errors: ImportRowError[];
  errorCount: number;
  /**
   * Shipping lines of the file's valid orders that no rule knows, each once with how many orders
   * use it (most used first). The user may choose a method for each before importing.
   */
  unknownShippingLines: UnknownShippingLine[];
  /** How many distinct unknown lines there are (the list stops at MAX_UNKNOWN_LINES_SHOWN). */
  unknownShippingLineCount: number;
  /** For an uploaded file, which main decoded: how it was read, and how many characters were lost. */
  encoding?: CsvEncoding;
  lostCharacters?: number;
}

export interface UnknownShippingLine {
  /** As the file writes it (the first way it is written, when rows differ only in case or accents). */
  line: string;
  orders: number;
}

export interface ImportOutcome {
  importId: number;
  created: number;
  existing: number;
  conflicts: string[];
  rejected: number;
  /** Methods chosen in the preview, kept as shipping rules for the next import. */
  shippingRulesAdded?: number;
}

export interface BackupInfo {
  /** The file name inside the backups folder; the only handle the renderer gets on a backup. */
  name: string;
  reason: BackupReason;
  /** ISO 8601, UTC. */
  createdAt: string;
  size: number;
}

export interface BackupList {
  backups: BackupInfo[];
  folder: string;
}

export interface RestoreOutcome {
  restored: BackupInfo;
  /** The copy of the data as it was just before the restore; null when that file could not be read. */
  preRestore: BackupInfo | null;
}

/** An order a command over a selection could not take, with why (an error code and its figures, as a refused command gives). */
export interface OrderRefusal {
  orderId: number;
  code: string;
  message: string;
  params: Record<string, string | number>;
}
