// The HTTP harness's JSON endpoint under arbitrary bodies: it answers with an envelope (200) or a
// 4xx, never a 500, and keeps serving. Seedable: FUZZ_SEED, FUZZ_RUNS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { type Harness, startHarness } from '../../electron/core/web/server';
import { COMMAND_NAMES } from '../../shared/api/commands';
import { fuzz } from '../hostile/fuzz';
import { startCore, tempRoot } from './support/core';

const tmp = tempRoot();
let core: CoreApp;
let harness: Harness;

beforeAll(async () => {
  const staticDir = join(tmp.root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  core = await startCore(join(tmp.root, 'data'));
  harness = await startHarness(core, { staticDir });
});

afterAll(async () => {
  await harness?.close();
  await core?.close();
  tmp.cleanup();
});

interface Reply {
  status: number;
  body: string;
}

function post(path: string, body: Buffer | string, contentType = 'application/json'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: harness.port,
        method: 'POST',
        path,
        agent: false,
        headers: {
          host: `127.0.0.1:${harness.port}`,
          authorization: `Bearer ${harness.token}`,
          'content-type': contentType,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** 200 with an envelope, or a 4xx with a message: never a 500, and the envelope is never internal. */
function expectAnswered(reply: Reply, what: string) {
  expect(reply.status, `${what}: ${reply.body.slice(0, 300)}`).toBeLessThan(500);
  if (reply.status === 200) {
    const envelope = JSON.parse(reply.body) as { ok: boolean; error?: { code: string } };
    expect(typeof envelope.ok).toBe('boolean');
    if (!envelope.ok) expect(envelope.error?.code, what).not.toBe('errors.internal');
  } else {
    expect(reply.status).toBeGreaterThanOrEqual(400);
  }
}

// Commands that write or replace data are left out of the random part: a random valid body for
// backups.restore or demo.load would change the database the other runs use, which is allowed.
const SAFE = COMMAND_NAMES.filter((n) => n !== 'backups.restore' && n !== 'backups.create' && n !== 'demo.load');
const name = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SAFE) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('nope', '__proto__', 'constructor', 'toString', 'orders.__proto__', '..%2F..%2Fetc', '%E0%A4%A', '%00', 'orders.list/extra'),
  },
);

describe('harness JSON bodies', () => {
  it('arbitrary JSON (prototype keys included) to any command: an envelope or a 4xx', async () => {
    const json = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"v":${JSON.stringify(v)}}`),
      fc.record({ fileName: fc.string(), text: fc.string(), mapping: fc.dictionary(fc.string(), fc.string()) }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(name, json, async (n, body) => {
        expectAnswered(await post(`/api/${n}`, body), `${n} ${body.slice(0, 100)}`);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      fuzz(200),
    );
  });

  it('arbitrary bytes (not JSON, not UTF-8) as a body: 400, not a crash', async () => {
    await fc.assert(
      fc.asyncProperty(name, fc.uint8Array({ maxLength: 200 }), async (n, bytes) => {
        expectAnswered(await post(`/api/${n}`, Buffer.from(bytes)), `${n} ${Buffer.from(bytes).toString('hex').slice(0, 60)}`);
      }),
      fuzz(150),
    );
  });

  it.each([
    ['deeply nested arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['deeply nested objects', '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000)],
    ['duplicate keys', '{"fileName":"a.csv","fileName":"b.csv","text":"x"}'],
    ['a lone surrogate escaped', '{"fileName":"\\ud800.csv","text":""}'],
    ['NUL escaped in a file name', '{"fileName":"a\\u0000.csv","text":""}'],
    ['a number too big for a double', '{"id":1e400}'],
    ['a huge integer id', '{"id":123456789012345678901234567890}'],
    ['negative zero id', '{"id":-0}'],
    ['an empty body', ''],
    ['null', 'null'],
    ['a string', '"orders"'],
    ['truncated JSON', '{"fileName":"a.csv","text":"abc'],
    ['a BOM before the JSON', '\uFEFF{}'],
    ['4 MB of text in a file name', `{"fileName":"${'a'.repeat(4 << 20)}","text":""}`],
  ])('%s', async (_what, body) => {
    for (const n of ['orders.importPreview', 'orders.get', 'orders.list', 'settings.update']) expectAnswered(await post(`/api/${n}`, body), `${n}`);
  });

  it('refuses a body that is not declared JSON with 415, and still serves afterwards', async () => {
    expect((await post('/api/app.info', '{}', 'text/plain')).status).toBe(415);
    const after = await post('/api/app.info', '{}');
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toMatchObject({ ok: true });
  });
});
