// The catalogue: creating and editing products, each change in one transaction with its audit record.
import type { Stamp } from '../api/stamp';
import type { Kysely } from 'kysely';
import type { ProductDetail } from '../../../shared/api/contracts/catalogue';
import type { Product } from '../../../shared/schemas/product';
import { AppError, notFound } from '../api/errors';
import { type Db, appendAudit, auditFor } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { findProduct, insertProduct, updateProductRow } from './productRepository';
import { productHash, productToRow, rowToProduct } from './productRows';

/** The friendly error for SQLite's unique constraints on SKU and GTIN; undefined for anything else. */
export function duplicateError(err: unknown, p: Product): AppError | undefined {
  if (!(err instanceof Error)) return undefined;
  if (/UNIQUE constraint failed: products\.sku/.test(err.message)) {
    return new AppError('catalogue.errors.duplicateSku', `A product with SKU ${p.sku} already exists. Open that product to change it, or use another SKU.`, {
      sku: p.sku,
    });
  }
  if (/UNIQUE constraint failed: products\.gtin/.test(err.message)) {
    return new AppError(
      'catalogue.errors.duplicateGtin',
      `Barcode ${p.gtin} already belongs to another product. Check the barcode, or remove it from the other product first.`,
      { gtin: p.gtin },
    );
  }
  return undefined;
}

export async function createProduct(db: Kysely<DB>, product: Product, stamp: Stamp): Promise<{ id: number }> {
  try {
    return await db.transaction().execute(async (trx) => {
      const id = await insertProduct(trx, productToRow(product, { at: stamp.at }));
      await appendAudit(trx, [{ entity: 'product', entityId: id, action: 'created', after: product, ...stamp }]);
      return { id };
    });
  } catch (err) {
    throw duplicateError(err, product) ?? err;
  }
}

export async function updateProduct(db: Kysely<DB>, id: number, product: Product, stamp: Stamp): Promise<{ id: number }> {
  try {
    return await db.transaction().execute(async (trx) => {
      const found = await findProduct(trx, id);
      if (!found) throw notFound('Product', id);
      // Saving an unchanged form records nothing.
      if (found.content_hash === productHash(product)) return { id };
      await updateProductRow(trx, id, productToRow(product, { at: stamp.at, createdAt: found.created_at, importId: found.import_id }));
      await appendAudit(trx, [{ entity: 'product', entityId: id, action: 'edited', before: rowToProduct(found), after: product, ...stamp }]);
      return { id };
    });
  } catch (err) {
    throw duplicateError(err, product) ?? err;
  }
}

export async function getProductDetail(db: Db, id: number): Promise<ProductDetail> {
  const row = await findProduct(db, id);
  if (!row) throw notFound('Product', id);
  return { id, product: rowToProduct(row), createdAt: row.created_at, updatedAt: row.updated_at, history: await auditFor(db, 'product', id) };
}
