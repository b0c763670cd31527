// Reads and writes of the shipping rules. Positions stay 1..n without gaps: every insert, move and
// delete shifts the rules between, inside the caller's transaction.
import { sql } from 'kysely';
import type { ShippingRule } from '../../../shared/api/contracts/shipping';
import { SHIPPING_METHODS, type ShippingMethod } from '../../../shared/domain/codes';
import { SHIPPING_MATCHES, type ShippingMatch, type ShippingRuleSpec } from '../../../shared/domain/shipping';
import type { Db } from '../audit/auditRepository';
import type { ShippingRuleRow } from './tables';

export function toRule(r: ShippingRuleRow): ShippingRule {
  return { id: r.id, position: r.position, match: r.match as ShippingMatch, pattern: r.pattern, method: r.method as ShippingMethod };
}

export async function listRules(db: Db): Promise<ShippingRule[]> {
  const rows = await db.selectFrom('shipping_rules').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map(toRule);
}

/**
 * The rules as the import and the orders use them, first to last. Only rows every write path
 * would accept: a row written by hand into the file with another match or method is left out
 * rather than giving an order a method the app does not know.
 */
export async function rulesForDeciding(db: Db): Promise<ShippingRuleSpec[]> {
  return (await listRules(db)).filter(
    (r) => (SHIPPING_MATCHES as readonly string[]).includes(r.match) && (SHIPPING_METHODS as readonly string[]).includes(r.method),
  );
}

export async function findRule(db: Db, id: number): Promise<ShippingRule | undefined> {
  const row = await db.selectFrom('shipping_rules').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRule(row);
}

async function ruleCount(db: Db): Promise<number> {
  const { n } = await db
    .selectFrom('shipping_rules')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Inserts a rule at a position (clamped to 1..n+1), moving the rules from there down by one. */
export async function insertRule(db: Db, spec: ShippingRuleSpec, position: number): Promise<number> {
  const at = Math.min(Math.max(1, position), (await ruleCount(db)) + 1);
  await db
    .updateTable('shipping_rules')
    .set({ position: sql`position + 1` })
    .where('position', '>=', at)
    .execute();
  const { id } = await db
    .insertInto('shipping_rules')
    .values({ position: at, match: spec.match, pattern: spec.pattern, method: spec.method })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Adds rules after the last one, in the order given. */
export async function appendRules(db: Db, specs: ShippingRuleSpec[]): Promise<number[]> {
  const ids: number[] = [];
  let next = (await ruleCount(db)) + 1;
  for (const spec of specs) ids.push(await insertRule(db, spec, next++));
  return ids;
}

export async function updateRule(db: Db, id: number, spec: ShippingRuleSpec): Promise<void> {
  await db.updateTable('shipping_rules').set({ match: spec.match, pattern: spec.pattern, method: spec.method }).where('id', '=', id).execute();
}

/** Moves a rule to a position (clamped to 1..n); the rules in between shift by one. */
export async function moveRuleTo(db: Db, rule: ShippingRule, position: number): Promise<void> {
  const to = Math.min(Math.max(1, position), await ruleCount(db));
  const from = rule.position;
  if (to === from) return;
  if (to < from) {
    await db
      .updateTable('shipping_rules')
      .set({ position: sql`position + 1` })
      .where('position', '>=', to)
      .where('position', '<', from)
      .execute();
  } else {
    await db
      .updateTable('shipping_rules')
      .set({ position: sql`position - 1` })
      .where('position', '>', from)
      .where('position', '<=', to)
      .execute();
  }
  await db.updateTable('shipping_rules').set({ position: to }).where('id', '=', rule.id).execute();
}

export async function deleteRuleRow(db: Db, rule: ShippingRule): Promise<void> {
  await db.deleteFrom('shipping_rules').where('id', '=', rule.id).execute();
  await db
    .updateTable('shipping_rules')
    .set({ position: sql`position - 1` })
    .where('position', '>', rule.position)
    .execute();
}
