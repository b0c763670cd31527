// When an order last changed status, apart from updated_at (which any edit of its notes, address or
// lines refreshes): the dashboard's "waiting at a step" age is measured from it.
// Kept by a trigger on the status column, so the one workflow (electron/core/orders/workflow.ts)
// stays the only writer of the status and its moment is the move's own stamp (the updated_at the
// move writes with it), never the wall clock. A new order leaves it '' and is read as waiting since
// it was created (no trigger on insert: the order import writes thousands of rows at once).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('orders')
    .addColumn('status_at', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // Orders already in the file: their last audited status change, else their creation. The moves
  // are gathered first, so the update itself names no status (tests/unit/orderStatusWrites.test.ts).
  await sql`
    create temp table last_moves as
      select entity_id as order_id, max(at) as at from audit_log
      where entity = 'order'
        and json_extract(after, '$.status') is not null
        and json_extract(before, '$.status') is not json_extract(after, '$.status')
      group by entity_id
  `.execute(db);
  await sql`update orders set status_at = coalesce((select m.at from last_moves m where m.order_id = orders.id), created_at)`.execute(db);
  await sql`drop table last_moves`.execute(db);
  await sql`
    create trigger orders_status_at after update of status on orders
    when new.status is not old.status
    begin
      update orders set status_at = new.updated_at where id = new.id;
    end
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger orders_status_at`.execute(db);
  await db.schema.alterTable('orders').dropColumn('status_at').execute();
}
