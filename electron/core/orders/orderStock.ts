// Where step 1 meets the warehouse: confirming links each line to its catalogue product, fills a
// missing HS code or origin from it, and reserves the stock; holding, cancelling or editing an
// order gives back what it still holds.
import type { Problem } from '../../../shared/domain/confirmation';
import type { ShortLine } from '../../../shared/api/types';
import { fromMilli, toMilli } from '../../../shared/domain/quantity';
import { productFigures } from '../inventory/balances';
import { type Trx, release, reserve } from '../inventory/ledger';
import type { OrderLineRow } from '../db/schema';
import type { ProductRow } from '../catalogue/tables';

/** Lines whose SKU the catalogue does not know; confirming needs every product described for customs. */
export function catalogueProblems(lines: OrderLineRow[], products: Map<string, ProductRow>): Problem[] {
  return lines
    .filter((l) => l.sku.trim() !== '' && !products.has(l.sku))
    .map((l) => ({ code: 'unknownSku', field: `lines.${l.line_no - 1}.sku`, params: { line: l.line_no, sku: l.sku } }));
}

/** Links lines to products and fills HS code and origin the shop left empty. */
export async function fillFromCatalogue(trx: Trx, lines: OrderLineRow[], products: Map<string, ProductRow>): Promise<void> {
  for (const line of lines) {
    const p = products.get(line.sku);
    if (!p) continue;
    await trx
      .updateTable('order_lines')
      .set({ product_id: p.id, hs_code: line.hs_code.trim() || p.hs_code, origin_country: line.origin_country.trim() || p.origin_country })
      .where('id', '=', line.id)
      .execute();
  }
}

/** What each line can have from the stock available now (lines of one product share it, in line order). */
export async function shortageOf(trx: Trx, lines: OrderLineRow[], products: Map<string, ProductRow>): Promise<{ take: Map<number, number>; shortage: ShortLine[] }> {
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

export async function reserveLines(trx: Trx, orderId: number, lines: OrderLineRow[], products: Map<string, ProductRow>, take: Map<number, number>, at: string): Promise<void> {
  for (const line of lines) {
    const qty = take.get(line.id) ?? 0;
    if (qty > 0) await reserve(trx, { orderId, orderLineId: line.id, productId: products.get(line.sku)!.id, qtyMilli: qty }, { at, reference: `order ${orderId}` });
  }
}

/** Gives back every reservation the order's lines still hold (nothing happens for lines holding none). */
export async function releaseOrder(trx: Trx, orderId: number, reason: string, at: string): Promise<void> {
  const held = await trx
    .selectFrom('stock_movements')
    .select(['order_line_id', 'product_id', (eb) => eb.fn.sum<number>('reserved_milli').as('r')])
    .where('order_id', '=', orderId)
    .groupBy(['order_line_id', 'product_id'])
    .execute();
  for (const h of held) {
    if (Number(h.r) > 0 && h.order_line_id !== null) {
      await release(trx, { orderId, orderLineId: h.order_line_id, productId: h.product_id, qtyMilli: Number(h.r), reason }, { at });
    }
  }
}
