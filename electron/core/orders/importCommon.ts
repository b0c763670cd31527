// What the order import's two ways in (text, and an uploaded file read from disk) share.
import type { z } from 'zod';
import type { importInput } from '../../../shared/api/contracts/orders';
import type { ImportOrderState, ImportPreview, UnknownShippingLine } from '../../../shared/api/types';
import { orderTotal } from '../../../shared/domain/confirmation';
import { type ShippingDecider, type ShippingRuleSpec, shippingDecider, shippingKey } from '../../../shared/domain/shipping';
import type { ParseOptions, ParsedOrder } from '../../../shared/import/orderCsv';
import type { Order } from '../../../shared/schemas/order';
import type { Stamp } from '../api/stamp';
import type { Db } from '../audit/auditRepository';
import { rulesForDeciding } from '../shipping/rulesRepository';
import { findByNumbers } from './orderRepository';
import { contentHash, legacyContentHash } from './orderRows';

export type ImportInput = z.output<typeof importInput>;

export const PREVIEW_SAMPLE = 200;
export const PREVIEW_ERRORS = 1000;
export const WRITE_CHUNK = 1000;
export const DEFAULT_CHANNEL = 'shop';

export { importCancelled as cancelled } from '../jobs/jobs';

/**
 * How to read the file; an order with no date in the file is dated the day of the import (the
 * stamp's). Shipping lines are decided by the saved rules, then by the user's choices in the preview.
 */
export async function parseOptions(db: Db, input: ImportInput, stamp: Stamp): Promise<ParseOptions & { shipping: ShippingDecider }> {
  return {
    mapping: input.mapping,
    // 'postal' only for an order whose file says nothing of how it ships, as before shipping lines were kept.
    defaults: { channel: input.channel || DEFAULT_CHANNEL, incoterm: 'DAP', shippingMethod: 'postal', unit: 'PCE', orderDate: stamp.at.slice(0, 10) },
    shipping: shippingDecider(await rulesForDeciding(db), input.shippingChoices ?? []),
  };
}

/** How many unknown lines the preview lists; a file with more is not a shop export anyone reads line by line. */
export const MAX_UNKNOWN_LINES_SHOWN = 500;

/**
 * The shipping lines of the imported orders that no rule knows, each once (lines that differ only
 * in case, accents or spaces are one), with how many orders use it.
 */
export class UnknownLines {
  private readonly byKey = new Map<string, UnknownShippingLine>();
  constructor(private readonly decider: ShippingDecider) {}

  note(order: Order): void {
    const line = order.shippingLine;
    if (line === '' || this.decider.known(line)) return;
    const key = shippingKey(line);
    const entry = this.byKey.get(key);
    if (entry) entry.orders++;
    else this.byKey.set(key, { line, orders: 1 });
  }

  /** Most used first; ties in the order the file has them. */
  list(): UnknownShippingLine[] {
    return [...this.byKey.values()].sort((a, b) => b.orders - a.orders).slice(0, MAX_UNKNOWN_LINES_SHOWN);
  }

  get count(): number {
    return this.byKey.size;
  }

  /**
   * The user's choices for lines of this file that no rule knows, as rules to keep (one per line).
   * A choice for a line the file does not have, or that a rule already decides, is not kept.
   */
  rulesToRemember(choices: ImportInput['shippingChoices']): ShippingRuleSpec[] {
    const out: ShippingRuleSpec[] = [];
    const seen = new Set<string>();
    for (const c of choices ?? []) {
      const key = shippingKey(c.line);
      const entry = this.byKey.get(key);
      if (!entry || seen.has(key)) continue;
      seen.add(key);
      out.push({ match: 'exact', pattern: entry.line, method: c.method });
    }
    return out;
  }
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
    const existing = await findByNumbers(
      db,
      channel,
      list.map((p) => p.order.orderNumber),
    );
    for (const p of list) {
      const found = existing.get(p.order.orderNumber);
      // An order imported before shipping lines were kept has the fingerprint of the order without one.
      const same = found && (found.contentHash === contentHash(p.order) || found.contentHash === legacyContentHash(p.order));
      states.set(p, !found ? 'new' : same ? 'existing' : 'conflict');
    }
  }
  return states;
}

type SampleRow = ImportPreview['sample'][number];

/** The preview's sample: orders with errors first, then the good ones with what the import will do. */
export function previewSample(
  invalid: { orderNumber: string; rows: number[] }[],
  orders: ParsedOrder[],
  states: Map<ParsedOrder, ImportOrderState>,
): SampleRow[] {
  return [
    ...invalid.map((o) => ({
      orderNumber: o.orderNumber,
      consigneeName: '',
      country: '',
      shippingLine: '',
      shippingMethod: '',
      lineCount: o.rows.length,
      total: '',
      currency: '',
      state: 'invalid' as const,
      rows: o.rows,
    })),
    ...orders.map((p) => ({
      orderNumber: p.order.orderNumber,
      consigneeName: p.order.consignee.name,
      country: p.order.consignee.country,
      shippingLine: p.order.shippingLine,
      shippingMethod: p.order.shippingMethod,
      lineCount: p.order.lines.length,
      total: orderTotal(p.order),
      currency: p.order.currency,
      state: states.get(p)!,
      rows: p.rows,
    })),
  ].slice(0, PREVIEW_SAMPLE);
}
