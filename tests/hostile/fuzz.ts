// Shared fast-check settings: a run is reproducible from the seed it prints on failure.
//   FUZZ_SEED=1234 npx vitest run tests/unit/fuzz.orderCsv.test.ts   # replay one seed
//   FUZZ_RUNS=5000 npx vitest run tests/unit/fuzz.*                   # a longer run
import type fc from 'fast-check';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const scale = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;

/** Parameters for fc.assert: `runs` by default (kept small for 2 busy cores), FUZZ_RUNS overrides. */
export function fuzz<T>(runs: number, extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns: scale ?? runs, ...(seed !== undefined ? { seed } : {}), ...extra };
}
