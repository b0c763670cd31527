// Reads and writes of catalogue products. Plain functions over a Kysely handle or a transaction,
// so services (and other areas: picking, confirmation) compose them inside their own transaction.
import { sql } from 'kysely';
import type { ProductPage } from '../../../shared/api/contracts/catalogue';
import type { Db } from '../audit/auditRepository';
import { rowToSummary } from './productRows';
import type { NewProductRow, ProductRow } from './tables';

// Well under SQLite's 32766 bound values per statement.
const IN_CHUNK = 900;

export async function insertProduct(db: Db, row: NewProductRow): Promise<number> {
  const { id } = await db.insertInto('products').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateProductRow(db: Db, id: number, row: NewProductRow): Promise<void> {
  await db.updateTable('products').set(row).where('id', '=', id).execute();
}

export function findProduct(db: Db, id: number): Promise<ProductRow | undefined> {
  return db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Products by SKU, exact match; SKUs not in the catalogue are simply absent from the map. */
export async function findProductsBySku(db: Db, skus: string[]): Promise<Map<string, ProductRow>> {
  const found = new Map<string, ProductRow>();
  const unique = [...new Set(skus)];
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    const rows = await db
      .selectFrom('products')
      .selectAll()
      .where('sku', 'in', unique.slice(i, i + IN_CHUNK))
      .execute();
    for (const r of rows) found.set(r.sku, r);
  }
  return found;
}

/** Products by GTIN (barcode), for the import's "this barcode already belongs to another SKU" check. */
export async function findProductsByGtin(db: Db, gtins: string[]): Promise<Map<string, ProductRow>> {
  const found = new Map<string, ProductRow>();
  const unique = [...new Set(gtins.filter((g) => g !== ''))];
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    const rows = await db
      .selectFrom('products')
      .selectAll()
      .where('gtin', 'in', unique.slice(i, i + IN_CHUNK))
      .execute();
    for (const r of rows) found.set(r.gtin, r);
  }
  return found;
}

/**
 * What a scanner or a clerk typed at the bench: a SKU, or a GTIN. The SKU wins when both match
 * (a shop may use a barcode as another product's SKU); surrounding spaces are ignored.
 */
export async function findProductByCode(db: Db, code: string): Promise<ProductRow | undefined> {
  const c = code.trim();
  if (c === '') return undefined;
  const bySku = await db.selectFrom('products').selectAll().where('sku', '=', c).executeTakeFirst();
  if (bySku) return bySku;
  return db.selectFrom('products').selectAll().where('gtin', '=', c).where('gtin', '<>', '').executeTakeFirst();
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A page of the catalogue, by SKU. The search finds the term anywhere in the SKU, name or brand
 * (LIKE: case-insensitive for ASCII) and at the start of a GTIN (scanners send whole codes, people
 * type the first digits). A catalogue is thousands of rows, not millions, so a scan is fine.
 */
export async function listProducts(db: Db, q: { search: string; offset: number; limit: number }): Promise<ProductPage> {
  let base = db.selectFrom('products');
  const term = q.search.trim();
  if (term !== '') {
    const any = `%${likeEscape(term)}%`;
    base = base.where((eb) =>
      eb.or([
        sql<boolean>`sku like ${any} escape '\\'`,
        sql<boolean>`name like ${any} escape '\\'`,
        sql<boolean>`brand like ${any} escape '\\'`,
        sql<boolean>`gtin like ${`${likeEscape(term)}%`} escape '\\'`,
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('sku').limit(q.limit).offset(q.offset).execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(rowToSummary), total: Number(count.n), offset: q.offset };
}
