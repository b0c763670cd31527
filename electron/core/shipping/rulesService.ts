// Adding, editing, moving and deleting shipping rules, each in one transaction with its audit entry;
// then the orders waiting for a method that the rules now know get it (see decideOrders.ts).
import type { Kysely } from 'kysely';
import type { RulesChanged, ShippingRule } from '../../../shared/api/contracts/shipping';
import type { ShippingRuleSpec } from '../../../shared/domain/shipping';
import type { ShippingRuleValues } from '../../../shared/schemas/shipping';
import { notFound } from '../api/errors';
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { decideWaitingOrders } from './decideOrders';
import { appendRules, deleteRuleRow, findRule, insertRule, listRules, moveRuleTo, updateRule } from './rulesRepository';

const ENTITY = 'shipping_rule';

const specOf = (r: ShippingRuleSpec): ShippingRuleSpec => ({ match: r.match, pattern: r.pattern, method: r.method });

async function mustFind(db: Db, id: number): Promise<ShippingRule> {
  const rule = await findRule(db, id);
  if (!rule) throw notFound('Shipping rule', id);
  return rule;
}

async function changed(trx: Db, stamp: Stamp, ruleId?: number): Promise<RulesChanged> {
  const ordersDecided = await decideWaitingOrders(trx, stamp);
  const rules = await listRules(trx);
  const rule = ruleId === undefined ? undefined : rules.find((r) => r.id === ruleId);
  return { rules, ...(rule ? { rule } : {}), ordersDecided };
}

/** A new rule goes where the user put it (first when not said); an edited one stays unless moved. */
export function saveRule(db: Kysely<DB>, input: ShippingRuleValues, stamp: Stamp): Promise<RulesChanged> {
  const spec = specOf(input);
  return db.transaction().execute(async (trx) => {
    if (input.id === undefined) {
      const id = await insertRule(trx, spec, input.position ?? 1);
      const rule = await mustFind(trx, id);
      await appendAudit(trx, [{ entity: ENTITY, entityId: id, action: 'created', after: rule, ...stamp }]);
      return changed(trx, stamp, id);
    }
    const before = await mustFind(trx, input.id);
    await updateRule(trx, input.id, spec);
    if (input.position !== undefined) await moveRuleTo(trx, before, input.position);
    const after = await mustFind(trx, input.id);
    await appendAudit(trx, [{ entity: ENTITY, entityId: input.id, action: 'updated', before, after, ...stamp }]);
    return changed(trx, stamp, input.id);
  });
}

export function moveRule(db: Kysely<DB>, id: number, position: number, stamp: Stamp): Promise<RulesChanged> {
  return db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, id);
    await moveRuleTo(trx, before, position);
    const after = await mustFind(trx, id);
    if (after.position !== before.position) {
      await appendAudit(trx, [
        { entity: ENTITY, entityId: id, action: 'moved', before: { position: before.position }, after: { position: after.position }, ...stamp },
      ]);
    }
    // Order decides between rules that match, never whether one does: no waiting order is decided.
    return { rules: await listRules(trx), rule: after, ordersDecided: 0 };
  });
}

export function deleteRule(db: Kysely<DB>, id: number, stamp: Stamp): Promise<RulesChanged> {
  return db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, id);
    await deleteRuleRow(trx, before);
    await appendAudit(trx, [{ entity: ENTITY, entityId: id, action: 'deleted', before, ...stamp }]);
    // One rule fewer never gives a waiting order a method.
    return { rules: await listRules(trx), ordersDecided: 0 };
  });
}

/**
 * Rules for lines the user gave a method in an import's preview, added after the others as exact
 * matches (they name one line each, so where they stand changes no other line). Runs in the
 * import's transaction, with the audit entry naming the file.
 */
export async function rememberChoices(trx: Db, specs: ShippingRuleSpec[], fileName: string, stamp: Stamp): Promise<{ added: number; ordersDecided: number }> {
  if (specs.length === 0) return { added: 0, ordersDecided: 0 };
  const ids = await appendRules(trx, specs);
  const rules = await Promise.all(ids.map((id) => mustFind(trx, id)));
  await appendAudit(
    trx,
    rules.map((rule) => ({ entity: ENTITY, entityId: rule.id, action: 'created', after: { ...rule, fromImport: fileName }, ...stamp })),
  );
  return { added: ids.length, ordersDecided: await decideWaitingOrders(trx, stamp) };
}
