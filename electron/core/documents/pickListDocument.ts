// Builds the printable pick list from the database: the list, its lines in walking order (seq),
// with the bin, product and order of each line, and the barcodes to scan.
import type { Kysely } from 'kysely';
import type { Paper } from '../../../shared/documents/html';
import type { PickListDocument } from '../../../shared/documents/pickList';
import { fromMilli } from '../../../shared/domain/quantity';
import { AppError } from '../api/errors';
import type { DB } from '../db/schema';
import { code128, gtinBarcode } from './barcodes';
import { type DocumentLanguage, formatDateTime, pickListLabels } from './labels';

/** Beyond this a page of inline barcodes gets too heavy to show and print; split the list. */
export const MAX_PRINTED_LINES = 2000;

export async function loadPickListDocument(db: Kysely<DB>, pickListId: number, paper: Paper, lang: DocumentLanguage): Promise<PickListDocument> {
  const list = await db.selectFrom('pick_lists').select(['id', 'number', 'kind', 'created_at']).where('id', '=', pickListId).executeTakeFirst();
  if (!list)
    throw new AppError(
      'documents.errors.notFound',
      `Pick list ${pickListId} does not exist (it may have been cancelled or removed). Reload the list of pick lists and try again.`,
      { id: pickListId },
    );

  const rows = await db
    .selectFrom('pick_list_lines as l')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .innerJoin('locations as loc', 'loc.id', 'l.location_id')
    .innerJoin('orders as o', 'o.id', 'l.order_id')
    .select(['l.seq', 'l.order_id', 'l.container', 'l.qty_milli', 'p.sku', 'p.name', 'p.gtin', 'p.unit', 'loc.bin_code', 'loc.zone', 'o.order_number'])
    .where('l.pick_list_id', '=', pickListId)
    .orderBy('l.seq')
    .orderBy('l.id')
    .limit(MAX_PRINTED_LINES + 1)
    .execute();
  if (rows.length > MAX_PRINTED_LINES) {
    throw new AppError(
      'documents.errors.tooLarge',
      `This document is too large to show (more than ${MAX_PRINTED_LINES} lines). Split the pick list into smaller ones and print each.`,
      { lines: `> ${MAX_PRINTED_LINES}` },
    );
  }

  return {
    number: list.number,
    numberBarcode: code128(list.number),
    kind: list.kind,
    createdAt: formatDateTime(list.created_at, lang),
    orderCount: new Set(rows.map((r) => r.order_id)).size,
    paper,
    lang,
    labels: pickListLabels(lang),
    lines: rows.map((r) => {
      // The GTIN is what a handheld scans on the item; without a valid one, the SKU as Code 128.
      const retail = gtinBarcode(r.gtin);
      return {
        seq: r.seq,
        binCode: r.bin_code,
        binBarcode: code128(r.bin_code),
        zone: r.zone,
        sku: r.sku,
        productName: r.name,
        productBarcode: retail?.svg ?? code128(r.sku),
        productCode: retail?.code ?? r.sku,
        quantity: fromMilli(r.qty_milli),
        unit: r.unit,
        container: r.container,
        orderNumber: r.order_number,
      };
    }),
  };
}
