// Step 7: loading manifests (a vehicle's parcels, scanned on, closed at departure), delivery
// confirmations, and returns (goods coming back into stock, or written off with a reason).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('manifests')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('carrier_id', 'integer', (c) => c.notNull().references('carriers.id'))
    .addColumn('vehicle_plate', 'text', (c) => c.notNull())
    .addColumn('driver', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('planned_departure', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'departed')`))
    .addColumn('departed_at', 'text')
    .addColumn('departed_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('manifest_parcels')
    .addColumn('manifest_id', 'integer', (c) => c.notNull().references('manifests.id'))
    // A parcel is loaded on one manifest only.
    .addColumn('parcel_id', 'integer', (c) => c.notNull().unique().references('parcels.id'))
    .addColumn('shipment_id', 'integer', (c) => c.notNull().references('shipments.id'))
    .addColumn('scanned_at', 'text', (c) => c.notNull())
    .addColumn('scanned_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('manifest_parcels_manifest').on('manifest_parcels').column('manifest_id').execute();
  await db.schema
    .createTable('returns')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('cause', 'text', (c) => c.notNull().check(sql`cause in ('customsRejected', 'undeliverable', 'cancelled')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'restocked', 'writtenOff')`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('location_id', 'integer', (c) => c.references('locations.id'))
    .addColumn('write_off_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .execute();
  await sql`create unique index returns_open_order on returns (order_id) where status = 'open'`.execute(db);
  // Dispatch deducts each parcel line once, whatever is retried or clicked twice: the ledger itself
  // refuses a second deduction of the same line from the same parcel.
  await sql`create unique index stock_movements_deducted_once on stock_movements (parcel_id, order_line_id) where kind = 'deduction'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index stock_movements_deducted_once`.execute(db);
  await db.schema.dropTable('returns').execute();
  await db.schema.dropTable('manifest_parcels').execute();
  await db.schema.dropTable('manifests').execute();
}
