// Warehouse locations and the stock ledger: every change of stock is one appended movement;
// on hand, reserved and available are sums over it. Frozen once shipped.
import type { Kysely } from 'kysely';
import { makeAppendOnly } from '../sqliteOnly';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('locations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('warehouse', 'text', (c) => c.notNull())
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('bin_code', 'text', (c) => c.notNull())
    // The order a picker walks the bins in; pick lists are sorted by it.
    .addColumn('walk_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('locations_warehouse_bin_unique', ['warehouse', 'bin_code'])
    .execute();
  await db.schema.createIndex('locations_walk').on('locations').columns(['walk_order', 'bin_code']).execute();

  await db.schema
    .createTable('stock_movements')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // One operation (a pick moves bin -> container) writes several rows under one op id.
    .addColumn('op_id', 'text', (c) => c.notNull())
    .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
    // Where the goods are after this row: 'bin' (location_id), 'container' (container), 'parcel' (parcel_id),
    // or 'none' for rows that only change a reservation.
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('location_id', 'integer', (c) => c.references('locations.id'))
    .addColumn('container', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('parcel_id', 'integer')
    // Quantities in thousandths of the unit: exact integers that SQL can sum.
    .addColumn('qty_milli', 'integer', (c) => c.notNull())
    .addColumn('reserved_milli', 'integer', (c) => c.notNull())
    .addColumn('order_id', 'integer', (c) => c.references('orders.id'))
    // Not a foreign key: editing an unpicked order replaces its lines, after its reservations are
    // released, so the old line's movements (netting to zero) must be allowed to outlive it.
    .addColumn('order_line_id', 'integer')
    .addColumn('pick_list_line_id', 'integer')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reference', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stock_movements_product').on('stock_movements').columns(['product_id', 'location_id', 'qty_milli', 'reserved_milli']).execute();
  await db.schema.createIndex('stock_movements_location').on('stock_movements').columns(['location_id', 'product_id']).execute();
  await db.schema.createIndex('stock_movements_order_line').on('stock_movements').columns(['order_line_id']).execute();
  // Reservations released per order, and the pack station's "where are this order's goods".
  await db.schema.createIndex('stock_movements_order').on('stock_movements').columns(['order_id', 'place']).execute();
  await db.schema.createIndex('stock_movements_container').on('stock_movements').columns(['container', 'product_id']).execute();
  await makeAppendOnly(db, 'stock_movements');

  // What confirmation could not reserve, per line, as JSON; '[]' when the order is fully reserved.
  await db.schema
    .alterTable('orders')
    .addColumn('shortage', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Despacho does not migrate down; restore a backup instead.');
}
