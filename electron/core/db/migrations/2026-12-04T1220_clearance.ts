// Step 6: customs' word on a filed declaration, appended as outcomes (released, held, rejected);
// the latest outcome of a filing is its current state, and none is ever changed.
import { type Kysely, sql } from 'kysely';
import { makeAppendOnly } from '../sqliteOnly';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('clearance_outcomes')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('filing_id', 'integer', (c) => c.notNull().references('declaration_filings.id'))
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('released', 'held', 'rejected')`))
    // When customs gave its word (a date or date and time as customs stated it).
    .addColumn('decided_at', 'text', (c) => c.notNull())
    // Held: what customs requested, what was presented and when, and the due date.
    .addColumn('requested', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('presented', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('presented_at', 'text')
    .addColumn('due_date', 'text')
    // Rejected: the reason.
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    // JSON array of the document versions presented: { id, type, number, version }.
    .addColumn('documents', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('hand', 'import')`))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clearance_outcomes_filing').on('clearance_outcomes').columns(['filing_id', 'id']).execute();
  await makeAppendOnly(db, 'clearance_outcomes');
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('clearance_outcomes').execute();
}
