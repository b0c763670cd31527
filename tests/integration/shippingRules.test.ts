// The shipping rules through the API: the seeded defaults, add/edit/move/delete keeping positions
// 1..n, who and when in the audit log, and bad input refused per field with nothing saved.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { DEFAULT_SHIPPING_RULES } from '../../shared/domain/shipping';
import { call, recordEvents, refusal, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

const NOW = new Date('2026-11-29T10:00:00Z');
let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next(), { now: () => NOW, osUser: 'maria' });
});
afterEach(() => core.close());

const rules = () => call(core, 'shipping.rules', {});
const patterns = async () => (await rules()).map((r) => r.pattern);
const auditOfRules = () => core.db.selectFrom('audit_log').selectAll().where('entity', '=', 'shipping_rule').orderBy('id').execute();

describe('shipping rules', () => {
  it('a new data file has the default rules, in order', async () => {
    const list = await rules();
    expect(list.map(({ match, pattern, method }) => ({ match, pattern, method }))).toEqual(DEFAULT_SHIPPING_RULES);
    expect(list.map((r) => r.position)).toEqual(list.map((_, i) => i + 1));
  });

  it('adds a rule first unless told where, keeps positions 1..n, and records who and when', async () => {
    const n = DEFAULT_SHIPPING_RULES.length;
    const first = await call(core, 'shipping.saveRule', { match: 'contains', pattern: 'DHL eCommerce', method: 'postal' });
    expect(first.rule).toMatchObject({ position: 1, pattern: 'DHL eCommerce' });
    const third = await call(core, 'shipping.saveRule', { match: 'word', pattern: 'EMS', method: 'express', position: 3 });
    expect(third.rule).toMatchObject({ position: 3 });
    const last = await call(core, 'shipping.saveRule', { match: 'exact', pattern: 'Pickup in store', method: 'road', position: 999 });
    expect(last.rule).toMatchObject({ position: n + 3 });
    const list = await rules();
    expect(list.map((r) => r.position)).toEqual(list.map((_, i) => i + 1));
    expect(list.slice(0, 3).map((r) => r.pattern)).toEqual(['DHL eCommerce', 'chronopost', 'EMS']);
    // "DHL eCommerce" is a postal service: the new rule beats the default "dhl" word rule.
    const audit = await auditOfRules();
    expect(audit.map((a) => [a.action, a.actor, a.at])).toEqual([
      ['created', 'maria', NOW.toISOString()],
      ['created', 'maria', NOW.toISOString()],
      ['created', 'maria', NOW.toISOString()],
    ]);
  });

  it('edits, moves and deletes, shifting the others', async () => {
    const { rule } = await call(core, 'shipping.saveRule', { match: 'contains', pattern: 'Cainiao', method: 'postal' });
    const edited = await call(core, 'shipping.saveRule', { id: rule!.id, match: 'word', pattern: 'Cainiao Direct', method: 'air', position: 2 });
    expect(edited.rule).toMatchObject({ id: rule!.id, position: 2, match: 'word', pattern: 'Cainiao Direct', method: 'air' });
    expect((await patterns()).slice(0, 3)).toEqual(['chronopost', 'Cainiao Direct', 'colissimo']);

    const moved = await call(core, 'shipping.moveRule', { id: rule!.id, position: 4 });
    expect(moved.rule?.position).toBe(4);
    expect((await patterns()).slice(0, 5)).toEqual(['chronopost', 'colissimo', 'yanwen', 'Cainiao Direct', 'express']);
    // Past the end is the end.
    await call(core, 'shipping.moveRule', { id: rule!.id, position: 10_000 });
    expect((await patterns()).at(-1)).toBe('Cainiao Direct');

    const removed = await call(core, 'shipping.deleteRule', { id: rule!.id });
    expect(removed.rules).toHaveLength(DEFAULT_SHIPPING_RULES.length);
    expect(removed.rules.map((r) => r.position)).toEqual(removed.rules.map((_, i) => i + 1));
    expect(await patterns()).toEqual(DEFAULT_SHIPPING_RULES.map((r) => r.pattern));
    expect((await auditOfRules()).map((a) => a.action)).toEqual(['created', 'updated', 'moved', 'moved', 'deleted']);
  });

  it('refuses an empty pattern and a bad method, naming each field, and saves nothing', async () => {
    const before = await rules();
    const rec = recordEvents(core);
    const err = await refusal(core, 'shipping.saveRule', { match: 'contains', pattern: '   ', method: 'teleport' });
    expect(err.code).toBe('errors.validation');
    expect(err.issues).toEqual([
      expect.objectContaining({ path: 'pattern', code: 'validation.rulePattern' }),
      expect.objectContaining({ path: 'method', code: 'validation.ruleMethod' }),
    ]);
    expect((await refusal(core, 'shipping.saveRule', { match: 'contains', pattern: 'x', method: 'unknown' })).issues).toEqual([
      expect.objectContaining({ path: 'method', code: 'validation.ruleMethod' }),
    ]);
    expect((await refusal(core, 'shipping.saveRule', { match: 'regex', pattern: '.*', method: 'postal' })).issues).toEqual([
      expect.objectContaining({ path: 'match', code: 'validation.ruleMatch' }),
    ]);
    expect((await refusal(core, 'shipping.saveRule', { match: 'contains', pattern: 'x', method: 'postal', extra: 1 })).code).toBe('errors.validation');
    expect((await refusal(core, 'shipping.moveRule', { id: before[0]!.id, position: 0 })).code).toBe('errors.validation');
    expect(await rules()).toEqual(before);
    expect(await auditOfRules()).toEqual([]);
    expect(rec.events.filter((e) => e.type === 'tablesChanged')).toEqual([]);
  });

  it('says when a rule does not exist', async () => {
    expect((await refusal(core, 'shipping.saveRule', { id: 9999, match: 'contains', pattern: 'x', method: 'postal' })).code).toBe('errors.notFound');
    expect((await refusal(core, 'shipping.moveRule', { id: 9999, position: 1 })).code).toBe('errors.notFound');
    expect((await refusal(core, 'shipping.deleteRule', { id: 9999 })).code).toBe('errors.notFound');
  });

  it('announces the tables a save writes, so open screens refresh', async () => {
    const rec = recordEvents(core);
    await call(core, 'shipping.saveRule', { match: 'contains', pattern: 'Cainiao', method: 'postal' });
    expect(rec.events).toContainEqual({ type: 'tablesChanged', tables: ['shipping_rules', 'orders', 'audit_log'] });
  });
});
