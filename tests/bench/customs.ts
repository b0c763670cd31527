// `npm run bench` (customs documents): finalising 1,000 commercial invoices one after another
// (each: checks, number from the series, freeze, audit, readiness), and opening a 200-item export
// declaration (get, check, preview) on a real SQLite file. The editor's input-to-paint in Chromium
// is measured by tests/bench/customsEditor.ts.
// BENCH_INVOICES / BENCH_ITEMS change the sizes; BENCH_KEEP=1 keeps the temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core/app';
import { moveOrders } from '../../electron/core/orders/workflow';
import { FULL_PROFILE } from '../integration/customs/packedOrders';
import { TEST_STAMP } from '../support/stamp';
import { seedWarehouse } from '../support/warehouse';
import { int, median, ms, now, percentile, printTable, secs } from './stats';

const INVOICES = Number(process.env.BENCH_INVOICES ?? 1_000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 200);
const OPEN_TARGET_MS = 200;
const FINALISE_TARGET_S = 60;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'despacho-bench-customs-'));
  console.log(`\nCustoms documents bench: ${int(INVOICES)} invoices finalised, a ${ITEMS}-item declaration opened; data in ${dir}`);
  const core = await openCore({ dataDir: dir, mode: 'web', version: 'bench', osUser: 'bench' });
  const call = async (name: string, input: unknown) => {
    const env = await core.dispatch(name, input);
    if (!env.ok) throw new Error(`${name}: ${env.error.message} ${JSON.stringify(env.error.issues?.slice(0, 3) ?? [])}`);
    return env.value as never;
  };
  try {
    await call('company.update', FULL_PROFILE);
    // Orders go straight to packed through the workflow (no parcels): finalising an invoice does
    // not read the stock, and packing a thousand orders would time the packing, not the papers.
    const many = await seedWarehouse(core.db, { products: 20, orders: INVOICES, linesPerOrder: 2, prefix: 'F' });
    const big = await seedWarehouse(core.db, { products: ITEMS, orders: 1, linesPerOrder: ITEMS, prefix: 'B' });
    await core.db.transaction().execute(async (trx) => {
      for (const action of ['startPicking', 'finishPicking', 'pack'] as const) await moveOrders(trx, [...many.orderIds, ...big.orderIds], action, TEST_STAMP);
    });

    const ids: number[] = [];
    const tCreate = now();
    for (const orderId of many.orderIds) ids.push(((await call('customs.create', { type: 'invoice', orderIds: [orderId] })) as { id: number }).id);
    const createMs = now() - tCreate;
    // Without parcels the drafts lack weights and packages: the broker types them in.
    for (const id of ids) {
      const doc: { revision: number; type: string; data: Record<string, unknown> } = await call('customs.get', { id });
      await call('customs.saveDraft', {
        id,
        revision: doc.revision,
        content: { type: doc.type, data: { ...doc.data, grossKg: '1.2', netKg: '1', packageCount: '1' } },
      });
    }
    const finaliseSamples: number[] = [];
    const tFinal = now();
    for (const created of ids) {
      const id = created;
      const t0 = now();
      const doc: { revision: number } = await call('customs.get', { id });
      await call('customs.finalise', { id, revision: doc.revision, overrides: [] });
      finaliseSamples.push(now() - t0);
    }
    const finaliseMs = now() - tFinal;

    const { id: declId } = (await call('customs.create', { type: 'declaration', orderIds: big.orderIds })) as { id: number };
    const open = { get: [] as number[], check: [] as number[], preview: [] as number[], total: [] as number[] };
    for (let i = 0; i < 20; i++) {
      const t0 = now();
      await call('customs.get', { id: declId });
      const t1 = now();
      await call('customs.check', { id: declId });
      const t2 = now();
      await call('customs.preview', { id: declId });
      const t3 = now();
      open.get.push(t1 - t0);
      open.check.push(t2 - t1);
      open.preview.push(t3 - t2);
      open.total.push(t3 - t0);
    }

    printTable(
      'Customs documents',
      ['measure', 'figure', 'target'],
      [
        [`create ${int(INVOICES)} invoice drafts`, secs(createMs), ''],
        [`finalise ${int(INVOICES)} invoices (get + finalise each)`, secs(finaliseMs), `< ${FINALISE_TARGET_S} s`],
        ['  per invoice, median', ms(median(finaliseSamples)), ''],
        ['  per invoice, p95', ms(percentile(finaliseSamples, 95)), ''],
        [`open a ${ITEMS}-item declaration: get, median`, ms(median(open.get)), ''],
        ['  check (rules, consistency), median', ms(median(open.check)), ''],
        ['  preview page, median', ms(median(open.preview)), ''],
        ['  all three, p95', ms(percentile(open.total, 95)), `< ${OPEN_TARGET_MS} ms`],
      ],
    );
  } finally {
    await core.close();
    if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
