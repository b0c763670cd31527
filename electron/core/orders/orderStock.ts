// Where step 1 meets the warehouse: confirming links each line to its catalogue product, fills
// every customs field the line lacks from it, and reserves the stock; holding, cancelling or
// editing an order gives back what it still holds.
import { type LineFacts, type ProductFacts, checkWithCatalogue, fillLine } from '../../../shared/domain/catalogueFill';
import type { Problem } from '../../../shared/domain/confirmation';
import type { ShortLine } from '../../../shared/api/types';
import { fromMilli, toMilli } from '../../../shared/domain/quantity';
import { productFigures } from '../inventory/balances';
import type { Order } from '../../../shared/schemas/order';
import type { Stamp } from '../api/stamp';
import type { Db } from '../audit/auditRepository';
import { findProductsBySku } from '../catalogue/productRepository';
import { type Trx, release, reserve } from '../inventory/ledger';
import { rowsToOrder } from './orderRows';
import type { OrderLineRow, OrderRow } from './tables';
import type { ProductRow } from '../catalogue/tables';

/** Lines whose SKU the catalogue does not know; confirming needs every product described for customs. */
export function catalogueProblems(lines: OrderLineRow[], products: Map<string, ProductRow>): Problem[] {
  return lines
    .filter((l) => l.sku.trim() !== '' && !products.has(l.sku))
    .map((l) => ({ code: 'unknownSku', field: `lines.${l.line_no - 1}.sku`, params: { line: l.line_no, sku: l.sku } }));
}

export function productFacts(p: ProductRow): ProductFacts {
  return {
    brand: p.brand,
    model: p.model,
    description: p.description,
    hsCode: p.hs_code,
    originCountry: p.origin_country,
    unit: p.unit,
    netWeightKg: p.net_weight_kg,
    grossWeightKg: p.gross_weight_kg,
  };
}

/** The catalogue facts of the products found, by SKU. */
export function factsBySku(products: Map<string, ProductRow>): Map<string, ProductFacts> {
  return new Map([...products].map(([sku, p]) => [sku, productFacts(p)]));
}

/** The catalogue facts of the SKUs of these orders, for the problems stored with them. */
export async function catalogueFacts(db: Db, orders: Order[]): Promise<Map<string, ProductFacts>> {
  return factsBySku(await findProductsBySku(db, [...new Set(orders.flatMap((o) => o.lines.map((l) => l.sku)))]));
}

/**
 * The step-1 problems as confirmation judges them: the lines filled from the catalogue first (each
 * problem left naming who lacks the value), then the SKUs the catalogue does not know.
 */
export function confirmationProblems(row: OrderRow, lines: OrderLineRow[], products: Map<string, ProductRow>): Problem[] {
  return [...checkWithCatalogue(rowsToOrder(row, lines), factsBySku(products)), ...catalogueProblems(lines, products)];
}

const lineFacts = (l: OrderLineRow): LineFacts => ({
  sku: l.sku,
  description: l.description,
  brand: l.brand,
  model: l.model,
  unit: l.unit,
  hsCode: l.hs_code,
  originCountry: l.origin_country,
  customsDescription: l.customs_description,
  netWeightKg: l.net_weight_kg,
  grossWeightKg: l.gross_weight_kg,
});

/** The lines as they will be once filled from their products (nothing written). */
export function filledLines(
  lines: OrderLineRow[],
  products: Map<string, ProductRow>,
): { rows: OrderLineRow[]; filled: { lineNo: number; fields: string[] }[] } {
  const filled: { lineNo: number; fields: string[] }[] = [];
  const rows = lines.map((l) => {
    const p = products.get(l.sku);
    const { line, filled: fields } = fillLine(lineFacts(l), p && productFacts(p));
    if (fields.length > 0) filled.push({ lineNo: l.line_no, fields });
    return {
      ...l,
      product_id: p?.id ?? l.product_id,
      description: line.description,
      brand: line.brand,
      model: line.model,
      unit: line.unit,
      hs_code: line.hsCode,
      origin_country: line.originCountry,
      customs_description: line.customsDescription,
      net_weight_kg: line.netWeightKg,
      gross_weight_kg: line.grossWeightKg,
    };
  });
  return { rows, filled };
}

/** Writes the filled lines and their product links. */
export async function writeFilledLines(trx: Trx, rows: OrderLineRow[]): Promise<void> {
  for (const l of rows) {
    await trx
      .updateTable('order_lines')
      .set({
        product_id: l.product_id,
        description: l.description,
        brand: l.brand,
        model: l.model,
        unit: l.unit,
        hs_code: l.hs_code,
        origin_country: l.origin_country,
        customs_description: l.customs_description,
        net_weight_kg: l.net_weight_kg,
        gross_weight_kg: l.gross_weight_kg,
      })
      .where('id', '=', l.id)
      .execute();
  }
}

/** What each line can have from the stock available now (lines of one product share it, in line order). */
export async function shortageOf(
  trx: Trx,
  lines: OrderLineRow[],
  products: Map<string, ProductRow>,
): Promise<{ take: Map<number, number>; shortage: ShortLine[] }> {
  const ids = [...new Set(lines.map((l) => products.get(l.sku)?.id).filter((id): id is number => id !== undefined))];
  const figures = await productFigures(trx, ids);
  const left = new Map(ids.map((id) => [id, Math.max(0, figures.get(id)!.available)]));
  const take = new Map<number, number>();
  const shortage: ShortLine[] = [];
  for (const line of lines) {
    const p = products.get(line.sku)!;
    const want = toMilli(line.quantity);
    const can = Math.min(want, left.get(p.id)!);
    left.set(p.id, left.get(p.id)! - can);
    take.set(line.id, can);
    if (can < want) shortage.push({ lineNo: line.line_no, sku: line.sku, ordered: line.quantity, reserved: fromMilli(can), missing: fromMilli(want - can) });
  }
  return { take, shortage };
}

export async function reserveLines(
  trx: Trx,
  orderId: number,
  lines: OrderLineRow[],
  products: Map<string, ProductRow>,
  take: Map<number, number>,
  stamp: Stamp,
): Promise<void> {
  for (const line of lines) {
    const qty = take.get(line.id) ?? 0;
    if (qty > 0)
      await reserve(trx, { orderId, orderLineId: line.id, productId: products.get(line.sku)!.id, qtyMilli: qty }, { ...stamp, reference: `order ${orderId}` });
  }
}

/** Gives back every reservation the order's lines still hold (nothing happens for lines holding none). */
export async function releaseOrder(trx: Trx, orderId: number, reason: string, stamp: Stamp): Promise<void> {
  const held = await trx
    .selectFrom('stock_movements')
    .select(['order_line_id', 'product_id', (eb) => eb.fn.sum<number>('reserved_milli').as('r')])
    .where('order_id', '=', orderId)
    .groupBy(['order_line_id', 'product_id'])
    .execute();
  for (const h of held) {
    if (Number(h.r) > 0 && h.order_line_id !== null) {
      await release(trx, { orderId, orderLineId: h.order_line_id, productId: h.product_id, qtyMilli: Number(h.r), reason }, stamp);
    }
  }
}
