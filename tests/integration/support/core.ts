// Helpers for the integration tests: a core on a fresh temp folder, typed calls, table counts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type QueryExecutorProvider, sql } from 'kysely';
import type { AppErrorShape, AppEvent, CommandName } from '../../../shared/api/commands';
import type { CommandInput, CommandResult } from '../../../shared/api/contract';
import { type CoreApp, type CoreOptions, openCore } from '../../../electron/core/app';
import type { DocumentHost, RenderedDocument } from '../../../electron/core/documents/host';

/** One temp root per test file; each core gets its own sub-folder. Remove with `cleanup`. */
export function tempRoot() {
  const root = mkdtempSync(join(tmpdir(), 'despacho-'));
  let n = 0;
  return {
    root,
    next: () => join(root, `case-${++n}`),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function startCore(dataDir: string, extra: Partial<Omit<CoreOptions, 'dataDir'>> = {}): Promise<CoreApp> {
  return openCore({ dataDir, mode: 'web', version: '0.0.0-test', osUser: 'tester', documents: recordingDocumentHost().host, ...extra });
}

/** A document host that keeps what it was asked to show, for tests to read. */
export function recordingDocumentHost(): { host: DocumentHost; shown: RenderedDocument[] } {
  const shown: RenderedDocument[] = [];
  return { shown, host: { show: async (doc) => (shown.push(doc), { url: `/documents/test-${shown.length}` }) } };
}

export async function call<K extends CommandName>(core: CoreApp, name: K, input: CommandInput<K>): Promise<CommandResult<K>> {
  const envelope = await core.dispatch(name, input);
  if (!envelope.ok) throw new Error(`${name} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as CommandResult<K>;
}

/** Runs a command that must fail and returns its error. */
export async function refusal(core: CoreApp, name: string, input: unknown): Promise<AppErrorShape> {
  const envelope = await core.dispatch(name, input);
  if (envelope.ok) throw new Error(`${name} was expected to fail but returned ${JSON.stringify(envelope.value)}`);
  return envelope.error;
}

export const TABLES = ['orders', 'order_lines', 'audit_log', 'settings', 'imports'] as const;

export async function counts(db: QueryExecutorProvider): Promise<Record<(typeof TABLES)[number], number>> {
  const out = {} as Record<(typeof TABLES)[number], number>;
  for (const t of TABLES) {
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(db);
    out[t] = Number(r.rows[0]!.n);
  }
  return out;
}

export function recordEvents(core: CoreApp) {
  const events: AppEvent[] = [];
  const off = core.onEvent((e) => events.push(e));
  return { events, off, clear: () => events.splice(0, events.length) };
}
