// Running a parser written as a generator (it yields its progress every so often) either in one
// go, or giving the event loop back so progress reaches the screen and a cancel can stop it.

/** How far the check of a file has come. */
export interface ParseProgress {
  done: number;
  total: number;
}

export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled.');
  }
}

export function runSteps<R>(steps: Generator<ParseProgress, R, void>): R {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Yields to the event loop every few dozen milliseconds; throws ImportCancelledError when asked to stop. */
export async function runStepsAsync<R>(
  steps: Generator<ParseProgress, R, void>,
  hooks: { onProgress?: (p: ParseProgress) => void; isCancelled?: () => boolean } = {},
): Promise<R> {
  let last = Date.now();
  let step = steps.next();
  while (!step.done) {
    if (Date.now() - last > 40) {
      hooks.onProgress?.(step.value);
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = Date.now();
    }
    if (hooks.isCancelled?.()) throw new ImportCancelledError();
    step = steps.next();
  }
  return step.value;
}
