// Small helpers for the benchmark: timing, percentiles, number formatting, peak memory.
import { Worker } from 'node:worker_threads';

export const now = (): number => performance.now();

/** Nearest-rank percentile (p in 0..100) of a list of samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (samples: number[]): number => percentile(samples, 50);

export function ms(value: number, digits = 1): string {
  return `${value.toFixed(digits)} ms`;
}

export function secs(valueMs: number): string {
  return `${(valueMs / 1000).toFixed(2)} s`;
}

export function rate(count: number, elapsedMs: number): number {
  return Math.round(count / (elapsedMs / 1000));
}

export function int(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/**
 * Samples the process RSS from a worker thread, so the peak is seen even while the main thread
 * is busy in a long synchronous step (CSV parse). heapUsed is sampled on the main thread
 * whenever its event loop is free (between database round trips).
 */
export class PeakMemory {
  private worker?: Worker;
  private timer?: NodeJS.Timeout;
  private shared?: Int32Array;
  private rssPeak = 0;
  private heapPeak = 0;

  start(): void {
    this.rssPeak = process.memoryUsage.rss();
    this.heapPeak = process.memoryUsage().heapUsed;
    const shared = new Int32Array(new SharedArrayBuffer(8));
    this.shared = shared;
    this.worker = new Worker(
      `const { workerData } = require('node:worker_threads');
       const a = workerData;
       setInterval(() => {
         const mb = Math.round(process.memoryUsage.rss() / 1048576);
         if (mb > Atomics.load(a, 0)) Atomics.store(a, 0, mb);
       }, 25);`,
      { eval: true, workerData: shared },
    );
    this.worker.unref();
    this.timer = setInterval(() => {
      this.heapPeak = Math.max(this.heapPeak, process.memoryUsage().heapUsed);
    }, 50);
    this.timer.unref();
  }

  async stop(): Promise<{ rss: number; heapUsed: number }> {
    clearInterval(this.timer);
    this.heapPeak = Math.max(this.heapPeak, process.memoryUsage().heapUsed);
    const rssMb = this.shared ? Atomics.load(this.shared, 0) : 0;
    await this.worker?.terminate();
    return { rss: Math.max(this.rssPeak, rssMb * 1048576), heapUsed: this.heapPeak };
  }
}

/** Prints rows as an aligned text table (first column left, the others right-aligned). */
export function printTable(title: string, head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}
