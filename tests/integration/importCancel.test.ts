// Cancelling a long import: while the file is checked, and while orders are being written (the
// transaction is rolled back). Either way nothing is written and the user is told so.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import type { AppEvent } from '../../shared/api/commands';
import { generateOrdersCsv } from '../bench/generate';
import { call, counts, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
let core: CoreApp;
const CSV = generateOrdersCsv(6000, 3);

beforeEach(async () => {
  core = await startCore(tmp.next());
});
afterEach(() => core.close());

/** Starts an import and cancels it at the first progress event of the given phase. */
async function cancelDuring(phase: 'checking' | 'writing', command: 'orders.importCommit' | 'orders.importPreview') {
  const jobId = `job-${phase}-${command.length}`;
  const seen: AppEvent[] = [];
  let cancelled: Promise<{ ok: boolean; value?: unknown }> | undefined;
  const stop = core.onEvent((event) => {
    seen.push(event);
    if (!cancelled && event.type === 'progress' && event.phase === phase && event.done > 0) {
      cancelled = core.dispatch('orders.importCancel', { jobId }) as Promise<{ ok: boolean; value?: unknown }>;
    }
  });
  const result = await core.dispatch(command, { fileName: 'big.csv', text: CSV, channel: 'bench', jobId });
  stop();
  return { result, cancelled: await cancelled, seen };
}

describe('cancelling an import', () => {
  it('stops while the orders are being checked, and writes nothing', async () => {
    const before = await counts(core.db);
    const { result, cancelled } = await cancelDuring('checking', 'orders.importCommit');
    expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.importCancelled' } });
    expect(await counts(core.db)).toEqual(before);
  });

  it('stops while writing and rolls back what was already written', async () => {
    const before = await counts(core.db);
    const { result, seen } = await cancelDuring('writing', 'orders.importCommit');
    // At least one chunk was written (and reported) before the cancel took effect.
    expect(seen.some((e) => e.type === 'progress' && e.phase === 'writing' && e.done > 0)).toBe(true);
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.importCancelled' } });
    expect(await counts(core.db)).toEqual(before);
  });

  it('stops a preview too', async () => {
    const { result } = await cancelDuring('checking', 'orders.importPreview');
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.importCancelled' } });
  });

  it('says so when the job has already finished', async () => {
    await call(core, 'orders.importCommit', { fileName: 'small.csv', text: generateOrdersCsv(3, 1), channel: 'x', jobId: 'done-job' });
    expect(await call(core, 'orders.importCancel', { jobId: 'done-job' })).toEqual({ cancelled: false });
    expect((await counts(core.db)).orders).toBe(3);
  });
});
