// The hostile corpus and product/stock-specific hostile files driven through the catalogue and
// stock-count imports on a real database: every answer is an envelope (never errors.internal),
// a refused commit leaves the data file byte-for-byte as it was, and nothing hostile is stored.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import type { Envelope } from '../../shared/api/commands';
import { decodeCsvBytes } from '../../shared/import/encoding';
import { CORPUS } from '../hostile/corpus';
import { call, startCore, tempRoot } from './support/core';

const FILES = join(__dirname, '../hostile/files');
const PRODUCTS = readFileSync(join(__dirname, '../fixtures/products.csv'), 'utf8');
const PRODUCT_HEADER = PRODUCTS.split('\n')[0]!;
const STOCK_HEADER = 'SKU,Warehouse,Zone,Bin,Walk order,Quantity';
const tmp = tempRoot();
afterAll(() => tmp.cleanup());

let core: CoreApp;
beforeEach(async () => {
  core = await startCore(tmp.next());
  await call(core, 'products.importCommit', { fileName: 'products.csv', text: PRODUCTS });
});
afterEach(async () => {
  await core.close();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

async function dbHash(): Promise<string> {
  await core.idle();
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(core.db);
  const wal = `${core.dataFile}-wal`;
  expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  return createHash('sha256').update(readFileSync(core.dataFile)).digest('hex');
}

async function dispatch(name: string, input: unknown): Promise<Envelope<unknown>> {
  const envelope = await core.dispatch(name, input);
  if (!envelope.ok) expect(envelope.error.code, envelope.error.message).not.toBe('errors.internal');
  return envelope;
}

/** Preview, then commit; a refused commit must not change one byte of the data file. */
async function drive(kind: 'products' | 'stock', fileName: string, text: string): Promise<Envelope<unknown>> {
  await dispatch(`${kind}.importPreview`, { fileName, text });
  const before = await dbHash();
  const commit = await dispatch(`${kind}.importCommit`, { fileName, text });
  if (!commit.ok) expect(await dbHash()).toBe(before);
  return commit;
}

describe('the committed hostile corpus through the product and stock imports', () => {
  for (const c of CORPUS) {
    it(`${c.file}: a clear answer, and a refusal changes nothing`, async () => {
      const { text } = decodeCsvBytes(new Uint8Array(readFileSync(join(FILES, c.file))));
      await drive('products', c.file, text);
      await drive('stock', c.file, text);
    });
  }
});

describe('hostile product and stock files', () => {
  const product = (over: Record<number, string>) => {
    const cells = PRODUCTS.split('\n')[1]!
      .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
      .map((c) => c.replace(/,$/, ''));
    for (const [i, v] of Object.entries(over)) cells[Number(i)] = v;
    return `${PRODUCT_HEADER}\n${cells.join(',')}\n`;
  };

  it('markup and control characters in names are stored as text or refused, never run', async () => {
    const commit = await drive('products', 'markup.csv', product({ 0: 'XSS-1', 1: '"<img src=x onerror=alert(1)>"', 12: '' }));
    expect(commit.ok).toBe(true);
    const row = await core.db.selectFrom('products').select('name').where('sku', '=', 'XSS-1').executeTakeFirstOrThrow();
    expect(row.name).toBe('<img src=x onerror=alert(1)>');
    const control = await drive('products', 'control.csv', product({ 0: 'CTL-1', 1: 'Bad\u0007name\u202E', 12: '' }));
    expect(control.ok).toBe(false);
  });

  it('extreme weights and values are refused by row, nothing written', async () => {
    for (const [i, v] of [
      [8, '-1'],
      [9, '1e308'],
      [10, 'NaN'],
      [8, '0.00001'],
      [10, '99999999999999999999999'],
    ] as const) {
      const commit = await drive('products', 'extreme.csv', product({ 0: `EXT-${i}`, [i]: v, 12: '' }));
      expect(commit.ok, `${i}=${v}`).toBe(false);
    }
    expect(await core.db.selectFrom('products').select('sku').where('sku', 'like', 'EXT-%').execute()).toEqual([]);
  });

  it('stock counts with formulas, extreme or negative quantities and unknown SKUs write nothing; markup stays text', async () => {
    const files = [
      `${STOCK_HEADER}\n=HYPERLINK("x"),MAIN,A,A-1,1,5\n`,
      `sku,__proto__,constructor,quantity,bin\nAK-PB10K,x,y,5,A-1\n`,
      `${STOCK_HEADER}\nAK-PB10K,MAIN,A,A-1,1,-5\n`,
      `${STOCK_HEADER}\nAK-PB10K,MAIN,A,A-1,1,1e308\n`,
      `${STOCK_HEADER}\nAK-PB10K,MAIN,A,A-1,1,NaN\n`,
      `${STOCK_HEADER}\nNOT-A-SKU,MAIN,A,A-1,1,5\n`,
      `${STOCK_HEADER}\nAK-PB10K,MAIN,A,"<script>alert(1)</script>",1,5\n`,
    ];
    for (const text of files) await drive('stock', 'count.csv', text);
    const movements = await core.db
      .selectFrom('stock_movements')
      .innerJoin('locations', 'locations.id', 'stock_movements.location_id')
      .select(['locations.bin_code', 'stock_movements.qty_milli'])
      .execute();
    // Only the prototype-named extra columns (ignored) and the markup bin (kept as plain text, shown
    // escaped everywhere) may write, 5 units each; nothing formula-like, negative or extreme.
    expect(movements.map((m) => [m.bin_code, m.qty_milli]).sort()).toEqual([
      ['<script>alert(1)</script>', 5000],
      ['A-1', 5000],
    ]);
  });
});
