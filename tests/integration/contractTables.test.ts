// Every command's declared tables (shared/api/contracts/<area>.ts) against the SQL it really runs.
// Main announces a command's declared `writes` after it (tablesChanged), and each screen refreshes
// the queries that read those tables: a table missing from a declaration is a screen that silently
// shows old data. So every command is run here through the real dispatch, on a world built with the
// demo data and the whole flow (orders, stock, picking, packing, backups), while the core reports
// each statement it compiles (CoreOptions.onQuery); tests/support/sqlTables.ts reads the tables
// off each statement. Then, for each command:
//   - every table it writes is in its declared `writes`;
//   - every table it reads is in its declared `reads` or `writes` (what a command writes, it may read);
//   - every declared write happened in at least one run, unless ALLOWED_UNWRITTEN says why not.
// A command with no successful run here fails the test: a new command must get its fixture.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../electron/core/app';
import { COMMAND_NAMES, type CommandName, type TableName } from '../../shared/api/commands';
import { type CommandInput, type CommandResult, contract } from '../../shared/api/contract';
import { statementTables } from '../support/sqlTables';
import { cleanOrder, fixture } from '../unit/support/orders';
import { startCore, tempRoot } from './support/core';
import { FULL_PROFILE } from './customs/packedOrders';
import { clearanceStory } from './contractStories/clearance';
import { deliveryStory } from './contractStories/delivery';
import { filingStory } from './contractStories/filing';
import { flowStory } from './contractStories/flow';
import { returnsStory } from './contractStories/returns';
import { transportStory } from './contractStories/transport';

/**
 * Declared writes a run may leave untouched, per command, each with the reason. Prefer a second
 * fixture that exercises the write; list a table here only when no input of a test can.
 */
const ALLOWED_UNWRITTEN: Partial<Record<CommandName, { tables: TableName[]; reason: string }>> = {};

/**
 * backups.restore swaps the whole data file: every table changes at once without any statement
 * naming it, so it declares every table as written (DATA_TABLES + 'backups') and its SQL cannot show it.
 * Only its reads are checked, and that it made the pre-restore backup.
 */
const RESTORE: CommandName = 'backups.restore';

/**
 * Tables the SQL names that are part of a contract table. orders_search is the FTS5 index of the
 * orders' number and consignee (electron/core/db/sqliteOnly.ts), kept by triggers and by the
 * import: reading or writing it is reading or writing orders.
 */
const PART_OF: Record<string, TableName> = { orders_search: 'orders' };

/**
 * The stamp: every writing command reads the actor's name from settings (stampOf(ctx) ->
 * actorName, electron/core/api/stamp.ts) to put it on its audit entries and movements. That read is
 * who did it, not the command's data: a change of the name changes nothing any screen shows except
 * Settings itself (which reads settings anyway). So it is left out here, rather than declaring
 * `settings` in the reads of every writing command; any other read of settings still counts.
 */
function isStampRead(sql: string, parameters: readonly unknown[]): boolean {
  const t = statementTables(sql);
  return t.writes.length === 0 && t.reads.length === 1 && t.reads[0] === 'settings' && parameters.length === 1 && parameters[0] === 'actor';
}

interface Seen {
  runs: number;
  reads: Set<string>;
  writes: Set<string>;
  /** One statement per table, to show in a failure. */
  examples: Map<string, string>;
}

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

let core: CoreApp;
let dataDir: string;
let statements: { sql: string; parameters: readonly unknown[] }[] | null = null;
const seen = new Map<CommandName, Seen>();

const backupFiles = () => {
  try {
    return readdirSync(join(dataDir, 'backups')).sort().join('\n');
  } catch {
    return '';
  }
};

/** Runs one command through the real dispatch, which must succeed, and records the tables its SQL touched. */
async function run<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandResult<K>> {
  const log: { sql: string; parameters: readonly unknown[] }[] = [];
  const backupsBefore = backupFiles();
  statements = log;
  let envelope;
  try {
    envelope = await core.dispatch(name, input);
  } finally {
    statements = null;
  }
  if (!envelope.ok) throw new Error(`${name} ${JSON.stringify(input).slice(0, 200)} failed: ${JSON.stringify(envelope.error)}`);
  const s = seen.get(name) ?? { runs: 0, reads: new Set(), writes: new Set(), examples: new Map() };
  s.runs++;
  for (const { sql, parameters } of log) {
    if (isStampRead(sql, parameters)) continue;
    const t = statementTables(sql);
    for (const table of t.reads) {
      const named = PART_OF[table] ?? table;
      s.reads.add(named);
      if (!s.examples.has(`read ${named}`)) s.examples.set(`read ${named}`, sql);
    }
    for (const table of t.writes) {
      const named = PART_OF[table] ?? table;
      s.writes.add(named);
      if (!s.examples.has(`write ${named}`)) s.examples.set(`write ${named}`, sql);
    }
  }
  // 'backups' is the backups folder, not a table: a command wrote it when the folder changed.
  if (backupFiles() !== backupsBefore) s.writes.add('backups');
  seen.set(name, s);
  return envelope.value as CommandResult<K>;
}

const csvOrders = fixture('orders-warehouse.csv');
const productsCsv = fixture('products.csv');
const stockCsv = fixture('stock-opening.csv');

/** Shipping rules: one that decides the demo's orders waiting for a method, edited, moved, deleted; an import that keeps the user's choice as a rule. */
async function shippingStory(): Promise<void> {
  await run('shipping.rules', {});
  const added = (await run('shipping.saveRule', { match: 'contains', pattern: 'YunExpress', method: 'express' })).rule!;
  expect((await run('shipping.saveRule', { id: added.id, match: 'contains', pattern: 'YunExpress', method: 'air' })).rule!.method).toBe('air');
  await run('shipping.moveRule', { id: added.id, position: 2 });
  await run('shipping.deleteRule', { id: added.id });
  const unknownLine = csvOrders.replaceAll('WH-', 'PG-').replaceAll(',express,', ',Pigeon Wings,');
  await run('orders.importCommit', { fileName: 'pigeons.csv', text: unknownLine, shippingChoices: [{ line: 'Pigeon Wings', method: 'postal' }] });
}

/** The company profile, clause templates and destination rules, then order a's customs papers: created, saved, checked, finalised, amended, voided. */
async function customsStory(orderId: number): Promise<void> {
  await run('company.get', {});
  await run('company.update', FULL_PROFILE);
  await run('company.clauses', {});
  await run('company.updateClauses', { lang: 'es', clauses: { payment: 'Pago al contado.' } });
  const rules = await run('company.rules', {});
  const rule = await run('company.saveRule', { ...rules[0]!, id: undefined, note: 'contract copy' });
  await run('company.saveRule', { ...rule, note: 'contract copy, edited' });
  await run('company.deleteRule', { id: rule.id });

  await run('customs.hsSuggest', { description: 'wireless earbuds' });
  await run('customs.ports', { query: 'shanghai' });
  const ids: number[] = [];
  for (const type of ['declaration', 'invoice', 'packing_list', 'contract', 'postal'] as const)
    ids.push((await run('customs.create', { type, orderIds: [orderId] })).id);
  const [declaration, invoice, packingList, contract, postal] = ids as [number, number, number, number, number];
  const doc = await run('customs.get', { id: invoice });
  await run('customs.saveDraft', { id: invoice, revision: doc.revision, content: { type: doc.type, data: doc.data } as never });
  await run('customs.list', {});
  await run('customs.list', { search: 'CT-', status: 'draft', type: 'invoice' });
  await run('customs.orderDocuments', { orderId });
  await run('customs.preview', { id: invoice });
  await run('customs.show', { id: invoice, lang: 'es' });
  await run('customs.void', { id: postal, reason: 'not a postal shipment' });
  await run('customs.void', { id: contract, reason: 'not needed' });
  // Declaration, invoice and packing list: with the mismatches accepted, the order becomes ready.
  for (const id of [packingList, invoice, declaration]) {
    const { problems } = await run('customs.check', { id });
    const current = await run('customs.get', { id });
    await run('customs.finalise', {
      id,
      revision: current.revision,
      overrides: problems.filter((p) => p.overridable).map((p) => ({ key: p.key, reason: 'contract test' })),
    });
  }
  await run('customs.amend', { id: invoice });
}

/** The fixtures: the whole flow, each command at least once with an input that succeeds. */
async function story(): Promise<void> {
  // Settings and the app's facts.
  await run('app.info', {});
  await run('settings.get', {});
  await run('settings.update', { actor: 'Ana Pérez', language: 'en' });

  // The demo data: catalogue, opening stock and orders, through the ordinary imports.
  await run('demo.status', {});
  await run('demo.load', {});
  await run('demo.dismiss', {});

  // Catalogue.
  const products = await run('products.list', {});
  await run('products.list', { search: 'XM-BUDS' });
  const productId = products.rows.find((p) => p.sku === 'XM-BUDS5')!.id;
  await run('products.get', { id: productId });
  const detail = await run('products.get', { id: productId });
  await run('products.update', { id: productId, product: { ...detail.product, name: 'Redmi Buds 5 (black)' } });
  await run('products.create', { product: { ...detail.product, sku: 'CT-NEW-1', gtin: '' } });
  await run('products.hsSearch', { query: 'headphones' });
  await run('products.importPreview', { fileName: 'products.csv', text: productsCsv });
  await run('products.importCommit', { fileName: 'products.csv', text: productsCsv });
  await run('products.importCancel', { jobId: 'contract-products' });

  // Locations and stock.
  const locations = await run('locations.list', {});
  const bin = await run('locations.save', { location: { warehouse: 'MAIN', zone: 'C', binCode: 'CT-01', walkOrder: 5 } });
  await run('locations.save', { id: bin.id, location: { warehouse: 'MAIN', zone: 'C', binCode: 'CT-01', walkOrder: 6 } });
  expect(locations.length).toBeGreaterThan(0);
  await run('stock.receive', {
    reference: 'contract',
    lines: [
      { code: 'XM-BUDS5', binCode: 'CT-01', quantity: '50' },
      { code: 'UG-CBL-C2', binCode: 'CT-01', quantity: '50' },
    ],
  });
  await run('stock.adjust', { productId, binCode: 'CT-01', quantity: '-1', reason: 'counted' });
  await run('stock.list', {});
  await run('stock.list', { search: 'Buds' });
  await run('stock.product', { productId });
  await run('stock.importPreview', { fileName: 'stock.csv', text: stockCsv });
  await run('stock.importCommit', { fileName: 'stock.csv', text: stockCsv });
  await run('stock.importCancel', { jobId: 'contract-stock' });

  // Orders: entered, edited, checked, confirmed, held, released, cancelled, imported.
  const ids: number[] = [];
  for (const n of [1, 2, 3, 4, 5, 6, 7]) ids.push((await run('orders.create', { order: cleanOrder({ orderNumber: `CT-${n}` }) })).id);
  const [a, b, c, d, e, f, g] = ids as [number, number, number, number, number, number, number];
  await run('orders.list', {});
  await run('orders.list', { search: 'Emily', status: 'received', sort: 'total', dir: 'asc' });
  await run('orders.get', { id: a });
  await run('orders.update', { id: f, order: cleanOrder({ orderNumber: 'CT-6', channel: 'phone' }) });
  await run('orders.check', { id: a });
  await run('orders.confirm', { ids });
  // Edited, held and cancelled after confirming: each gives its reservation back.
  await run('orders.update', { id: f, order: cleanOrder({ orderNumber: 'CT-6', channel: 'mail' }) });
  await run('orders.hold', { id: e, reason: 'Customer called' });
  await run('orders.release', { id: e });
  await run('orders.cancel', { id: g, reason: 'Customer cancelled' });
  await run('orders.importPreview', { fileName: 'orders.csv', text: csvOrders });
  await run('orders.importCommit', { fileName: 'orders.csv', text: csvOrders });
  await run('orders.importCancel', { jobId: 'contract-orders' });

  // A big file comes in pieces, then the import reads it from the upload.
  const bytes = Buffer.from(csvOrders, 'utf8');
  const { uploadId } = await run('uploads.begin', { fileName: 'orders.csv', size: bytes.length });
  await run('uploads.append', { uploadId, offset: 0, chunk: bytes.toString('base64') });
  await run('orders.importPreview', { fileName: 'orders.csv', uploadId });
  await run('uploads.discard', { uploadId });

  await shippingStory();

  // Picking: a list picked whole (a), one with a short line (b), one cancelled half-picked (c, d).
  await run('picking.confirmedOrders', {});
  const listA = (await run('picking.plan', { orderIds: [a], containerMode: 'perOrder' })).pickList!.id;
  const listB = (await run('picking.plan', { orderIds: [b], containerMode: 'perOrder' })).pickList!.id;
  const listCD = (await run('picking.plan', { orderIds: [c, d], containerMode: 'perOrder' })).pickList!.id;
  await run('picking.list', {});
  await run('documents.pickList', { pickListId: listA, paper: 'A4' });
  const pickLine = (l: { id: number; remaining: string; container: string; binCode: string; sku: string }) =>
    run('picking.pick', { lineId: l.id, quantity: l.remaining, container: l.container, binCode: l.binCode, productCode: l.sku });
  for (const l of (await run('picking.get', { id: listA })).lines) await pickLine(l);
  const [bFirst, bSecond] = (await run('picking.get', { id: listB })).lines;
  await pickLine(bFirst!);
  await run('picking.short', { lineId: bSecond!.id, quantity: bSecond!.remaining, reason: 'damaged' });
  const cLine = (await run('picking.get', { id: listCD })).lines.find((l) => l.orderId === c)!;
  await pickLine(cLine);
  await run('picking.cancel', { id: listCD, reason: 'Shift ended' });

  // Packing order a: two parcels, one discarded; items in and out; weighed, reopened, finished.
  const presets = await run('packing.presets', {});
  const preset = await run('packing.savePreset', { name: 'Contract box', lengthCm: '40', widthCm: '30', heightCm: '20', tareKg: '0.3', maxKg: '20' });
  await run('packing.savePreset', { ...preset });
  await run('packing.settings', {});
  await run('packing.updateSettings', { tolerancePercent: '50' });
  await run('packing.waiting', {});
  const parcel = (await run('packing.openParcel', { orderId: a, presetId: presets[0]!.id })).id;
  await run('packing.setPreset', { parcelId: parcel, presetId: preset.id });
  const spare = (await run('packing.openParcel', { orderId: a, custom: { lengthCm: '10', widthCm: '10', heightCm: '10', tareKg: '0.1', maxKg: '5' } })).id;
  await run('packing.discardParcel', { parcelId: spare });
  const station = await run('packing.station', { orderId: a });
  for (const l of station.lines) await run('packing.scanItem', { parcelId: parcel, code: l.sku, quantity: l.left });
  const first = station.lines[0]!;
  await run('packing.removeItem', { parcelId: parcel, orderLineId: first.orderLineId, quantity: first.left });
  await run('packing.scanItem', { parcelId: parcel, code: first.sku, quantity: first.left });
  const weight = async () => (await run('packing.station', { orderId: a })).parcels.find((p) => p.id === parcel)!.computedGrossKg;
  await run('packing.closeParcel', { parcelId: parcel, grossKg: await weight() });
  await run('packing.reopenParcel', { parcelId: parcel });
  await run('packing.closeParcel', { parcelId: parcel, grossKg: await weight() });
  await run('packing.finish', { orderId: a });
  await run('packing.packingList', { orderId: a });

  await customsStory(a);
  // Steps 4 to 7 carry order a on, each area's story in its own file (contractStories/).
  const world = { run, core };
  await filingStory(world, a);
  await transportStory(world, a);
  await clearanceStory(world, a);
  await deliveryStory(world, a);
  await returnsStory(world, a);
  await flowStory(world, a);

  // Backups last: restore puts back the copy made just before.
  await run('backups.list', {});
  const made = await run('backups.create', {});
  await run('backups.restore', { name: made.name });
}

beforeAll(async () => {
  dataDir = tmp.next();
  core = await startCore(dataDir, { onQuery: (sql, parameters) => statements?.push({ sql, parameters }) });
  await core.idle();
  await story();
}, 120_000);
afterAll(async () => {
  await core?.close();
});

const sorted = (s: Iterable<string>) => [...s].sort();

describe('the contract declares the tables each command touches', () => {
  it('every command has a fixture that succeeds', () => {
    const missing = COMMAND_NAMES.filter((name) => !seen.has(name));
    expect(missing, `Commands without a fixture in tests/integration/contractTables.test.ts (add a run to story()): ${missing.join(', ')}`).toEqual([]);
  });

  describe.each(COMMAND_NAMES.map((name) => [name]))('%s', (name) => {
    const declared = () => ({ reads: new Set<string>(contract[name].reads), writes: new Set<string>(contract[name].writes) });
    const explain = (s: Seen, kind: 'read' | 'write', tables: string[]) =>
      tables.map((t) => `${t} (e.g. ${s.examples.get(`${kind} ${t}`) ?? 'the backups folder'})`).join('; ');

    it('declares every table it writes', () => {
      const s = seen.get(name);
      if (!s) return; // reported once, above
      const undeclared = sorted(s.writes).filter((t) => !declared().writes.has(t));
      expect(undeclared, `${name} writes ${explain(s, 'write', undeclared)}: add to its writes`).toEqual([]);
    });

    it('declares every table it reads, in its reads or its writes', () => {
      const s = seen.get(name);
      if (!s) return;
      const { reads, writes } = declared();
      const undeclared = sorted(s.reads).filter((t) => !reads.has(t) && !writes.has(t));
      expect(undeclared, `${name} reads ${explain(s, 'read', undeclared)}: add to its reads`).toEqual([]);
    });

    it('writes every table it declares as written', () => {
      const s = seen.get(name);
      if (!s) return;
      if (name === RESTORE) {
        expect(s.writes.has('backups'), 'a restore first backs up the data it replaces').toBe(true);
        return;
      }
      const allowed = new Set<string>(ALLOWED_UNWRITTEN[name]?.tables ?? []);
      const unwritten = sorted(declared().writes).filter((t) => !s.writes.has(t) && !allowed.has(t));
      expect(
        unwritten,
        `${name} declares writes it did not do in ${s.runs} run(s): ${unwritten.join(', ')}. Add a fixture that writes them, remove them from the contract, or allow them in ALLOWED_UNWRITTEN with the reason`,
      ).toEqual([]);
    });
  });
});
