// The harness serves a shown document once, at its unguessable address, without the token but
// with the document's own policy, sandboxed; anything else under /documents/ is a 404.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { type Harness, startHarness } from '../../electron/core/web/server';
import { seedPickList } from './documentsSeed';
import { startCore, tempRoot } from './support/core';

const tmp = tempRoot();
let core: CoreApp;
let harness: Harness;
let pickListId: number;

beforeAll(async () => {
  const staticDir = join(tmp.root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  core = await startCore(join(tmp.root, 'data'));
  harness = await startHarness(core, { staticDir });
  pickListId = (await seedPickList(core.db)).pickListId;
});

afterAll(async () => {
  await harness?.close();
  await core?.close();
  tmp.cleanup();
});

const base = () => `http://127.0.0.1:${harness.port}`;

async function printPickList(): Promise<string> {
  const res = await fetch(`${base()}/api/documents.pickList`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${harness.token}` },
    body: JSON.stringify({ pickListId, paper: 'A4' }),
  });
  const envelope = (await res.json()) as { ok: boolean; value: { url: string } };
  expect(envelope.ok).toBe(true);
  return envelope.value.url;
}

describe('documents in the browser harness', () => {
  it('answers with a one-off address served with the document policy and sandbox', async () => {
    const url = await printPickList();
    expect(url).toMatch(/^\/documents\/[A-Za-z0-9_-]{22}$/);
    const res = await fetch(base() + url); // no token: a new tab cannot send one
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('PL-2026-0001');
  });

  it('gives each print its own address and 404s for unknown ids', async () => {
    const [a, b] = [await printPickList(), await printPickList()];
    expect(a).not.toBe(b);
    for (const path of ['/documents/AAAAAAAAAAAAAAAAAAAAAA', '/documents/', '/documents/%2e%2e%2findex.html']) {
      const res = await fetch(base() + path);
      expect(res.status, path).toBe(404);
    }
  });

  it('still refuses document commands without the token', async () => {
    const res = await fetch(`${base()}/api/documents.pickList`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pickListId, paper: 'A4' }),
    });
    expect(res.status).toBe(401);
  });
});
