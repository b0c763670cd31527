// Products by what a clerk scans or types at receiving: a SKU or a GTIN, many at once. Built on
// the catalogue's repository; the SKU wins when a code is both (as findProductByCode does).
import type { Db } from '../audit/auditRepository';
import { findProductsByGtin, findProductsBySku } from '../catalogue/productRepository';

export interface ProductRef {
  id: number;
  sku: string;
  name: string;
  gtin: string;
}

/** Products whose SKU or GTIN is one of `codes`, keyed by the code as given. */
export async function productsByCode(db: Db, codes: string[]): Promise<Map<string, ProductRef>> {
  const bySku = await findProductsBySku(db, codes);
  const rest = codes.filter((c) => !bySku.has(c));
  const byGtin = rest.length > 0 ? await findProductsByGtin(db, rest) : new Map();
  return new Map<string, ProductRef>([...byGtin, ...bySku]);
}
