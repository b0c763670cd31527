// `npm run bench` (last part): the whole flow of the seed for BENCH_FLOW orders (default 1,000) of
// 3 lines, through the same commands the screens send: import, confirm, plan, pick, pack, documents,
// file, ship (book the carrier), clear, load, dispatch, deliver. Prints orders per second for each
// step and for the whole, against the aim of 75 orders/s over the seven steps.
// BENCH_KEEP=1 keeps the temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core/app';
import { FULL_PROFILE } from '../integration/customs/packedOrders';
import { seedWarehouse } from '../support/warehouse';
import { int, ms, now, printTable, secs } from './stats';

const ORDERS = Number(process.env.BENCH_FLOW ?? 1_000);
const AIM = 75;

type Call = (name: string, input: unknown) => Promise<never>;

const HEADER =
  'order_number,channel,order_date,consignee_name,consignee_company,address1,address2,city,state,postal_code,country,phone,email,tax_id,shipping_method,currency,incoterm,order_total,sku,description,brand,model,quantity,unit,unit_price,hs_code,origin_country';

/** 3 lines per order, over the seeded SKUs, to consignees in a few countries. */
function ordersCsv(skus: string[]): string {
  const rows = [HEADER];
  for (let n = 1; n <= ORDERS; n++) {
    for (let l = 0; l < 3; l++) {
      const sku = skus[(n * 3 + l) % skus.length]!;
      rows.push(
        `FL-${n},Shopify,2026-11-20,Cliente ${n},,Calle Mayor ${n},,Madrid,Madrid,28014,ES,+34 612 345 678,c${n}@example.es,,express,EUR,DAP,,${sku},"Cotton T-shirt, knitted",Li-Ning,AHSS${l},1,PCE,10.00,610910,CN`,
      );
    }
  }
  return rows.join('\n');
}

interface Step {
  name: string;
  ms: number;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'despacho-bench-flow-'));
  console.log(`\nWhole-flow bench: ${int(ORDERS)} orders x 3 lines through the commands; data in ${dir}`);
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const core = await openCore({ dataDir: dir, mode: 'web', version: 'bench' });
  const call: Call = async (name, input) => {
    const env = await core.dispatch(name, input);
    if (!env.ok) throw new Error(`${name} ${JSON.stringify(input).slice(0, 160)}: ${env.error.message}`);
    return env.value as never;
  };
  const steps: Step[] = [];
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = now();
    const value = await fn();
    steps.push({ name, ms: now() - t0 });
    console.log(`  ${name}: ${secs(now() - t0)}`);
    return value;
  };
  try {
    const seeded = await seedWarehouse(core.db, { products: 300, bins: 300, binsPerProduct: 1, stockPerProduct: 1000, orders: 0 });
    await call('company.update', FULL_PROFILE);
    const ids = await runFlow(core, call, step, seeded.skus);
    const statuses = await core.db.selectFrom('orders').select(['status']).where('id', 'in', ids).execute();
    const delivered = statuses.filter((s) => s.status === 'delivered').length;
    const deducted = await core.db
      .selectFrom('stock_movements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'deduction')
      .executeTakeFirstOrThrow();
    console.log(`delivered ${int(delivered)} of ${int(ids.length)} orders; ${int(Number(deducted.n))} deduction movements (one per parcel line)`);
    const total = steps.reduce((a, s) => a + s.ms, 0);
    printTable(
      `Whole flow, ${int(ORDERS)} orders of 3 lines (orders per second)`,
      ['step', 'time', 'orders/s', `aim ${AIM}/s`],
      [
        ...steps.map((s) => [s.name, secs(s.ms), (ORDERS / (s.ms / 1000)).toFixed(1), '']),
        ['whole flow', secs(total), (ORDERS / (total / 1000)).toFixed(1), ORDERS / (total / 1000) >= AIM ? 'pass' : 'short'],
        ['per order', ms(total / ORDERS), '', ''],
      ],
    );
  } finally {
    await core.close();
    if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  }
}

type StepFn = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

async function runFlow(core: Awaited<ReturnType<typeof openCore>>, call: Call, step: StepFn, skus: string[]): Promise<number[]> {
  const csv = ordersCsv(skus);
  await step('import', () => call('orders.importCommit', { fileName: 'flow.csv', text: csv }));
  const ids = (await core.db.selectFrom('orders').select('id').where('order_number', 'like', 'FL-%').orderBy('id').execute()).map((r) => r.id);
  await step('confirm', () => call('orders.confirm', { ids }));
  const plan = await step('plan', () => call('picking.plan', { orderIds: ids, containerMode: 'perOrder' }) as Promise<{ pickList: { id: number } }>);
  const lines = (
    (await call('picking.get', { id: plan.pickList.id })) as { lines: { id: number; remaining: string; container: string; binCode: string; sku: string }[] }
  ).lines;
  await step('pick', async () => {
    for (const l of lines) await call('picking.pick', { lineId: l.id, quantity: l.remaining, container: l.container, binCode: l.binCode, productCode: l.sku });
  });
  const parcelOf = new Map<number, number>();
  await step('pack', async () => {
    for (const orderId of ids) {
      const parcel = (await call('packing.openParcel', { orderId, presetId: 1 })) as { id: number };
      parcelOf.set(orderId, parcel.id);
      const station = (await call('packing.station', { orderId })) as { lines: { sku: string; left: string }[] };
      for (const l of station.lines) await call('packing.scanItem', { parcelId: parcel.id, code: l.sku, quantity: l.left });
      const after = (await call('packing.station', { orderId })) as { parcels: { id: number; computedGrossKg: string }[] };
      await call('packing.closeParcel', { parcelId: parcel.id, grossKg: after.parcels.find((p) => p.id === parcel.id)!.computedGrossKg });
      await call('packing.finish', { orderId });
    }
  });
  const declarationOf = new Map<number, number>();
  await step('documents', async () => {
    for (const orderId of ids) {
      const { required } = (await call('customs.orderDocuments', { orderId })) as { required: string[] };
      for (const type of ['declaration', ...required.filter((t) => t !== 'declaration')]) {
        const { id } = (await call('customs.create', { type, orderIds: [orderId], lang: 'en' })) as { id: number };
        const doc = (await call('customs.get', { id })) as { id: number; revision: number };
        const check = (await call('customs.check', { id })) as { problems: { key: string; overridable: boolean }[] };
        const overrides = check.problems.filter((p) => p.overridable).map((p) => ({ key: p.key, reason: 'bench' }));
        await call('customs.finalise', { id: doc.id, revision: doc.revision, overrides });
        if (type === 'declaration') declarationOf.set(orderId, doc.id);
      }
    }
  });
  await runSteps4to7(core, call, step, ids, declarationOf);
  return ids;
}

/** Parcels per truck: a few manifests, as a warehouse loads a day's 1,000 parcels. */
const PER_MANIFEST = 250;
/** Rows per carrier status file: the carrier sends one a few times a day. */
const PER_STATUS_FILE = 250;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Steps 4 to 7. Transport setup goes through the real commands before the timed part: the post's
 * S10 range for its international parcel service (CORREOS CP), big enough for every parcel. Each
 * order is then booked on that service, as a clerk picking it over the proposed courier would.
 * Delivery goes by the carrier's status file, in files of PER_STATUS_FILE rows: what a clerk does
 * with 1,000 parcels (BENCH_DELIVER=hand confirms each order by hand instead).
 */
async function runSteps4to7(
  _core: Awaited<ReturnType<typeof openCore>>,
  call: Call,
  step: StepFn,
  ids: number[],
  declarationOf: Map<number, number>,
): Promise<void> {
  const correos = ((await call('transport.carriers', {})) as { id: number; code: string; services: { id: number; code: string }[] }[]).find(
    (c) => c.code === 'CORREOS',
  )!;
  const serviceId = correos.services.find((s) => s.code === 'CP')!.id;
  await call('transport.saveRange', {
    carrierId: correos.id,
    indicator: 'CP',
    country: 'ES',
    firstSerial: 20_000_000,
    lastSerial: 20_000_000 + ids.length * 2,
    warnRemaining: 10,
    active: true,
  });

  const filingOf = new Map<number, number>();
  await step('file', async () => {
    for (const orderId of ids) {
      const { filingId } = (await call('filing.file', {
        declarationId: declarationOf.get(orderId)!,
        office: 'ES004611',
        filedAt: '2026-12-04T09:40:00.000Z',
        reference: `26ES0046110${String(orderId).padStart(7, '0')}`,
      })) as { filingId: number };
      filingOf.set(orderId, filingId);
    }
  });
  const numbers: string[] = [];
  await step('ship', async () => {
    for (const orderId of ids) numbers.push(...((await call('transport.book', { orderId, serviceId })) as { numbers: string[] }).numbers);
  });
  await step('clear', async () => {
    for (const orderId of ids) await call('clearance.record', { filingId: filingOf.get(orderId)!, outcome: 'released', decidedAt: '2026-12-04T11:00:00Z' });
  });
  const manifests: number[] = [];
  await step('load', async () => {
    for (const [i, batch] of chunks(numbers, PER_MANIFEST).entries()) {
      const m = (await call('delivery.createManifest', {
        carrierId: correos.id,
        vehiclePlate: `${4821 + i} KLM`,
        driver: 'Juan Gómez',
        plannedDeparture: '2026-12-04T16:30',
      })) as { id: number };
      manifests.push(m.id);
      for (const code of batch) await call('delivery.scan', { manifestId: m.id, code });
    }
  });
  await step('dispatch', async () => {
    for (const id of manifests) await call('delivery.depart', { id });
  });
  await step('deliver', async () => {
    if (process.env.BENCH_DELIVER === 'hand') {
      for (const orderId of ids) await call('delivery.confirm', { orderId, deliveredAt: '2026-12-06T11:20', receiver: 'Lucía Fernández' });
      return;
    }
    for (const batch of chunks(numbers, PER_STATUS_FILE)) {
      const text = ['Tracking number,Status,Date,Receiver', ...batch.map((n) => `${n},Delivered,2026-12-06,Lucía Fernández`)].join('\n');
      const outcome = (await call('delivery.importStatus', { fileName: 'status.csv', text })) as { delivered: number };
      if (outcome.delivered !== batch.length) throw new Error(`status file delivered ${outcome.delivered} of ${batch.length}`);
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
