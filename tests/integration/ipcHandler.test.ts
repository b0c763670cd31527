// The IPC handlers as main registers them, fed foreign senders and malformed inputs, over a real
// core on a temp database: refusals never reach the services, bad input never reaches SQL.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CoreApp, openCore } from '../../electron/core/app';
import { FORBIDDEN, guardedHandler } from '../../electron/main/guardedHandler';

const OWN = ['app://despacho'];
let core: CoreApp;

beforeAll(async () => {
  core = await openCore({ dataDir: mkdtempSync(join(tmpdir(), 'despacho-ipc-')), mode: 'electron', version: 'test' });
});
afterAll(() => core.close());

describe('IPC handler guard', () => {
  const foreign = [
    undefined,
    null,
    { url: '' },
    { url: 'https://evil.example/' },
    { url: 'file:///etc/passwd' },
    { url: 'about:blank' },
    { url: 'app://despacho.evil/' },
    { url: 'app://despacho@evil/' },
    { url: 'http://127.0.0.1:5173/' },
  ];

  it.each(foreign)('refuses sender %j without calling the core', async (frame) => {
    const dispatch = vi.fn(core.dispatch);
    const handler = guardedHandler(dispatch, 'orders.list', OWN);
    expect(await handler({ senderFrame: frame as { url: string } | null }, {})).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers our own page', async () => {
    const result = await guardedHandler(core.dispatch, 'orders.list', OWN)({ senderFrame: { url: 'app://despacho/index.html#/orders' } }, {});
    expect(result).toMatchObject({ ok: true, value: { total: 0, rows: [] } });
  });

  const malformed: [string, unknown][] = [
    ['orders.list', { limit: 10_000 }],
    ['orders.list', { sort: 'id; drop table orders' }],
    ['orders.list', { search: 'x'.repeat(101) }],
    ['orders.list', { extra: 1 }],
    ['orders.get', { id: '1 or 1=1' }],
    ['orders.get', { id: -1 }],
    ['orders.get', null],
    ['orders.create', { order: { orderNumber: 'A', lines: 'all' } }],
    ['orders.create', { order: { __proto__: { polluted: true } } }],
    ['orders.hold', { id: 1, reason: '' }],
    ['orders.confirm', { ids: [] }],
    ['settings.update', { language: 'fr' }],
    ['orders.importCommit', { fileName: '../../etc/passwd', text: 1 }],
  ];

  it.each(malformed)('%s with %j is refused as a validation error and changes nothing', async (name, input) => {
    const before = await core.dispatch('orders.list', {});
    const result = await guardedHandler(core.dispatch, name, OWN)({ senderFrame: { url: 'app://despacho/index.html' } }, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('errors.validation');
    expect(await core.dispatch('orders.list', {})).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a command that is not in the contract', async () => {
    const result = await guardedHandler(core.dispatch, 'db.exec', OWN)({ senderFrame: { url: 'app://despacho/index.html' } }, { sql: 'drop table orders' });
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.unknownCommand' } });
  });

  it('turns an unexpected throw into an internal-error envelope', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await guardedHandler(() => Promise.reject(new Error('boom')), 'orders.list', OWN)({ senderFrame: { url: 'app://despacho/' } }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.internal' } });
    spy.mockRestore();
  });
});
