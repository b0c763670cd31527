// The few product look-ups inventory needs, by SKU or scanned GTIN. The catalogue's own repository
// (electron/core/catalogue/productRepository.ts) was not there when this was written; switch to
// its findProductsBySku / findProductByCode once it lands.
import type { Db } from '../audit/auditRepository';

export interface ProductRef {
  id: number;
  sku: string;
  name: string;
  gtin: string;
}

const CHUNK = 400;

/** Products whose SKU or GTIN is one of `codes`, keyed by the code as given. */
export async function productsByCode(db: Db, codes: string[]): Promise<Map<string, ProductRef>> {
  const out = new Map<string, ProductRef>();
  const unique = [...new Set(codes.filter((c) => c !== ''))];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const part = unique.slice(i, i + CHUNK);
    const rows = await db
      .selectFrom('products')
      .select(['id', 'sku', 'name', 'gtin'])
      .where((eb) => eb.or([eb('sku', 'in', part), eb('gtin', 'in', part)]))
      .execute();
    // A SKU wins over a GTIN that happens to read the same.
    for (const r of rows) if (r.gtin !== '' && !out.has(r.gtin)) out.set(r.gtin, r);
    for (const r of rows) out.set(r.sku, r);
  }
  return out;
}
