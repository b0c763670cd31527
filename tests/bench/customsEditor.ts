// `npm run bench` (the document editor in Chromium): opening a 200-item export declaration in the
// editor, then typing into one of its item fields: input-to-paint per keystroke (keydown to the
// frame after it), with the Event Timing API's durations beside it. The data folder is made with
// a core in this process, then served by the browser harness as `npm run web` does.
// Needs the renderer build (npm run web / electron-vite build) and Chromium (tests/browser finds it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { openCore } from '../../electron/core/app';
import { moveOrders } from '../../electron/core/orders/workflow';
import { findBrowser, machineProbes } from '../browser/findBrowser';
import { HarnessProcess } from '../e2e/harness';
import { FULL_PROFILE } from '../integration/customs/packedOrders';
import { TEST_STAMP } from '../support/stamp';
import { seedWarehouse } from '../support/warehouse';
import { median, ms, percentile, printTable } from './stats';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 200);
const KEYS = 40;
const PAINT_TARGET_MS = 50;

async function makeData(dir: string): Promise<number> {
  const core = await openCore({ dataDir: dir, mode: 'web', version: 'bench', osUser: 'bench' });
  try {
    const ok = async (name: string, input: unknown) => {
      const env = await core.dispatch(name, input);
      if (!env.ok) throw new Error(`${name}: ${env.error.message}`);
      return env.value as never;
    };
    await ok('settings.update', { actor: 'Bench' });
    await ok('demo.dismiss', {});
    await ok('company.update', FULL_PROFILE);
    const seeded = await seedWarehouse(core.db, { products: ITEMS, orders: 1, linesPerOrder: ITEMS });
    await core.db.transaction().execute(async (trx) => {
      for (const action of ['startPicking', 'finishPicking', 'pack'] as const) await moveOrders(trx, seeded.orderIds, action, TEST_STAMP);
    });
    const { id } = (await ok('customs.create', { type: 'declaration', orderIds: seeded.orderIds, lang: 'en' })) as { id: number };
    return id;
  } finally {
    await core.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'despacho-bench-editor-'));
  const id = await makeData(dir);
  const harness = new HarnessProcess(dir);
  const url = new URL(await harness.start());
  const found = findBrowser(machineProbes(), { install: false });
  if (!found.ok) throw new Error(found.message);
  const executablePath = found.path;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    url.hash = `#/customs/documents/${id}`;
    const t0 = Date.now();
    await page.goto(url.toString());
    const field = page.locator(`[id="items.${ITEMS - 1}.quantity"]`);
    await field.waitFor({ state: 'attached', timeout: 60_000 });
    const openMs = Date.now() - t0;

    await page.evaluate(() => {
      const w = window as unknown as { __paint: number[]; __events: number[] };
      w.__paint = [];
      w.__events = [];
      document.addEventListener(
        'keydown',
        () => {
          const start = performance.now();
          requestAnimationFrame(() => setTimeout(() => w.__paint.push(performance.now() - start), 0));
        },
        { capture: true },
      );
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'keydown' || e.name === 'keypress' || e.name === 'input') w.__events.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    });
    const target = page.locator(`[id="items.${Math.floor(ITEMS / 2)}.description"]`);
    await target.scrollIntoViewIfNeeded();
    await target.click();
    await page.keyboard.press('End');
    for (let i = 0; i < KEYS; i++) await page.keyboard.type(i % 2 ? 'a' : 'b', { delay: 30 });
    await page.waitForTimeout(500);
    const { paint, events } = await page.evaluate(() => {
      const w = window as unknown as { __paint: number[]; __events: number[] };
      return { paint: w.__paint, events: w.__events };
    });
    printTable(
      `Document editor in Chromium (${ITEMS}-item declaration)`,
      ['measure', 'figure', 'target'],
      [
        ['open the editor (navigate to last item rendered)', ms(openMs, 0), ''],
        [`input-to-paint over ${paint.length} keystrokes, median`, ms(median(paint)), ''],
        ['input-to-paint, p95', ms(percentile(paint, 95)), `< ${PAINT_TARGET_MS} ms`],
        ['Event Timing entries over 16 ms', String(events.length), ''],
        ['  their longest', events.length ? ms(Math.max(...events)) : '-', ''],
      ],
    );
  } finally {
    await browser.close();
    await harness.stop();
    if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
