// Order lines keep the customs facts confirmation fills from the catalogue: the customs-grade
// description and the unit weights the documents need. Frozen once shipped.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['customs_description', 'net_weight_kg', 'gross_weight_kg']) {
    await db.schema
      .alterTable('order_lines')
      .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  }
}

export async function down(): Promise<void> {
  throw new Error('Despacho does not migrate down; restore a backup instead.');
}
