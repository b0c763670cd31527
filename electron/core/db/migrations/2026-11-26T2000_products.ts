// The product catalogue (step 2 needs to know what it picks; customs needs HS code and origin).
// Frozen once shipped.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('products')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('sku', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    // Customs-grade: what the item is, its material and its use; not marketing text.
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('hs_code', 'text', (c) => c.notNull())
    .addColumn('origin_country', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    // Weights and values are exact decimal text, never REAL.
    .addColumn('net_weight_kg', 'text', (c) => c.notNull())
    .addColumn('gross_weight_kg', 'text', (c) => c.notNull())
    .addColumn('unit_value', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('gtin', 'text', (c) => c.notNull())
    .addColumn('dangerous_goods', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('battery', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('restricted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('restricted_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('import_id', 'integer', (c) => c.references('imports.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // A scanned GTIN must name one product; products without a barcode keep ''.
  await sql`create unique index products_gtin on products(gtin) where gtin <> ''`.execute(db);
  await db.schema.createIndex('products_name').on('products').column('name').execute();

  // Order lines link to the catalogue by SKU; the id is filled when the order is confirmed.
  await db.schema
    .alterTable('order_lines')
    .addColumn('product_id', 'integer', (c) => c.references('products.id'))
    .execute();
  await db.schema.createIndex('order_lines_sku').on('order_lines').column('sku').execute();
}

export async function down(): Promise<void> {
  throw new Error('Despacho does not migrate down; restore a backup instead.');
}
