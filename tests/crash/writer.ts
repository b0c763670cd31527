// Child process for tests/integration/crash.test.ts: opens the core on a data folder and writes
// through the real API (core.dispatch) until it is killed with SIGKILL. After each write the core
// has confirmed, it prints one acknowledgement line, so the parent knows which writes the app
// told the user were saved:
//
//   READY                               core open, writing starts
//   ACK create <orderNumber> <lines>    orders.create returned ok
//   ACK confirm <id>                    orders.confirm returned ok and the order was confirmed
//   ACK hold <id>                       orders.hold returned ok
//   ACK receive <reference> <lines>     stock.receive returned ok (the reference ends in -L<lines>)
//
// Usage: tsx tests/crash/writer.ts <dataDir> --prefix <p> --seed <n> [--ack-before-commit]
// --ack-before-commit is the deliberately broken mode that proves the checker works: it prints the
// ACK first, waits 50-100 ms, and only then writes, like an app that reports "saved" too early.
import { openCore } from '../../electron/core/app';
import type { OrderInput } from '../../shared/schemas/order';
import { prng } from '../support/prng';

const args = process.argv.slice(2);
const dataDir = args[0];
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const prefix = option('--prefix') ?? `W${process.pid}`;
const ackBeforeCommit = args.includes('--ack-before-commit');

if (!dataDir) {
  console.error('usage: writer.ts <dataDir> --prefix <p> --seed <n> [--ack-before-commit]');
  process.exit(2);
}

const random = prng(Number(option('--seed') ?? 1));
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An order that passes the confirmation checks, with `lineCount` lines. */
function makeOrder(orderNumber: string, lineCount: number): OrderInput {
  return {
    orderNumber,
    channel: 'crash-test',
    orderDate: '2026-11-20',
    consignee: {
      name: 'Lucía Fernández',
      company: '',
      address1: 'Calle de Alcalá 45',
      address2: '',
      city: 'Madrid',
      state: '',
      postalCode: '28014',
      country: 'ES',
      phone: '+34 912 345 678',
      email: 'lucia@example.com',
      taxId: '',
    },
    shippingMethod: 'express',
    currency: 'EUR',
    incoterm: 'DAP',
    declaredTotal: '',
    lines: Array.from({ length: lineCount }, (_, i) => ({
      sku: `SKU-${i + 1}`,
      description: `Cotton T-shirt, size ${['S', 'M', 'L'][i % 3]}`,
      brand: 'Acme',
      model: `T${100 + i}`,
      quantity: String(1 + (i % 4)),
      unit: 'PCE' as const,
      unitPrice: `${5 + (i % 20)}.50`,
      hsCode: '610910',
      originCountry: 'PT',
    })),
  };
}

// Never outlive the test: stop when the parent's end of stdin closes (the test process died) and,
// as a last resort, after two minutes. The test always kills the writer long before either.
process.stdin.on('end', () => process.exit(4));
process.stdin.resume();
setTimeout(() => {
  console.error('writer: still running after 120 s without being killed; stopping.');
  process.exit(3);
}, 120_000).unref();

const say = (line: string) => process.stdout.write(line + '\n'); // a pipe: synchronous on Linux

async function main(): Promise<void> {
  const core = await openCore({ dataDir: dataDir!, mode: 'web', version: 'crash' });

  // Runs one command; ACKs after it returned ok, or (broken mode) before it even started.
  const write = async (name: string, input: unknown, ack: string): Promise<unknown> => {
    if (ackBeforeCommit) {
      say(ack);
      await sleep(between(50, 100));
    }
    const result = await core.dispatch(name, input);
    if (!result.ok) {
      console.error(`writer: ${name} failed: ${JSON.stringify(result.error)}`);
      process.exit(1);
    }
    if (!ackBeforeCommit) say(ack);
    return result.value;
  };

  const received: number[] = []; // created in this run, not yet confirmed or held
  const holdable: number[] = []; // received or confirmed, not yet held
  const take = (list: number[]) => list.splice(between(0, list.length - 1), 1)[0]!;

  // The catalogue and a deep opening stock, so every confirmation can reserve; idempotent, so a
  // round killed during this seed simply redoes it.
  const catalogue = ['SKU,Name,Brand,Model,Description,HS Code,Country of Origin,Unit,Net Weight (kg),Gross Weight (kg),Unit Value,Currency'];
  for (let i = 1; i <= 50; i++) catalogue.push(`SKU-${i},T-shirt ${i},Acme,T${99 + i},"Cotton T-shirt, knitted",610910,PT,PCE,0.2,0.25,5.50,EUR`);
  await write('products.importCommit', { fileName: 'crash-products.csv', text: catalogue.join('\n') }, 'SEEDED products');
  const bins = await core.dispatch('locations.list', {});
  if (bins.ok && (bins.value as unknown[]).length === 0) {
    const stock = ['SKU,Warehouse,Zone,Bin,Walk order,Quantity'];
    for (let i = 1; i <= 50; i++) stock.push(`SKU-${i},MAIN,A,BIN-${i},${i},1000000`);
    await write('stock.importCommit', { fileName: 'crash-stock.csv', text: stock.join('\n') }, 'SEEDED stock');
  }

  say('READY');
  for (let n = 1; ; n++) {
    const orderNumber = `${prefix}-${n}`;
    const lines = between(1, 50);
    const { id } = (await write('orders.create', { order: makeOrder(orderNumber, lines) }, `ACK create ${orderNumber} ${lines}`)) as { id: number };
    received.push(id);
    holdable.push(id);

    if (received.length > 1 && random() < 0.35) {
      const target = take(received);
      const outcomes = (await write('orders.confirm', { ids: [target] }, `ACK confirm ${target}`)) as { confirmed: boolean }[];
      if (!outcomes[0]?.confirmed) {
        console.error(`writer: order ${target} was not confirmed: ${JSON.stringify(outcomes)}`);
        process.exit(1);
      }
    }
    if (random() < 0.3) {
      // A receipt of several lines: all of its movements or none.
      const count = between(1, 20);
      const reference = `${prefix}-R${n}-L${count}`;
      const lines = Array.from({ length: count }, (_, k) => ({
        code: `SKU-${1 + ((n + k) % 50)}`,
        binCode: `BIN-${1 + ((n + k) % 50)}`,
        quantity: String(between(1, 9)),
      }));
      await write('stock.receive', { reference, lines }, `ACK receive ${reference} ${count}`);
    }
    if (holdable.length > 1 && random() < 0.3) {
      const target = take(holdable);
      const i = received.indexOf(target);
      if (i >= 0) received.splice(i, 1); // a held order is no longer confirmable
      await write('orders.hold', { id: target, reason: 'Customs documents missing' }, `ACK hold ${target}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error('writer: crashed on its own:', err);
  process.exit(1);
});
