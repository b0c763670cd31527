// The destination rules table: rows of JSON parameters, read back through the rule schema so a
// hand-edited or older row that no longer fits is left out rather than misapplied.
import { type DestinationRule, destinationRuleSchema } from '../../../shared/schemas/customs/rules';
import { type Db, appendAudit } from '../audit/auditRepository';
import type { Stamp } from '../api/stamp';
import { AppError } from '../api/errors';

export async function listDestinationRules(db: Db, opts: { activeOnly?: boolean } = {}): Promise<DestinationRule[]> {
  let q = db.selectFrom('destination_rules').selectAll().orderBy('id');
  if (opts.activeOnly) q = q.where('active', '=', 1);
  const rows = await q.execute();
  const out: DestinationRule[] = [];
  for (const r of rows) {
    const parsed = destinationRuleSchema.safeParse({
      id: r.id,
      countries: JSON.parse(r.countries),
      methods: JSON.parse(r.methods),
      documents: JSON.parse(r.documents),
      params: JSON.parse(r.params),
      source: r.source,
      sourceDate: r.source_date,
      note: r.note,
      active: r.active === 1,
    });
    if (parsed.success) out.push({ ...parsed.data, id: r.id });
  }
  return out;
}

function toRow(rule: Omit<DestinationRule, 'id'>) {
  return {
    kind: rule.params.kind,
    countries: JSON.stringify(rule.countries),
    methods: JSON.stringify(rule.methods),
    documents: JSON.stringify(rule.documents),
    params: JSON.stringify(rule.params),
    source: rule.source,
    source_date: rule.sourceDate,
    note: rule.note,
    active: rule.active ? 1 : 0,
  };
}

const notFound = (id: number) =>
  new AppError('company.errors.ruleNotFound', `Destination rule ${id} does not exist (it may have been deleted). Reload the rules and try again.`, { id });

export async function saveDestinationRule(db: Db, input: Omit<DestinationRule, 'id'> & { id?: number }, stamp: Stamp): Promise<DestinationRule> {
  const { id, ...rule } = input;
  if (id === undefined) {
    const { id: newId } = await db.insertInto('destination_rules').values(toRow(rule)).returning('id').executeTakeFirstOrThrow();
    await appendAudit(db, [{ entity: 'destinationRule', entityId: newId, action: 'ruleAdded', after: rule, ...stamp }]);
    return { ...rule, id: newId };
  }
  const before = (await listDestinationRules(db)).find((r) => r.id === id);
  if (!before) throw notFound(id);
  await db.updateTable('destination_rules').set(toRow(rule)).where('id', '=', id).execute();
  await appendAudit(db, [{ entity: 'destinationRule', entityId: id, action: 'ruleChanged', before, after: rule, ...stamp }]);
  return { ...rule, id };
}

export async function deleteDestinationRule(db: Db, id: number, stamp: Stamp): Promise<{ id: number }> {
  const before = (await listDestinationRules(db)).find((r) => r.id === id);
  if (!before) throw notFound(id);
  await db.deleteFrom('destination_rules').where('id', '=', id).execute();
  await appendAudit(db, [{ entity: 'destinationRule', entityId: id, action: 'ruleDeleted', before, ...stamp }]);
  return { id };
}
