// Test fixture that owns the app's state: a temp data folder per test, the browser harness
// started as its own process (as `npm run web` does), a readiness marker and a graceful stop.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';

const ROOT = resolve(__dirname, '../..');

export class HarnessProcess {
  url = '';
  private child?: ChildProcess;
  constructor(readonly dataDir: string) {}

  async start(): Promise<string> {
    const tsxCli = require.resolve('tsx/cli');
    this.child = spawn(process.execPath, [tsxCli, join(ROOT, 'electron/core/web/cli.ts'), '--data-dir', this.dataDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DESPACHO_DATA_DIR: this.dataDir },
    });
    let output = '';
    this.url = await new Promise<string>((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`Harness did not start:\n${output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const m = /Open this address in your browser: (\S+)/.exec(output);
        if (m && output.includes('DESPACHO_READY')) {
          clearTimeout(timer);
          resolvePromise(m[1]!);
        }
      };
      this.child!.stdout!.on('data', onData);
      this.child!.stderr!.on('data', onData);
      this.child!.on('exit', (code) => reject(new Error(`Harness exited with ${code}:\n${output}`)));
    });
    return this.url;
  }

  /** Calls a command the way the page does (POST /api/<name> with the token), for set-up steps. */
  async call(name: string, input: unknown): Promise<unknown> {
    const url = new URL(this.url);
    const res = await fetch(new URL(`/api/${name}`, url), {
      method: 'POST',
      headers: { authorization: `Bearer ${url.searchParams.get('token')}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const envelope = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (!envelope.ok) throw new Error(`${name} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      // A harness that does not stop within 10 s is a bug, but must not hang the suite.
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      child.kill('SIGTERM');
    });
    this.child = undefined;
  }
}

/**
 * `harness`: a fresh data folder whose user has already given their name (the first-start
 * question is answered, as on any machine after its first day). `newHarness`: a first start.
 */
export const test = base.extend<{ harness: HarnessProcess; newHarness: HarnessProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring; {} (none) is its required form
  harness: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'despacho-e2e-'));
    const harness = new HarnessProcess(dir);
    await harness.start();
    await harness.call('settings.update', { actor: 'E2E Clerk' });
    await use(harness);
    await harness.stop();
    rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring; {} (none) is its required form
  newHarness: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'despacho-e2e-'));
    const harness = new HarnessProcess(dir);
    await harness.start();
    await use(harness);
    await harness.stop();
    rmSync(dir, { recursive: true, force: true });
  },
});
export { expect } from '@playwright/test';
