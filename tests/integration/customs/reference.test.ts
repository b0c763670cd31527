// HS suggestions and port lookups through the real core: the catalogue's classified products feed
// the suggestions (and a change to them is seen), hostile input is refused by the schema, and
// neither command writes anything (the data file's hash is unchanged).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { type ProductInput, emptyProduct } from '../../../shared/schemas/product';
import { call, refusal, startCore, tempRoot } from '../support/core';

const tmp = tempRoot();
let core: CoreApp;

const product = (sku: string, name: string, hsCode: string, description = ''): ProductInput => ({
  ...emptyProduct(),
  sku,
  name,
  brand: 'Acme',
  model: sku,
  description,
  hsCode,
  originCountry: 'CN',
  netWeightKg: '0.200',
  grossWeightKg: '0.250',
  unitValue: '9.90',
  currency: 'USD',
});

beforeAll(async () => {
  core = await startCore(tmp.next());
  await call(core, 'products.create', { product: product('TEE-01', 'Basic cotton tee, crew neck', '6109100010', 'Unisex cotton jersey tee, short sleeves') });
  await call(core, 'products.create', { product: product('MUG-01', 'Taza de cerámica 350 ml', '691200', 'Taza de gres esmaltado para café') });
  await searchPorts('warm');
}, 120_000);
afterAll(async () => {
  await core.close();
  tmp.cleanup();
});

const searchPorts = (query: string, country = '') => call(core, 'customs.ports', { query, country, limit: 5 });

async function dbHash(): Promise<string> {
  await core.idle();
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(core.db);
  const wal = `${core.dataFile}-wal`;
  expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  return createHash('sha256').update(readFileSync(core.dataFile)).digest('hex');
}

describe('customs.hsSuggest', () => {
  it('proposes the code of a classified product described alike, with its SKU', async () => {
    const found = await call(core, 'customs.hsSuggest', { description: 'Cotton crew neck tee', limit: 5 });
    expect(found[0]).toMatchObject({ code: '610910' });
    expect(found[0]!.reasons).toContainEqual(expect.objectContaining({ kind: 'catalogue', sku: 'TEE-01', name: 'Basic cotton tee, crew neck' }));
  });

  it('reads Spanish through the catalogue and defaults the limit to five', async () => {
    const found = await call(core, 'customs.hsSuggest', { description: 'Taza de cerámica para café' } as never);
    expect(found.length).toBeLessThanOrEqual(5);
    expect(found[0]!.code).toBe('691200');
    expect(found[0]!.reasons).toContainEqual(expect.objectContaining({ kind: 'catalogue', sku: 'MUG-01' }));
  });

  it('sees a product classified after the last suggestion', async () => {
    const before = await call(core, 'customs.hsSuggest', { description: 'Acme stainless steel vacuum flask', limit: 5 });
    expect(before.flatMap((s) => s.reasons).some((r) => r.kind === 'catalogue')).toBe(false);
    await call(core, 'products.create', {
      product: product('FLASK-1', 'Acme stainless steel vacuum flask 500 ml', '961700', 'Double-walled stainless steel vacuum flask for drinks'),
    });
    const after = await call(core, 'customs.hsSuggest', { description: 'Acme stainless steel vacuum flask', limit: 5 });
    expect(after[0]!.code).toBe('961700');
    expect(after[0]!.reasons).toContainEqual(expect.objectContaining({ kind: 'catalogue', sku: 'FLASK-1' }));
  });

  it('answers [] for a description that says nothing', async () => {
    expect(await call(core, 'customs.hsSuggest', { description: '', limit: 5 })).toEqual([]);
    expect(await call(core, 'customs.hsSuggest', { description: '!!! ??? 500 ml', limit: 5 })).toEqual([]);
  });
});

describe('customs.ports', () => {
  it('finds by code, by name without accents, and within a country', async () => {
    expect((await searchPorts('CNSGH'))[0]).toMatchObject({ code: 'CNSGH', name: 'Shanghai', country: 'CN', functions: expect.arrayContaining(['port']) });
    expect((await searchPorts('koln'))[0]).toMatchObject({ code: 'DECGN', name: 'Köln' });
    const chile = await searchPorts('san antonio', 'CL');
    expect(chile.length).toBeGreaterThan(0);
    expect(chile.every((p) => p.country === 'CL')).toBe(true);
  });
});

describe('hostile input', () => {
  it('is refused by the schema, and neither command writes anything', async () => {
    const hashBefore = await dbHash();
    const refused: [string, unknown][] = [
      ['customs.hsSuggest', { description: 'x'.repeat(501) }],
      ['customs.hsSuggest', { description: 'cotton\u0000tee' }],
      ['customs.hsSuggest', { description: 'cotton \u202etee' }],
      ['customs.hsSuggest', { description: 'tee', limit: 0 }],
      ['customs.hsSuggest', { description: 'tee', limit: 21 }],
      ['customs.hsSuggest', { description: 'tee', limit: 2.5 }],
      ['customs.hsSuggest', { description: 42 }],
      ['customs.hsSuggest', { description: 'tee', sql: 'drop table products' }],
      ['customs.hsSuggest', null],
      ['customs.ports', { query: 'x'.repeat(101) }],
      ['customs.ports', { query: 'shang\u0007hai' }],
      ['customs.ports', { query: 'shanghai', country: 'cn' }],
      ['customs.ports', { query: 'shanghai', country: 'CHN' }],
      ['customs.ports', { query: 'shanghai', limit: 51 }],
      ['customs.ports', { query: ['CNSGH'] }],
      ['customs.ports', { query: 'shanghai', __proto__: { polluted: true }, extra: 1 }],
    ];
    for (const [name, input] of refused) {
      const error = await refusal(core, name, input);
      expect(error.code, `${name} ${JSON.stringify(input)}`).toBe('errors.validation');
    }
    await call(core, 'customs.hsSuggest', { description: "'; drop table products; --", limit: 20 });
    await call(core, 'customs.ports', { query: "' or 1=1 --", country: '', limit: 50 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await dbHash()).toBe(hashBefore);
  });
});
