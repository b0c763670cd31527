// Fast order search: a trigram index for substring search and indexes for the list's sorts.
// Frozen once shipped.
import type { Kysely } from 'kysely';
import { createOrderSearch } from '../sqliteOnly';

export async function up(db: Kysely<any>): Promise<void> {
  await createOrderSearch(db);
}

export async function down(): Promise<void> {
  throw new Error('Despacho does not migrate down; restore a backup instead.');
}
