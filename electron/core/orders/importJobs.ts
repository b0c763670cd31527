// Imports that are running, by the job id the screen gave them, so the user can cancel one.
// A cancelled import stops at its next check: between two orders while the file is checked, or
// between two chunks while writing, where the transaction is rolled back and nothing stays.
const running = new Map<string, { cancelled: boolean }>();

export interface ImportJob {
  isCancelled(): boolean;
  finish(): void;
}

export function startImportJob(jobId: string | undefined): ImportJob {
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
export function cancelImportJob(jobId: string): boolean {
  const state = running.get(jobId);
  if (!state) return false;
  state.cancelled = true;
  return true;
}
