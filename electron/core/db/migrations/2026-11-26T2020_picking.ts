// Pick lists (one order or a wave of many) and their lines in walking order. Frozen once shipped.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pick_lists')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull()) // 'order' | 'wave'
    .addColumn('status', 'text', (c) => c.notNull()) // 'open' | 'done' | 'cancelled'
    .addColumn('container_mode', 'text', (c) => c.notNull()) // 'perOrder' | 'shared'
    .addColumn('order_count', 'integer', (c) => c.notNull())
    .addColumn('line_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema.createIndex('pick_lists_status').on('pick_lists').columns(['status', 'id']).execute();

  await db.schema
    .createTable('pick_list_lines')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('pick_list_id', 'integer', (c) => c.notNull().references('pick_lists.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('order_line_id', 'integer', (c) => c.notNull().references('order_lines.id'))
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    .addColumn('location_id', 'integer', (c) => c.notNull().references('locations.id'))
    .addColumn('container', 'text', (c) => c.notNull())
    .addColumn('qty_milli', 'integer', (c) => c.notNull())
    .addColumn('picked_milli', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('short_milli', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('short_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull()) // 'open' | 'picked' | 'short'
    .execute();
  await db.schema.createIndex('pick_list_lines_list').on('pick_list_lines').columns(['pick_list_id', 'seq']).execute();
  await db.schema.createIndex('pick_list_lines_order').on('pick_list_lines').columns(['order_id']).execute();
  await db.schema.createIndex('pick_list_lines_open_bin').on('pick_list_lines').columns(['location_id', 'product_id', 'status']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Despacho does not migrate down; restore a backup instead.');
}
