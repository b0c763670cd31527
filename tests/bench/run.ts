// `npm run bench`: imports 100,000 orders (3 lines each) through the real service path, compares
// with plain sqlite3 prepared statements, then times orders.list on the full table.
// BENCH_ORDERS=20000 npm run bench runs a smaller set; BENCH_KEEP=1 keeps the temp folder.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery, sql } from 'kysely';
import type { AppEvent } from '../../shared/api/commands';
import type { OrderListQuery } from '../../shared/api/contracts/orders';
import type { ImportOutcome, OrderPage } from '../../shared/api/types';
import { checkOrder, orderTotal } from '../../shared/domain/confirmation';
import { parseOrderCsv, readCsv } from '../../shared/import/orderCsv';
import { orderSchema } from '../../shared/schemas/order';
import { openCore } from '../../electron/core/app';
import { contentHash, linesToRows, orderToRow } from '../../electron/core/orders/orderRows';
import { STATUS_SPREAD_SQL, generateOrdersCsv } from './generate';
import { type PlainRows, createPlainDb, plainInsert } from './plainInsert';
import { PeakMemory, int, mb, median, ms, now, percentile, printTable, rate, secs } from './stats';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const LINES = 3;
const REPS = 30;
const WARMUP = 3;
const CHUNK = 1000; // importService's WRITE_CHUNK
const IMPORT_RATIO_TARGET = 0.5;
const LIST_P95_TARGET_MS = 50;

function time<T>(fn: () => T): [T, number] {
  const t0 = now();
  const value = fn();
  return [value, now() - t0];
}

function fileSize(file: string): number {
  let total = 0;
  for (const f of [file, `${file}-wal`]) {
    try {
      total += statSync(f).size;
    } catch {
      /* no WAL */
    }
  }
  return total;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'despacho-bench-'));
  const lineCount = ORDERS * LINES;
  const fileName = `bench-${ORDERS}.csv`;
  console.log(`Despacho bench: ${int(ORDERS)} orders x ${LINES} lines = ${int(lineCount)} rows; data in ${dir}`);
  console.log(`load average at start: ${load()} (other busy processes on this machine slow every figure below)`);

  // 1. The CSV.
  const [text, genMs] = time(() => generateOrdersCsv(ORDERS, LINES));
  console.log(`generated ${mb(text.length)} of CSV in ${secs(genMs)}`);

  // 2. CPU cost of the steps the import runs, measured apart (same functions, same options).
  const defaults = { channel: 'bench', incoterm: 'DAP', shippingMethod: 'postal', unit: 'PCE', orderDate: new Date().toISOString().slice(0, 10) };
  const [, papaMs] = time(() => readCsv(text).rows.length);
  // Parsed twice: the first run warms the JIT; the service's own parse runs warm as well.
  const [, parseColdMs] = time(() => parseOrderCsv(text, { defaults }).orders.length);
  const [parsed, parseMs] = time(() => parseOrderCsv(text, { defaults }));
  if (parsed.orders.length !== ORDERS || parsed.invalid.length > 0) {
    throw new Error(`generator bug: ${parsed.orders.length} valid, ${parsed.invalid.length} invalid, first error ${JSON.stringify(parsed.errors[0])}`);
  }
  const orders = parsed.orders.map((p) => p.order);
  const [, zodMs] = time(() => orders.forEach((o) => orderSchema.parse(o)));
  const [, checkMs] = time(() => orders.forEach((o) => checkOrder(o)));
  const [, hashMs] = time(() => orders.forEach((o) => contentHash(o)));
  const [, totalMs] = time(() => orders.forEach((o) => orderTotal(o)));
  const at = new Date().toISOString();
  const [plainRows, rowBuildMs] = time((): PlainRows => ({
    importRow: { id: 1, at, file_name: fileName, file_sha256: '0'.repeat(64), row_count: lineCount, created: ORDERS, existing: 0, rejected: 0 },
    orders: orders.map((o, i) => ({ id: i + 1, ...orderToRow(o, { status: 'received', at, importId: 1 }) })),
    lines: orders.map((o, i) => linesToRows(o, i + 1)),
    audit: orders.map((_, i) => ({
      at,
      actor: 'local user',
      entity: 'order',
      entity_id: i + 1,
      action: 'imported',
      before: null,
      after: JSON.stringify({ importId: 1, fileName }),
    })),
  }));

  // 3. Plain sqlite3 baseline (orders + lines), and the like-for-like variant that also writes the audit rows.
  const plainDb = await createPlainDb(join(dir, 'plain.sqlite'));
  let c0 = process.cpuUsage();
  const plainMs = await plainInsert(plainDb, plainRows, { withAudit: false });
  const plainCpu = cpuSince(c0);
  await new Promise<void>((r) => plainDb.close(() => r()));
  const plainAuditDb = await createPlainDb(join(dir, 'plain-audit.sqlite'));
  c0 = process.cpuUsage();
  const plainAuditMs = await plainInsert(plainAuditDb, plainRows, { withAudit: true });
  const plainAuditCpu = cpuSince(c0);
  await new Promise<void>((r) => plainAuditDb.close(() => r()));

  // Kysely compile cost of our multi-row inserts, on the same rows (no database work).
  const core = await openCore({ dataDir: join(dir, 'ours'), mode: 'web', version: 'bench' });
  const [, compileMs] = time(() => {
    for (let i = 0; i < ORDERS; i += CHUNK) {
      core.db
        .insertInto('orders')
        .values(plainRows.orders.slice(i, i + CHUNK))
        .compile();
      core.db
        .insertInto('order_lines')
        .values(plainRows.lines.slice(i, i + CHUNK).flat())
        .compile();
      core.db
        .insertInto('audit_log')
        .values(plainRows.audit.slice(i, i + CHUNK))
        .compile();
    }
  });
  (parsed as { orders: unknown }).orders = [];
  orders.length = 0;
  plainRows.orders.length = plainRows.lines.length = plainRows.audit.length = 0;

  // 4. Ours: the real command, as the renderer calls it.
  const jobId = 'bench-import';
  const marks: { phase: string; done: number; t: number }[] = [];
  core.onEvent((e: AppEvent) => {
    if (e.type === 'progress' && e.jobId === jobId) marks.push({ phase: e.phase, done: e.done, t: now() });
  });
  const peak = new PeakMemory();
  peak.start();
  c0 = process.cpuUsage();
  const t0 = now();
  const env = await core.dispatch('orders.importCommit', { fileName, text, channel: 'bench', jobId });
  const oursMs = now() - t0;
  const oursCpu = cpuSince(c0);
  const importPeak = await peak.stop();
  if (!env.ok) throw new Error(`import failed: ${JSON.stringify(env.error)}`);
  const outcome = env.value as ImportOutcome;
  if (outcome.created !== ORDERS) throw new Error(`import created ${outcome.created} orders, expected ${ORDERS}`);

  // Phases from the progress events: "checking" at the start, "writing" after each chunk of 1000.
  const writes = marks.filter((m) => m.phase === 'writing');
  const start = marks.find((m) => m.phase === 'checking')?.t ?? t0;
  const perChunk = writes.length > 1 ? (writes.at(-1)!.t - writes[0]!.t) / (writes.length - 1) : 0;
  const writeLoopMs = writes.length ? writes.at(-1)!.t - writes[0]!.t + perChunk : NaN;
  const beforeWriteMs = writes.length ? writes[0]!.t - perChunk - start : NaN;
  const commitMs = writes.length ? t0 + oursMs - writes.at(-1)!.t : NaN;
  const oursNoParseMs = oursMs - parseMs;

  const importRows: (string | number)[][] = [
    ['plain sqlite3: orders + lines (prepared, per row)', secs(plainMs), secs(plainCpu), int(rate(lineCount, plainMs)), int(rate(ORDERS, plainMs)), '1.00'],
    [
      'plain sqlite3: + audit rows (like for like)',
      secs(plainAuditMs),
      secs(plainAuditCpu),
      int(rate(lineCount, plainAuditMs)),
      int(rate(ORDERS, plainAuditMs)),
      (plainMs / plainAuditMs).toFixed(2),
    ],
    [
      'ours: orders.importCommit, incl. CSV parse',
      secs(oursMs),
      secs(oursCpu),
      int(rate(lineCount, oursMs)),
      int(rate(ORDERS, oursMs)),
      (plainMs / oursMs).toFixed(2),
    ],
    [
      'ours: excl. CSV parse (total - parse)',
      secs(oursNoParseMs),
      '',
      int(rate(lineCount, oursNoParseMs)),
      int(rate(ORDERS, oursNoParseMs)),
      (plainMs / oursNoParseMs).toFixed(2),
    ],
  ];
  printTable('Import (ratio = our rate / plain rate; cpu = process CPU, all threads)', ['path', 'time', 'cpu', 'lines/s', 'orders/s', 'ratio'], importRows);

  printTable(
    'Import breakdown (rows marked "apart" re-run that step alone on the same data, outside the import)',
    ['step', 'time', 'share of ours'],
    [
      ['ours total (dispatch, end to end)', secs(oursMs), '100%'],
      ['  before first write: input check, parse, duplicate check', secs(beforeWriteMs), pct(beforeWriteMs, oursMs)],
      [`    parseOrderCsv (apart, warm; cold first run ${secs(parseColdMs)})`, secs(parseMs), pct(parseMs, oursMs)],
      ['      of which Papa.parse (readCsv)', secs(papaMs), pct(papaMs, oursMs)],
      ['      of which zod orderSchema (re-run on parsed orders)', secs(zodMs), pct(zodMs, oursMs)],
      [`  write loop (${writes.length} chunks of ${CHUNK})`, secs(writeLoopMs), pct(writeLoopMs, oursMs)],
      ['    orderToRow + linesToRows (apart)', secs(rowBuildMs), pct(rowBuildMs, oursMs)],
      ['      of which checkOrder', secs(checkMs), pct(checkMs, oursMs)],
      ['      of which contentHash (JSON + sha256)', secs(hashMs), pct(hashMs, oursMs)],
      ['      of which orderTotal (decimal.js)', secs(totalMs), pct(totalMs, oursMs)],
      ['    Kysely compile of the multi-row inserts (apart)', secs(compileMs), pct(compileMs, oursMs)],
      [
        '    left for sqlite3 (write loop - row build - compile)',
        secs(writeLoopMs - rowBuildMs - compileMs),
        pct(writeLoopMs - rowBuildMs - compileMs, oursMs),
      ],
      ['  commit', secs(commitMs), pct(commitMs, oursMs)],
    ],
  );

  // 5. Listing and search on the full table. Imports create "received" orders; spread statuses first.
  await sql.raw(STATUS_SPREAD_SQL).execute(core.db);
  await core.db.executeQuery(CompiledQuery.raw('pragma wal_checkpoint(truncate)'));
  // [label, query, counts toward the target]. The extra rows guard against fixes that only help one kind of term.
  const scenarios: [string, OrderListQuery, boolean][] = [
    ['first page, default sort (date desc)', {}, true],
    ['page at offset 50,000', { offset: 50_000 }, true],
    ['filter status = in_transit', { status: 'in_transit' }, true],
    ['search order number "04217"', { search: '04217' }, true],
    ['search consignee "Fernán"', { search: 'Fernán' }, true],
    ['search country "DE"', { search: 'DE' }, true],
    ['sort by total desc', { sort: 'total' }, true],
    ['extra: search "SO-10" (every order matches)', { search: 'SO-10' }, false],
    ['extra: search "Zq" (2 letters, no match)', { search: 'Zq' }, false],
    ['extra: status in_transit + search "Fernán"', { status: 'in_transit', search: 'Fernán' }, false],
    ['extra: sort by consignee name', { sort: 'consigneeName' }, false],
  ];
  const listRows: (string | number)[][] = [];
  let worstP95 = 0;
  for (const [label, query, counts] of scenarios) {
    const samples: number[] = [];
    let page: OrderPage | undefined;
    for (let i = 0; i < WARMUP + REPS; i++) {
      const s = now();
      const res = await core.dispatch('orders.list', query);
      const elapsed = now() - s;
      if (!res.ok) throw new Error(`orders.list ${label} failed: ${JSON.stringify(res.error)}`);
      page = res.value as OrderPage;
      if (i >= WARMUP) samples.push(elapsed);
    }
    const p95 = percentile(samples, 95);
    if (counts) worstP95 = Math.max(worstP95, p95);
    listRows.push([label, int(page!.total), page!.rows.length, ms(median(samples)), ms(p95), p95 < LIST_P95_TARGET_MS ? 'ok' : 'SLOW']);
  }
  printTable(
    `orders.list via core.dispatch on ${int(ORDERS)} orders (${REPS} runs after ${WARMUP} warm-up)`,
    ['query', 'matches', 'rows', 'median', 'p95', `< ${LIST_P95_TARGET_MS} ms`],
    listRows,
  );

  await core.close();
  console.log(`\ndatabase files after close: ours ${mb(fileSize(core.dataFile))} (with audit log), plain ${mb(fileSize(join(dir, 'plain.sqlite')))}`);
  const end = process.memoryUsage();
  printTable(
    'Memory',
    ['when', 'rss', 'heapUsed'],
    [
      ['peak during import (rss sampled every 25 ms from a worker)', mb(importPeak.rss), mb(importPeak.heapUsed)],
      ['at the end', mb(end.rss), mb(end.heapUsed)],
      ['process max rss (getrusage)', mb(process.resourceUsage().maxRSS * 1024), ''],
    ],
  );

  const ratio = plainMs / oursNoParseMs;
  const ratioIncl = plainMs / oursMs;
  const importPass = ratio >= IMPORT_RATIO_TARGET;
  console.log(
    `\nimport ratio ours/plain: ${ratio.toFixed(3)} excluding CSV parse (the target below), ${ratioIncl.toFixed(3)} including it (${ratioIncl >= IMPORT_RATIO_TARGET ? 'PASS' : 'FAIL'}); ` +
      `by CPU time ${(plainCpu / oursCpu).toFixed(3)} including parse`,
  );
  console.log(`worst p95 of the ${scenarios.filter((x) => x[2]).length} target queries: ${ms(worstP95)}`);
  console.log(`load average at end: ${load()}`);
  console.log(
    `targets: import ratio ≥ ${IMPORT_RATIO_TARGET}: ${importPass ? 'PASS' : 'FAIL'}, list/search p95 < ${LIST_P95_TARGET_MS} ms: ${worstP95 < LIST_P95_TARGET_MS ? 'PASS' : 'FAIL'}`,
  );
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

function pct(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(0)}%`;
}

main().catch((err) => {
  console.error(err);
  // Informative only: a failed target never fails the command, but a broken bench should.
  process.exitCode = 1;
});
