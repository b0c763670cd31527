// The opening-stock import through the real core: preview, commit, idempotent re-import, counts
// that set bins up and down, refused files that leave everything as it was, and cancel.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import type { AppEvent } from '../../shared/api/commands';
import { call, refusal, startCore, tempRoot } from './support/core';
import { TEST_STAMP } from '../support/stamp';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());
let core: CoreApp;
const OPENING = readFileSync(join(__dirname, '../fixtures/stock-opening.csv'), 'utf8');
const SKUS = [
  ...new Set(
    OPENING.trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]!),
  ),
];

async function addProducts(skus: string[]) {
  const at = new Date().toISOString();
  await core.db
    .insertInto('products')
    .values(
      skus.map((sku) => ({
        sku,
        name: `Product ${sku}`,
        brand: 'B',
        model: 'M',
        description: 'd',
        hs_code: '610910',
        origin_country: 'CN',
        unit: 'PCE',
        net_weight_kg: '1',
        gross_weight_kg: '1',
        unit_value: '1',
        currency: 'USD',
        gtin: '',
        content_hash: sku,
        import_id: null,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}

beforeEach(async () => {
  core = await startCore(tmp.next());
  await addProducts(SKUS);
});
afterEach(() => core.close());

const input = (text: string, extra: Record<string, unknown> = {}) => ({ fileName: 'stock-opening.csv', text, ...extra });
async function snapshot() {
  const n = async (t: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(core.db)).rows[0]!.n);
  return { locations: await n('locations'), stock_movements: await n('stock_movements'), imports: await n('imports') };
}
const onHand = async (sku: string) => (await call(core, 'stock.list', { search: sku })).rows.find((r) => r.sku === sku)!.onHand;

describe('opening stock import', () => {
  it('previews new bins and differences without writing, then commits them', async () => {
    const before = await snapshot();
    const preview = await call(core, 'stock.importPreview', input(OPENING));
    expect(preview).toMatchObject({ rowCount: 24, missingFields: [], errorCount: 0, counts: { change: 24, same: 0, invalid: 0, newBins: 24 } });
    expect(preview.sample.find((s) => s.sku === 'AK-PB10K')).toMatchObject({
      binCode: 'A-01-03',
      zone: 'A',
      newBin: true,
      current: '0',
      counted: '2',
      difference: '2',
    });
    expect(await snapshot()).toEqual(before);

    const outcome = await call(core, 'stock.importCommit', input(OPENING));
    expect(outcome).toMatchObject({ changed: 24, unchanged: 0, newBins: 24, rejected: 0 });
    expect(await onHand('AK-PB10K')).toBe('2');
    expect(await onHand('XM-BUDS5')).toBe('86');
    const walk = (await call(core, 'locations.list', {})).map((l) => l.binCode);
    expect(walk.slice(0, 3)).toEqual(['A-01-01', 'A-01-02', 'A-01-03']);
    expect(await snapshot()).toEqual({ locations: 24, stock_movements: 24, imports: 1 });
  });

  it('re-importing the same file changes no stock', async () => {
    await call(core, 'stock.importCommit', input(OPENING));
    const before = await snapshot();
    const preview = await call(core, 'stock.importPreview', input(OPENING));
    expect(preview.counts).toEqual({ change: 0, same: 24, invalid: 0, newBins: 0 });
    const again = await call(core, 'stock.importCommit', input(OPENING));
    expect(again).toMatchObject({ changed: 0, unchanged: 24, newBins: 0 });
    // Only the record of the attempt is added.
    expect(await snapshot()).toEqual({ ...before, imports: before.imports + 1 });
  });

  it('a new count sets the bin: adjustments "stock count" up and down', async () => {
    await call(core, 'stock.importCommit', input(OPENING));
    const recount =
      'Código,Almacén,Zona,Ubicación,Orden de recorrido,Cantidad\nXM-BUDS5,MAIN,A,A-01-01,10,20\nAK-PB10K,MAIN,A,A-01-03,30,5\nAK-PB10K,MAIN,D,D-01-01,,1\n';
    const preview = await call(core, 'stock.importPreview', input(recount));
    expect(preview.sample.map((s) => [s.sku, s.binCode, s.current, s.counted, s.difference, s.newBin])).toEqual([
      ['XM-BUDS5', 'A-01-01', '24', '20', '-4', false],
      ['AK-PB10K', 'A-01-03', '2', '5', '3', false],
      ['AK-PB10K', 'D-01-01', '0', '1', '1', true],
    ]);
    await call(core, 'stock.importCommit', input(recount));
    const buds = await core.db.selectFrom('products').select('id').where('sku', '=', 'XM-BUDS5').executeTakeFirstOrThrow();
    const detail = await call(core, 'stock.product', { productId: buds.id });
    expect(detail.movements.rows[0]).toMatchObject({ kind: 'adjustment', quantity: '-4', reason: 'stock count', binCode: 'A-01-01' });
    expect(await onHand('AK-PB10K')).toBe('6');
    // A bin without a walk order in the file goes after every other bin.
    expect((await call(core, 'locations.list', {})).at(-1)).toMatchObject({ binCode: 'D-01-01', zone: 'D', walkOrder: 280 });
  });

  it('refuses a file with bad rows, leaving the database as it was, unless only the valid rows are asked for', async () => {
    const bad = `${OPENING.trim()}\nNO-SUCH-SKU,MAIN,A,A-09-09,900,3\nXM-BUDS5,MAIN,A,A-01-01,10,many\n=cmd,MAIN,A,A-09-08,,1\n`;
    const before = await snapshot();
    const preview = await call(core, 'stock.importPreview', input(bad));
    expect(preview.counts).toMatchObject({ change: 24, invalid: 3 });
    expect(preview.errors.map((e) => [e.row, e.code])).toEqual([
      [26, 'inventory.import.unknownSku'],
      [27, 'inventory.import.badCount'],
      [27, 'inventory.import.duplicateRow'],
      [28, 'inventory.import.formula'],
    ]);
    const err = await refusal(core, 'stock.importCommit', input(bad));
    expect(err).toMatchObject({ code: 'inventory.import.hasErrors', params: { invalid: 3 } });
    expect(await snapshot()).toEqual(before);
    const partial = await call(core, 'stock.importCommit', input(bad, { onlyValid: true }));
    expect(partial).toMatchObject({ changed: 24, rejected: 3 });
  });

  it('refuses a count that would take reserved stock, writing nothing', async () => {
    await call(core, 'stock.importCommit', input(OPENING));
    // Two of the two power banks reserved: counting the bin to 0 would break the reservation.
    const line = await core.db.transaction().execute(async (trx) => {
      const { reserve } = await import('../../electron/core/inventory/ledger');
      const { insertOrders } = await import('../../electron/core/orders/orderRepository');
      const { orderToRow } = await import('../../electron/core/orders/orderRows');
      const { sampleOrder } = await import('../support/warehouse');
      const order = sampleOrder(1, [{ sku: 'AK-PB10K', quantity: '2' }]);
      const [orderId] = await insertOrders(trx, [{ order, row: orderToRow(order, { status: 'confirmed', at: new Date().toISOString() }) }]);
      const l = await trx.selectFrom('order_lines').select('id').where('order_id', '=', orderId!).executeTakeFirstOrThrow();
      const p = await trx.selectFrom('products').select('id').where('sku', '=', 'AK-PB10K').executeTakeFirstOrThrow();
      await reserve(trx, { productId: p.id, orderId: orderId!, orderLineId: l.id, qtyMilli: 2000 }, TEST_STAMP);
      return l.id;
    });
    expect(line).toBeGreaterThan(0);
    const before = await snapshot();
    const err = await refusal(core, 'stock.importCommit', input('sku,bin,quantity\nXM-BUDS5,A-01-01,30\nAK-PB10K,A-01-03,0\n'));
    expect(err).toMatchObject({ code: 'inventory.import.countRefused', params: { row: 3, sku: 'AK-PB10K', bin: 'A-01-03', have: '0', want: '2' } });
    expect(await snapshot()).toEqual(before);
  });

  it('is cancelled while writing, rolling everything back', async () => {
    const bins = 500;
    const rows = [];
    for (let b = 0; b < bins; b++) for (const sku of SKUS) rows.push(`${sku},MAIN,Z,Z-${b},${b},3`);
    const big = `sku,warehouse,zone,bin,walk order,quantity\n${rows.join('\n')}\n`;
    const before = await snapshot();
    const jobId = 'stock-cancel-1';
    let cancelled: Promise<unknown> | undefined;
    const seen: AppEvent[] = [];
    const stop = core.onEvent((e) => {
      seen.push(e);
      if (!cancelled && e.type === 'progress' && e.phase === 'writing' && e.done > 0) cancelled = core.dispatch('stock.importCancel', { jobId });
    });
    const result = await core.dispatch('stock.importCommit', input(big, { jobId }));
    stop();
    expect(await cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(result).toMatchObject({ ok: false, error: { code: 'errors.importCancelled' } });
    expect(await snapshot()).toEqual(before);
    expect(await call(core, 'stock.importCancel', { jobId })).toEqual({ cancelled: false });
  });
});
