// Step 4: a final declaration filed with customs. Each filing keeps an immutable snapshot of what
// was filed (the exact document versions and their data); a correction is a new filing that
// replaces the one before. The customs reference may arrive later, and is then set once.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('declaration_filings')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    // The declaration version filed (a final customs_documents row) and its document's root.
    .addColumn('declaration_id', 'integer', (c) => c.notNull().references('customs_documents.id'))
    .addColumn('root_id', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('replaces_id', 'integer', (c) => c.references('declaration_filings.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('filed', 'replaced', 'withdrawn')`))
    .addColumn('office', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reference_at', 'text')
    // The waybill of the booked shipment (step 5), as the declaration's transport document.
    .addColumn('transport_document', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('withdrawn_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index declaration_filings_version on declaration_filings (root_id, version)`.execute(db);
  await sql`create index declaration_filings_reference on declaration_filings (reference) where reference <> ''`.execute(db);
  // What was filed never changes; the reference is set once, from empty.
  await sql`
    create trigger declaration_filings_frozen before update of declaration_id, root_id, version, office, filed_at, snapshot, created_at, created_by on declaration_filings
    begin select raise(abort, 'a filed declaration cannot change: file a corrected version'); end`.execute(db);
  await sql`
    create trigger declaration_filings_reference_once before update of reference on declaration_filings
    when old.reference <> '' and new.reference <> old.reference
    begin select raise(abort, 'the customs reference of a filing is set once'); end`.execute(db);
  await sql`
    create trigger declaration_filings_no_delete before delete on declaration_filings
    begin select raise(abort, 'a filed declaration cannot be deleted'); end`.execute(db);
  await db.schema
    .createTable('declaration_filing_orders')
    .addColumn('filing_id', 'integer', (c) => c.notNull().references('declaration_filings.id'))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addPrimaryKeyConstraint('declaration_filing_orders_pk', ['filing_id', 'order_id'])
    .execute();
  await db.schema.createIndex('declaration_filing_orders_order').on('declaration_filing_orders').column('order_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('declaration_filing_orders').execute();
  await db.schema.dropTable('declaration_filings').execute();
}
