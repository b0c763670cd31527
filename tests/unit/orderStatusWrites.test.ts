// One way to move an order: only electron/core/orders/workflow.ts writes orders.status. Any other
// code that sets the status (a Kysely update of orders, or raw SQL) fails this test, so a new step
// of the flow cannot skip the transition check and the audit entry.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const WORKFLOW = 'electron/core/orders/workflow.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Each update of the orders table, from `updateTable('orders')` to the end of its statement. */
export function statusWrites(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/updateTable\(\s*['"]orders['"]\s*\)/g)) {
    const rest = text.slice(m.index);
    const end = rest.search(/\.execute(TakeFirst(OrThrow)?)?\(/);
    const statement = end === -1 ? rest.slice(0, 400) : rest.slice(0, end);
    if (/\bstatus\b/.test(statement)) found.push(statement.split('\n')[0]!);
  }
  for (const m of text.matchAll(/update\s+orders\s+set[^`;]*\bstatus\b/gi)) found.push(m[0]);
  return found;
}

describe('orders.status is written only by the order workflow', () => {
  it('no other file of main sets an order status', () => {
    const offenders = sources(join(ROOT, 'electron'))
      .filter((f) => relative(ROOT, f) !== WORKFLOW)
      .flatMap((f) => statusWrites(readFileSync(f, 'utf8')).map((w) => `${relative(ROOT, f)}: ${w}`));
    expect(offenders).toEqual([]);
  });

  it('the check sees a status write (guards against a pattern that matches nothing)', () => {
    expect(statusWrites(readFileSync(join(ROOT, WORKFLOW), 'utf8')).length).toBeGreaterThan(0);
    expect(statusWrites("await trx.updateTable('orders').set({ status: to, updated_at: at }).where('id', '=', id).execute();")).toHaveLength(1);
    expect(statusWrites("await trx.updateTable('orders').set({ shortage: '[]' }).where('id', '=', id).execute();")).toEqual([]);
    expect(statusWrites('await sql`UPDATE orders SET status = ${to}`.execute(trx);')).toHaveLength(1);
  });
});

describe('who and when come from the context', () => {
  // The clock lives in app.ts (the core's one source of time) and the database layer's backup
  // naming takes it as an option; every service gets a stamp instead.
  const ALLOWED = new Set(['electron/core/app.ts']);
  const services = sources(join(ROOT, 'electron/core')).filter((f) => {
    const rel = relative(ROOT, f);
    return !ALLOWED.has(rel) && !rel.startsWith('electron/core/db/') && !rel.startsWith('electron/core/web/');
  });

  it('no service reads the wall clock or writes a made-up actor', () => {
    const offenders = services.flatMap((f) => {
      const code = readFileSync(f, 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
      return [...code.matchAll(/new Date\(\s*\)|Date\.now\(\)|['"]local user['"]/g)].map((m) => `${relative(ROOT, f)}: ${m[0]}`);
    });
    expect(offenders).toEqual([]);
  });

  it('the check covers the services', () => {
    expect(services.map((f) => relative(ROOT, f))).toContain('electron/core/orders/orderService.ts');
    expect(services.length).toBeGreaterThan(40);
  });
});
