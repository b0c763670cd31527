// Orders keep the shop's shipping line as written, and the rules that derive the shipping method
// from it get a table of their own, seeded with rules that reproduce the keywords the import knew
// before. Frozen once shipped: the seed is a copy, not shared/domain/shipping.ts's list.
import { type Kysely, sql } from 'kysely';

const SEED: [match: string, pattern: string, method: string][] = [
  ['contains', 'chronopost', 'express'],
  ['contains', 'colissimo', 'postal'],
  ['contains', 'yanwen', 'postal'],
  ['word', 'express', 'express'],
  ['contains', 'courier', 'express'],
  ['word', 'dhl', 'express'],
  ['contains', 'fedex', 'express'],
  ['word', 'ups', 'express'],
  ['word', 'tnt', 'express'],
  ['contains', 'premium', 'express'],
  ['contains', 'urgente', 'express'],
  ['contains', 'mensajer', 'express'],
  ['contains', 'post', 'postal'],
  ['contains', 'correo', 'postal'],
  ['contains', 'standard', 'postal'],
  ['contains', 'estandar', 'postal'],
  ['contains', 'economy', 'postal'],
  ['contains', 'economico', 'postal'],
  ['contains', 'small packet', 'postal'],
  ['contains', 'smallpacket', 'postal'],
  ['contains', 'epacket', 'postal'],
  ['word', 'air', 'air'],
  ['contains', 'airmail', 'air'],
  ['contains', 'aereo', 'air'],
  ['word', 'sea', 'sea'],
  ['contains', 'ocean', 'sea'],
  ['contains', 'maritimo', 'sea'],
  ['contains', 'barco', 'sea'],
  ['contains', 'rail', 'rail'],
  ['contains', 'tren', 'rail'],
  ['contains', 'ferrocarril', 'rail'],
  ['contains', 'road', 'road'],
  ['contains', 'truck', 'road'],
  ['contains', 'camion', 'road'],
  ['contains', 'terrestre', 'road'],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('orders')
    .addColumn('shipping_line', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // The words of orders imported before were not kept; their method is the best account of them.
  await sql`update orders set shipping_line = shipping_method`.execute(db);
  // Orders whose method no rule decided yet: looked up after every change of the rules.
  await sql`create index orders_method_unknown on orders (id) where shipping_method = 'unknown'`.execute(db);

  await db.schema
    .createTable('shipping_rules')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('match', 'text', (c) => c.notNull())
    .addColumn('pattern', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('shipping_rules')
    .values(SEED.map(([match, pattern, method], i) => ({ position: i + 1, match, pattern, method })))
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Despacho does not migrate down; restore a backup instead.');
}
