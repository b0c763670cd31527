// What the order import's two ways in (text, and an uploaded file read from disk) share.
import type { z } from 'zod';
import type { importInput } from '../../../shared/api/contracts/orders';
import type { ImportOrderState, ImportPreview } from '../../../shared/api/types';
import { orderTotal } from '../../../shared/domain/confirmation';
import type { ParseOptions, ParsedOrder } from '../../../shared/import/orderCsv';
import type { Stamp } from '../api/stamp';
import type { Db } from '../audit/auditRepository';
import { findByNumbers } from './orderRepository';
import { contentHash } from './orderRows';

export type ImportInput = z.output<typeof importInput>;

export const PREVIEW_SAMPLE = 200;
export const PREVIEW_ERRORS = 1000;
export const WRITE_CHUNK = 1000;
export const DEFAULT_CHANNEL = 'shop';

export { importCancelled as cancelled } from '../jobs/jobs';

/** How to read the file; an order with no date in the file is dated the day of the import (the stamp's). */
export function parseOptions(input: ImportInput, stamp: Stamp): ParseOptions {
  return {
    mapping: input.mapping,
    defaults: { channel: input.channel || DEFAULT_CHANNEL, incoterm: 'DAP', shippingMethod: 'postal', unit: 'PCE', orderDate: stamp.at.slice(0, 10) },
  };
}

/** Sorts parsed orders into new ones, ones already in the database (same content) and conflicts. */
export async function classify(db: Db, orders: ParsedOrder[]): Promise<Map<ParsedOrder, ImportOrderState>> {
  const byChannel = new Map<string, ParsedOrder[]>();
  for (const p of orders) {
    const list = byChannel.get(p.order.channel) ?? [];
    list.push(p);
    byChannel.set(p.order.channel, list);
  }
  const states = new Map<ParsedOrder, ImportOrderState>();
  for (const [channel, list] of byChannel) {
    const existing = await findByNumbers(db, channel, list.map((p) => p.order.orderNumber));
    for (const p of list) {
      const found = existing.get(p.order.orderNumber);
      states.set(p, !found ? 'new' : found.contentHash === contentHash(p.order) ? 'existing' : 'conflict');
    }
  }
  return states;
}

type SampleRow = ImportPreview['sample'][number];

/** The preview's sample: orders with errors first, then the good ones with what the import will do. */
export function previewSample(invalid: { orderNumber: string; rows: number[] }[], orders: ParsedOrder[], states: Map<ParsedOrder, ImportOrderState>): SampleRow[] {
  return [
    ...invalid.map((o) => ({ orderNumber: o.orderNumber, consigneeName: '', country: '', lineCount: o.rows.length, total: '', currency: '', state: 'invalid' as const, rows: o.rows })),
    ...orders.map((p) => ({
      orderNumber: p.order.orderNumber,
      consigneeName: p.order.consignee.name,
      country: p.order.consignee.country,
      lineCount: p.order.lines.length,
      total: orderTotal(p.order),
      currency: p.order.currency,
      state: states.get(p)!,
      rows: p.rows,
    })),
  ].slice(0, PREVIEW_SAMPLE);
}
