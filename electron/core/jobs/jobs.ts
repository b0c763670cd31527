// The one runner of long jobs (imports today; batch exports and printing next): each job runs
// under the id the screen gave it, so the screen can follow its progress and the user can cancel
// it. A cancelled job stops at its next check: between two records while a file is checked, or
// between two chunks while writing, where the transaction is rolled back and nothing stays.
import type { AppEvent } from '../../../shared/api/commands';
import { ImportCancelledError, type ParseProgress } from '../../../shared/import/steps';
import { AppError } from '../api/errors';

const running = new Map<string, { cancelled: boolean }>();

export interface Job {
  isCancelled(): boolean;
  finish(): void;
}

export function startJob(jobId: string | undefined): Job {
  if (!jobId) return { isCancelled: () => false, finish: () => undefined };
  const state = { cancelled: false };
  running.set(jobId, state);
  return {
    isCancelled: () => state.cancelled,
    finish: () => {
      if (running.get(jobId) === state) running.delete(jobId);
    },
  };
}

/** True when the job was running and will stop; false when it had already finished. */
export function cancelJob(jobId: string): boolean {
  const state = running.get(jobId);
  if (!state) return false;
  state.cancelled = true;
  return true;
}

export const importCancelled = () =>
  new AppError('errors.importCancelled', 'The import was cancelled; nothing was written. Start it again when you are ready.');

/** Runs one step of a job (an import's preview or commit, say) as a cancellable job under the screen's job id. */
export async function runAsJob<T>(jobId: string | undefined, run: (job: Job) => Promise<T>): Promise<T> {
  const job = startJob(jobId);
  try {
    return await run(job);
  } finally {
    job.finish();
  }
}

type CheckHooks = { isCancelled: () => boolean; onProgress: (p: ParseProgress) => void };

/** Checks a file with a parser that reports progress and stops on cancel; a cancel becomes the user's message. */
export async function checkFile<T>(jobId: string | undefined, job: Job, emit: (event: AppEvent) => void, parse: (hooks: CheckHooks) => Promise<T>): Promise<T> {
  try {
    return await parse({
      isCancelled: job.isCancelled,
      onProgress: ({ done, total }) => jobId && emit({ type: 'progress', jobId, done, total, phase: 'checking' }),
    });
  } catch (err) {
    if (err instanceof ImportCancelledError) throw importCancelled();
    throw err;
  }
}
