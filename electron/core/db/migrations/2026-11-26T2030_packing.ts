// Package presets, parcels and what each parcel holds. Frozen once shipped.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('package_presets')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('length_cm', 'text', (c) => c.notNull())
    .addColumn('width_cm', 'text', (c) => c.notNull())
    .addColumn('height_cm', 'text', (c) => c.notNull())
    .addColumn('tare_kg', 'text', (c) => c.notNull())
    .addColumn('max_kg', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Three common packages so the bench works on day one; the clerk edits or adds their own.
  await db
    .insertInto('package_presets')
    .values([
      { name: 'Small box 30x20x10', length_cm: '30', width_cm: '20', height_cm: '10', tare_kg: '0.15', max_kg: '5' },
      { name: 'Medium box 40x30x20', length_cm: '40', width_cm: '30', height_cm: '20', tare_kg: '0.35', max_kg: '15' },
      { name: 'Mailer bag 35x25', length_cm: '35', width_cm: '25', height_cm: '3', tare_kg: '0.03', max_kg: '2' },
    ])
    .execute();

  await db.schema
    .createTable('parcels')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('preset_id', 'integer', (c) => c.references('package_presets.id'))
    .addColumn('length_cm', 'text', (c) => c.notNull())
    .addColumn('width_cm', 'text', (c) => c.notNull())
    .addColumn('height_cm', 'text', (c) => c.notNull())
    .addColumn('tare_kg', 'text', (c) => c.notNull())
    .addColumn('max_kg', 'text', (c) => c.notNull())
    .addColumn('net_kg', 'text', (c) => c.notNull().defaultTo('0'))
    .addColumn('computed_gross_kg', 'text', (c) => c.notNull().defaultTo('0'))
    // What the scale said; null until the parcel is weighed and closed.
    .addColumn('gross_kg', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // 'open' | 'closed'
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addUniqueConstraint('parcels_order_seq_unique', ['order_id', 'seq'])
    .execute();

  await db.schema
    .createTable('parcel_items')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('parcel_id', 'integer', (c) => c.notNull().references('parcels.id'))
    .addColumn('order_line_id', 'integer', (c) => c.notNull().references('order_lines.id'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('qty_milli', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('parcel_items_parcel').on('parcel_items').columns(['parcel_id']).execute();
  await db.schema.createIndex('parcel_items_line').on('parcel_items').columns(['order_line_id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Despacho does not migrate down; restore a backup instead.');
}
