// A big import, generated at test time into a temp folder: ~30 MB by default (HOSTILE_MB=<n> to
// change), 100 MB with HOSTILE_BIG=1. One order in 1000 is bad. Preview, a refused commit (data
// file unchanged) and an onlyValid commit must all work; time and peak RSS are printed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/api/types';
import { decodeCsvBytes } from '../../shared/import/encoding';
import { writeBigCsv } from '../hostile/generate';
import { call, counts, startCore, tempRoot } from './support/core';

const MB = process.env.HOSTILE_BIG === '1' ? 100 : Number(process.env.HOSTILE_MB ?? 30);
const BAD_EVERY = 1000;
const tmp = tempRoot();
afterAll(() => tmp.cleanup());

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const rssMb = () => Math.round(process.memoryUsage().rss / 1048576);

it(`a ${MB} MB import: preview, refused commit, onlyValid commit`, { timeout: MB * 12_000 }, async () => {
  const figures: Record<string, string> = {};
  const timed = async <T>(label: string, fn: () => Promise<T> | T): Promise<T> => {
    const started = Date.now();
    const value = await fn();
    figures[label] = `${((Date.now() - started) / 1000).toFixed(1)} s, rss ${rssMb()} MB, peak ${peakMb()} MB`;
    return value;
  };

  const file = join(tmp.root, 'big.csv');
  const info = await timed('generate', () => writeBigCsv(file, MB * 1024 * 1024, { badEvery: BAD_EVERY }));
  const bad = Math.ceil(info.orders / BAD_EVERY);
  // As the renderer reads it: bytes, then decodeCsvBytes.
  const decoded = await timed('read + decode', () => decodeCsvBytes(new Uint8Array(readFileSync(file))));
  expect(decoded).toMatchObject({ encoding: 'utf-8', replacementCharacters: 0 });
  const input = { fileName: 'big.csv', text: decoded.text };

  const core = await startCore(join(tmp.root, 'data'));
  try {
    const preview = await timed('preview', async () => {
      const envelope = await core.dispatch('orders.importPreview', input);
      expect(envelope.ok).toBe(true);
      return (envelope as { ok: true; value: ImportPreview }).value;
    });
    expect(preview.rowCount).toBe(info.rows);
    expect(preview.counts).toEqual({ new: info.orders - bad, existing: 0, conflict: 0, invalid: bad });
    expect(preview.errors.length).toBeLessThanOrEqual(1000);

    const hash = async () => {
      await core.idle();
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(core.db);
      return createHash('sha256').update(readFileSync(core.dataFile)).digest('hex');
    };
    const before = await hash();
    const refused = await timed('commit (refused)', () => core.dispatch('orders.importCommit', input));
    expect(refused).toMatchObject({ ok: false, error: { code: 'errors.importHasErrors', params: { invalid: bad } } });
    expect(await hash()).toBe(before);

    const outcome = await timed('commit (onlyValid)', () => call(core, 'orders.importCommit', { ...input, onlyValid: true }));
    expect(outcome).toMatchObject({ created: info.orders - bad, rejected: bad, existing: 0 });
    expect(await counts(core.db)).toMatchObject({ orders: info.orders - bad, imports: 1 });
  } finally {
    await core.close();
    console.log(
      `hostile big import: ${(info.bytes / 1048576).toFixed(1)} MB, ${info.rows} rows, ${info.orders} orders (${bad} bad)\n` +
        Object.entries(figures)
          .map(([k, v]) => `  ${k.padEnd(20)} ${v}`)
          .join('\n'),
    );
  }
});
