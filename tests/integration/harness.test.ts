import { mkdirSync, writeFileSync } from 'node:fs';
import { type ClientRequest, type IncomingHttpHeaders, request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { CSP, type Harness, startHarness } from '../../electron/core/web/server';
import { cleanOrder } from '../unit/support/orders';
import { startCore, tempRoot } from './support/core';

const tmp = tempRoot();
const INDEX = '<!doctype html><html><head><title>Despacho test</title></head><body><div id="root"></div></body></html>';
const SECRET = 'top-secret-content-outside-the-build';

let core: CoreApp;
let harness: Harness;
const seenHeaders: IncomingHttpHeaders[] = [];
const openStreams: ClientRequest[] = [];

beforeAll(async () => {
  const staticDir = join(tmp.root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX);
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(tmp.root, 'secret.txt'), SECRET);
  core = await startCore(join(tmp.root, 'data'));
  harness = await startHarness(core, { staticDir });
});

afterAll(async () => {
  for (const req of openStreams) req.destroy();
  await harness?.close();
  await core?.close();
  tmp.cleanup();
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** node:http, because fetch will not let a test set the Host header. */
function send(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: harness.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          seenHeaders.push(res.headers);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  send({
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${harness.token}`, ...headers },
    body: JSON.stringify(input),
  });

describe('browser harness', () => {
  it('listens on 127.0.0.1 and hands out a long random token in the URL', () => {
    expect(harness.url).toBe(`http://127.0.0.1:${harness.port}/?token=${harness.token}`);
    expect(harness.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('GET / serves index.html with a content security policy and safe headers', async () => {
    const r = await send({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toBe(INDEX);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CSP);
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    const js = await send({ path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("app")');
    const head = await send({ method: 'HEAD', path: '/index.html' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('the API needs the token', async () => {
    const none = await send({ method: 'POST', path: '/api/orders.list', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await api('orders.list', {}, { authorization: `Bearer ${'x'.repeat(harness.token.length)}` });
    expect(wrong.status).toBe(401);
    const short = await api('orders.list', {}, { authorization: 'Bearer abc' });
    expect(short.status).toBe(401);
    const scheme = await api('orders.list', {}, { authorization: harness.token });
    expect(scheme.status).toBe(401);
    const inQuery = await send({
      method: 'POST',
      path: `/api/orders.list?token=${harness.token}`,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(inQuery.status).toBe(401);
  });

  it('with the token, answers with the same envelope as IPC', async () => {
    const ok = await api('orders.list', {});
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('application/json');
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { rows: [], total: 0, offset: 0 } });

    const created = JSON.parse((await api('orders.create', { order: cleanOrder({ orderNumber: 'WEB-1' }) })).body);
    expect(created).toEqual({ ok: true, value: { id: expect.any(Number) } });
    const detail = JSON.parse((await api('orders.get', { id: created.value.id })).body);
    expect(detail.value.order.orderNumber).toBe('WEB-1');

    const invalid = JSON.parse((await api('orders.hold', { id: created.value.id, reason: '' })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'errors.validation' } });
    const unknown = JSON.parse((await api('orders.nuke', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'errors.unknownCommand' } });
  });

  it('refuses bodies that are not JSON', async () => {
    const type = await api('orders.list', {}, { 'content-type': 'text/plain' });
    expect(type.status).toBe(415);
    const broken = await send({
      method: 'POST',
      path: '/api/orders.list',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${harness.token}` },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'errors.badRequest' } });
  });

  it('a foreign Host is refused with 421 (DNS rebinding)', async () => {
    const page = await send({ path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
    expect(page.body).not.toContain('Despacho test');
    const call = await api('orders.list', {}, { host: `evil.example:${harness.port}` });
    expect(call.status).toBe(421);
    expect((await send({ path: '/', headers: { host: `localhost:${harness.port}` } })).status).toBe(200);
    expect((await send({ path: '/', headers: { host: `127.0.0.1:${harness.port + 1}` } })).status).toBe(421);
  });

  it('a foreign Origin is refused with 403, even with the token', async () => {
    const r = await api('orders.list', {}, { origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('"ok"');
    const page = await send({ path: '/', headers: { origin: 'http://evil.example' } });
    expect(page.status).toBe(403);
    const events = await send({ path: `/api/events?token=${harness.token}`, headers: { origin: 'null' } });
    expect(events.status).toBe(403);
    const same = await api('orders.list', {}, { origin: `http://127.0.0.1:${harness.port}` });
    expect(same.status).toBe(200);
  });

  it('the API only takes POST', async () => {
    expect((await send({ path: '/api/orders.list', headers: { authorization: `Bearer ${harness.token}` } })).status).toBe(405);
    const preflight = await send({
      method: 'OPTIONS',
      path: '/api/orders.list',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect((await send({ method: 'PUT', path: '/index.html' })).status).toBe(405);
  });

  it.each([
    '/../secret.txt',
    '/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..\\secret.txt',
    '/nothing-here.html',
  ])('GET %s is 404 and reveals nothing outside the build', async (path) => {
    const r = await send({ path });
    expect(r.status).toBe(404);
    expect(r.body).not.toContain(SECRET);
  });

  it('never sends CORS headers', () => {
    expect(seenHeaders.length).toBeGreaterThan(20);
    for (const h of seenHeaders) {
      expect(Object.keys(h).filter((k) => k.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('/api/events needs the token in the query', async () => {
    expect((await send({ path: '/api/events' })).status).toBe(401);
    expect((await send({ path: '/api/events?token=wrong' })).status).toBe(401);
  });

  it('/api/events streams tablesChanged after a write made over HTTP', async () => {
    const received: string[] = [];
    let onData!: () => void;
    const connected = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: harness.port, path: `/api/events?token=${harness.token}`, agent: false }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/event-stream');
        seenHeaders.push(res.headers);
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          received.push(chunk);
          onData?.();
          if (chunk.includes(': connected')) resolve();
        });
      });
      req.on('error', reject);
      req.end();
      openStreams.push(req);
    });
    await connected;
    const waitFor = (test: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event; got ${JSON.stringify(received)}`)), 5000);
        onData = () => {
          if (test()) {
            clearTimeout(timer);
            resolve();
          }
        };
        onData();
      });

    // A read sends nothing.
    await api('orders.list', {});
    const afterRead = received.join('');
    expect(afterRead).not.toContain('tablesChanged');

    const created = await api('orders.create', { order: cleanOrder({ orderNumber: 'WEB-SSE' }) });
    expect(JSON.parse(created.body).ok).toBe(true);
    await waitFor(() => received.join('').includes('tablesChanged'));
    const events = received
      .join('')
      .split('\n\n')
      .filter((block) => block.startsWith('data: '))
      .map((block) => JSON.parse(block.slice(6)));
    expect(events).toEqual([{ type: 'tablesChanged', tables: ['orders', 'order_lines', 'audit_log'] }]);
  });

  it('close() finishes while a browser still holds an event stream, and ends that stream', async () => {
    const second = await startHarness(core, { staticDir: join(tmp.root, 'renderer') });
    let ended!: () => void;
    const streamEnded = new Promise<void>((r) => (ended = r));
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: second.port, path: `/api/events?token=${second.token}` }, (res) => {
        res.on('data', () => resolve());
        res.on('end', () => ended());
        res.on('error', () => ended());
      });
      req.on('error', reject);
      req.end();
      openStreams.push(req);
    });
    // A token from one harness does not open another.
    expect(second.token).not.toBe(harness.token);
    const timeout = new Promise<string>((r) => setTimeout(() => r('timed out'), 3000));
    expect(await Promise.race([second.close().then(() => 'closed'), timeout])).toBe('closed');
    expect(await Promise.race([streamEnded.then(() => 'ended'), timeout])).toBe('ended');
  });
});
