// `npm run bench` (second part): steps 2 and 3 at warehouse scale. 10,000 products with stock,
// 1,000 confirmed orders of 3 lines planned as one wave, every line picked and packed through the
// services, and the stock figures the screens ask for, timed on a real SQLite file.
// BENCH_PRODUCTS / BENCH_WAVE change the sizes; BENCH_KEEP=1 keeps the temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core/app';
import { productFigures } from '../../electron/core/inventory/balances';
import { planWave } from '../../electron/core/picking/planService';
import { pickLine } from '../../electron/core/picking/pickService';
import { seedWarehouse } from '../support/warehouse';
import { int, median, ms, now, percentile, printTable, secs } from './stats';
import { TEST_STAMP } from '../support/stamp';

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const WAVE = Number(process.env.BENCH_WAVE ?? 1_000);
const WAVE_TARGET_MS = 1000;
const FIGURE_TARGET_MS = 50;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = now();
  const value = await fn();
  return [value, now() - t0];
}

async function samples(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = now();
    await fn(i);
    out.push(now() - t0);
  }
  return out;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'despacho-bench-wh-'));
  console.log(`\nWarehouse bench: ${int(PRODUCTS)} products, a wave of ${int(WAVE)} orders x 3 lines; data in ${dir}`);
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const core = await openCore({ dataDir: dir, mode: 'web', version: 'bench' });
  const call = async (name: string, input: unknown) => {
    const env = await core.dispatch(name, input);
    if (!env.ok) throw new Error(`${name}: ${env.error.message}`);
    return env.value as never;
  };
  try {
    // Each product in two bins, 2,000 bins: what a mid-size cross-border shop keeps.
    const [seeded, seedMs] = await timed(() =>
      seedWarehouse(core.db, { products: PRODUCTS, bins: 2000, binsPerProduct: 2, stockPerProduct: 50, orders: WAVE, linesPerOrder: 3 }),
    );
    console.log(`seeded in ${secs(seedMs)} (products, bins, ${int(PRODUCTS * 2)} receipts, ${int(WAVE)} reserved orders)`);

    const [plan, planMs] = await timed(() => planWave(core.db, { orderIds: seeded.orderIds, containerMode: 'perOrder' }, TEST_STAMP));
    const listId = plan.pickList!.id;
    console.log(
      `wave planned: ${int(plan.pickList!.lineCount)} pick lines for ${int(plan.planned.length)} orders in ${ms(planMs)} (target < ${WAVE_TARGET_MS} ms: ${planMs < WAVE_TARGET_MS ? 'pass' : 'FAIL'})`,
    );

    const lines = await core.db
      .selectFrom('pick_list_lines as l')
      .innerJoin('locations as b', 'b.id', 'l.location_id')
      .innerJoin('products as p', 'p.id', 'l.product_id')
      .select(['l.id', 'l.qty_milli', 'l.container', 'b.bin_code', 'p.sku'])
      .where('l.pick_list_id', '=', listId)
      .orderBy('l.seq')
      .execute();
    const pickTimes = await samples(lines.length, (i) => {
      const l = lines[i]!;
      return pickLine(
        core.db,
        { lineId: l.id, quantity: String(l.qty_milli / 1000), container: l.container, binCode: l.bin_code, productCode: l.sku },
        TEST_STAMP,
      );
    });
    const pickTotal = pickTimes.reduce((a, b) => a + b, 0);
    console.log(
      `picked ${int(lines.length)} lines in ${secs(pickTotal)}: median ${ms(median(pickTimes))}, p95 ${ms(percentile(pickTimes, 95))} per scan-confirmed line`,
    );

    // Packing through the same commands the pack station sends: open, scan each line, weigh, finish.
    const packTimes: number[] = [];
    for (const orderId of seeded.orderIds) {
      const t0 = now();
      const parcel = (await call('packing.openParcel', { orderId, presetId: 1 })) as { id: number };
      const station = (await call('packing.station', { orderId })) as { lines: { sku: string; left: string }[] };
      for (const l of station.lines) await call('packing.scanItem', { parcelId: parcel.id, code: l.sku, quantity: l.left });
      const after = (await call('packing.station', { orderId })) as { parcels: { id: number; computedGrossKg: string }[] };
      await call('packing.closeParcel', { parcelId: parcel.id, grossKg: after.parcels.find((p) => p.id === parcel.id)!.computedGrossKg });
      await call('packing.finish', { orderId });
      packTimes.push(now() - t0);
    }
    const packed = await core.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'packed')
      .executeTakeFirstOrThrow();
    console.log(
      `packed ${int(Number(packed.n))} orders (open parcel, scan 3 lines, weigh, close, finish) in ${secs(packTimes.reduce((a, b) => a + b, 0))}: median ${ms(median(packTimes))}, p95 ${ms(percentile(packTimes, 95))} per order`,
    );

    // Stock figures: the overview page, one product's page, and all products at once.
    const pages = Math.ceil(PRODUCTS / 100);
    const listTimes = await samples(30, (i) => call('stock.list', { offset: ((i * 37) % pages) * 100, limit: 100 }));
    const productTimes = await samples(30, (i) => call('stock.product', { productId: seeded.productIds[(i * 331) % seeded.productIds.length]! }));
    const figureTimes = await samples(30, (i) => productFigures(core.db, [seeded.productIds[(i * 997) % seeded.productIds.length]!]));
    const [, allMs] = await timed(() => productFigures(core.db));
    printTable(
      `Stock figures over ${int(PRODUCTS)} products (30 samples each)`,
      ['stock figure', 'median', 'p95', `target < ${FIGURE_TARGET_MS} ms`],
      [
        [
          'one product (on hand, reserved, available)',
          ms(median(figureTimes)),
          ms(percentile(figureTimes, 95)),
          percentile(figureTimes, 95) < FIGURE_TARGET_MS ? 'pass' : 'FAIL',
        ],
        ['stock.list page of 100', ms(median(listTimes)), ms(percentile(listTimes, 95)), percentile(listTimes, 95) < FIGURE_TARGET_MS ? 'pass' : 'FAIL'],
        [
          'stock.product (bins + movements)',
          ms(median(productTimes)),
          ms(percentile(productTimes, 95)),
          percentile(productTimes, 95) < FIGURE_TARGET_MS ? 'pass' : 'FAIL',
        ],
        [`all ${int(PRODUCTS)} products in one query`, ms(allMs), '', ''],
      ],
    );
    const movements = await core.db
      .selectFrom('stock_movements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    console.log(`ledger: ${int(Number(movements.n))} movements`);
  } finally {
    await core.close();
    if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
