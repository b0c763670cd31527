// Step 1: a shop's line often carries no brand, model, HS code, origin or customs wording; the
// catalogue product of its SKU does. Confirmation fills what the line lacks from the product
// FIRST, and only then judges what is still missing, naming who must supply it: the product (fix
// it in the catalogue, and every order of that SKU is fixed) or the order (no product to ask).
import type { Order } from '../schemas/order';
import { type Problem, checkOrder } from './confirmation';

/** The customs facts a catalogue product gives a line (strings as stored; empty = unknown). */
export interface ProductFacts {
  brand: string;
  model: string;
  /** The customs-grade description of the goods. */
  description: string;
  hsCode: string;
  originCountry: string;
  unit: string;
  netWeightKg: string;
  grossWeightKg: string;
}

/** The line's own customs facts: what the shop sent, plus what an earlier confirmation filled. */
export interface LineFacts {
  sku: string;
  description: string;
  brand: string;
  model: string;
  unit: string;
  hsCode: string;
  originCountry: string;
  customsDescription: string;
  netWeightKg: string;
  grossWeightKg: string;
}

const blank = (v: string) => v.trim() === '';

/**
 * The line with every empty customs field taken from the product. What the shop sent is never
 * overwritten: a broker's correction on the order beats the catalogue. `filled` names the fields
 * taken, for the audit log.
 */
export function fillLine<L extends LineFacts>(line: L, product: ProductFacts | undefined): { line: L; filled: (keyof LineFacts)[] } {
  if (!product) return { line, filled: [] };
  const out = { ...line };
  const filled: (keyof LineFacts)[] = [];
  const take = (field: keyof LineFacts, value: string) => {
    if (blank(out[field]) && !blank(value)) {
      out[field] = value as L[typeof field];
      filled.push(field);
    }
  };
  take('brand', product.brand);
  take('model', product.model);
  take('customsDescription', product.description);
  // A line with no words of its own reads the customs description, so documents never print a blank.
  take('description', product.description);
  take('hsCode', product.hsCode);
  take('originCountry', product.originCountry);
  take('unit', product.unit);
  take('netWeightKg', product.netWeightKg);
  take('grossWeightKg', product.grossWeightKg);
  return { line: out, filled };
}

const LINE_FIELD = /^lines\.(\d+)\./;

/**
 * Says, on each line problem left after filling, whether the product or the order lacks the value:
 * `lacking: 'product'` (with its SKU) when the line's SKU is in the catalogue, else `'order'`.
 */
export function nameWhoLacks(problems: Problem[], lineSkus: string[], hasProduct: (sku: string) => boolean): Problem[] {
  return problems.map((p) => {
    const m = LINE_FIELD.exec(p.field);
    if (!m || p.code === 'skuMissing' || p.code === 'quantityNotPositive') return p;
    const sku = lineSkus[Number(m[1])] ?? '';
    const lacking = sku !== '' && hasProduct(sku) ? 'product' : 'order';
    return { ...p, params: { ...p.params, lacking, sku } };
  });
}

/**
 * The confirmation checks of an order as it will be once its lines are filled from the catalogue,
 * with each line problem naming who lacks the value. Used wherever problems are shown before
 * confirmation (import, the order form), so a shop export without models is not flagged for
 * what the catalogue already knows.
 */
export function checkWithCatalogue(order: Order, products: ReadonlyMap<string, ProductFacts>): Problem[] {
  const lines = order.lines.map((l) => {
    const { line } = fillLine({ ...l, customsDescription: '', netWeightKg: '', grossWeightKg: '' }, products.get(l.sku));
    return { ...l, description: line.description, brand: line.brand, model: line.model, hsCode: line.hsCode, originCountry: line.originCountry };
  });
  return nameWhoLacks(
    checkOrder({ ...order, lines }),
    order.lines.map((l) => l.sku),
    (sku) => products.has(sku),
  );
}
