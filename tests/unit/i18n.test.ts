// English and Spanish must stay complete: the same keys, the same {{placeholders}} in each message,
// and a message for every code the shared code can produce (validation, problems, statuses).
import { describe, expect, it } from 'vitest';
import { en, es } from '../../renderer/src/i18n/bundles';
import { SHIPPING_METHODS, UNITS } from '../../shared/domain/codes';
import { ORDER_STATUSES } from '../../shared/domain/orderStatus';
import { IMPORT_FIELDS } from '../../shared/import/fields';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// Plural forms differ by language (Spanish has _many); compare the base key.
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

const EN = flatten(en as Tree);
const ES = flatten(es as Tree);

describe('translations', () => {
  it('have the same keys in English and Spanish', () => {
    const enKeys = new Set([...EN.keys()].map(base));
    const esKeys = new Set([...ES.keys()].map(base));
    expect([...enKeys].filter((k) => !esKeys.has(k))).toEqual([]);
    expect([...esKeys].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatches = [...EN].filter(([key, text]) => {
      const other = ES.get(key) ?? ES.get(`${base(key)}_other`);
      return other !== undefined && placeholders(text).join() !== placeholders(other).join();
    });
    expect(mismatches.map(([k]) => k)).toEqual([]);
  });

  it('have no empty messages', () => {
    expect([...EN, ...ES].filter(([, text]) => text.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('name every status, shipping method, unit and import field', () => {
    const needed = [
      ...ORDER_STATUSES.map((s) => `status.${s}`),
      ...SHIPPING_METHODS.map((m) => `shippingMethod.${m}`),
      ...UNITS.map((u) => `unit.${u}`),
      ...IMPORT_FIELDS.map((f) => `importFields.${f}`),
    ];
    for (const table of [EN, ES]) expect(needed.filter((k) => !table.has(k))).toEqual([]);
  });

  it('explain every validation and confirmation code the shared code emits', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '../../shared');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const source = files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
    const codes = new Set([...source.matchAll(/'((?:validation|import)\.[a-zA-Z]+)'/g)].map((m) => m[1]!));
    for (const m of source.matchAll(/code: '([a-zA-Z]+)', field:/g)) codes.add(`problems.${m[1]}`);
    expect(codes.size).toBeGreaterThan(20);
    for (const table of [EN, ES]) expect([...codes].filter((c) => !table.has(c))).toEqual([]);
  });
});
