// Runs tests/crash/writer.ts in a child process, kills it with SIGKILL at a chosen moment, and
// checks the database the way the app would find it on the next start.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openCore } from '../../electron/core/app';
import { prng } from '../support/prng';

export const ROOT = join(__dirname, '../..');
const WRITER = join(__dirname, 'writer.ts');
const TSX_CLI = createRequire(join(ROOT, 'package.json')).resolve('tsx/cli');

/** Every write the writer acknowledged, accumulated over all rounds on one data folder. */
export interface Acks {
  /** order number -> acknowledged line count */
  creates: Map<string, number>;
  confirms: Set<number>;
  holds: Set<number>;
  /** Acknowledged receipts: reference -> number of lines. */
  receipts: Map<string, number>;
}

export const emptyAcks = (): Acks => ({ creates: new Map(), confirms: new Set(), holds: new Set(), receipts: new Map() });

export interface RoundResult {
  creates: number;
  confirms: number;
  holds: number;
  receipts: number;
  /** ms between READY and SIGKILL */
  killAfterMs: number;
  /** ms from spawn to READY (tsx start-up plus opening the core) */
  startMs: number;
  stderr: string;
}

export { prng };

function recordAck(line: string, acks: Acks, round: RoundResult): void {
  const [tag, kind, a, b] = line.split(' ');
  if (tag !== 'ACK') return;
  if (kind === 'create') {
    acks.creates.set(a!, Number(b));
    round.creates++;
  } else if (kind === 'confirm') {
    acks.confirms.add(Number(a));
    round.confirms++;
  } else if (kind === 'receive') {
    acks.receipts.set(a!, Number(b));
    round.receipts++;
  } else if (kind === 'hold') {
    acks.holds.add(Number(a));
    round.holds++;
  } else {
    throw new Error(`Unknown acknowledgement from the writer: ${line}`);
  }
}

const running = new Set<ChildProcess>();

/** Kills the writer's whole process group (tsx runs the script in a child of its own). */
function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** For afterEach/afterAll: no writer may outlive a failed test. */
export function killAllWriters(): void {
  for (const child of running) killGroup(child);
  running.clear();
}

/**
 * Starts the writer, waits for READY, lets it write for `killAfterMs`, then SIGKILLs it and
 * waits until it and its output are gone. Acknowledgements are added to `acks`.
 */
export function runRound(opts: {
  dataDir: string;
  prefix: string;
  seed: number;
  killAfterMs: number;
  ackBeforeCommit?: boolean;
  acks: Acks;
}): Promise<RoundResult> {
  const result: RoundResult = { creates: 0, confirms: 0, holds: 0, receipts: 0, killAfterMs: opts.killAfterMs, startMs: 0, stderr: '' };
  const spawnedAt = Date.now();
  const args = [TSX_CLI, WRITER, opts.dataDir, '--prefix', opts.prefix, '--seed', String(opts.seed)];
  if (opts.ackBeforeCommit) args.push('--ack-before-commit');
  // detached: the writer leads its own process group, so one kill reaches tsx and the script.
  // stdin is a pipe we never write to: if this process dies, the writer sees it close and stops.
  const child = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);

  return new Promise<RoundResult>((resolve, reject) => {
    let buffer = '';
    let killed = false;
    let ready = false;
    let killTimer: NodeJS.Timeout | undefined;
    const readyTimeout = setTimeout(() => {
      killGroup(child);
      reject(new Error(`The writer did not print READY within 60 s.\n${result.stderr}`));
    }, 60_000);

    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'READY') {
          ready = true;
          result.startMs = Date.now() - spawnedAt;
          clearTimeout(readyTimeout);
          killTimer = setTimeout(() => {
            killed = true;
            killGroup(child);
          }, opts.killAfterMs);
        } else {
          try {
            recordAck(line, opts.acks, result);
          } catch (err) {
            killGroup(child);
            reject(err);
          }
        }
      }
      // A partial last line is an ACK cut off by the kill: it was never fully printed, so it does not count.
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => (result.stderr += chunk));
    child.on('error', (err) => {
      clearTimeout(readyTimeout);
      reject(err);
    });
    // 'close': the process has exited and its output pipes are drained.
    child.on('close', (code, signal) => {
      clearTimeout(readyTimeout);
      clearTimeout(killTimer);
      running.delete(child);
      if (!killed) {
        reject(new Error(`The writer exited on its own (code ${code}, signal ${signal}, ready ${ready}) before it was killed:\n${result.stderr}`));
      } else if (signal !== 'SIGKILL') {
        reject(new Error(`The writer ended with ${signal ?? `code ${code}`} instead of SIGKILL:\n${result.stderr}`));
      } else {
        resolve(result);
      }
    });
  });
}

type Row = Record<string, unknown>;

/**
 * Opens the data folder as the app does on its next start and lists everything that is wrong:
 * corruption, acknowledged writes that are missing or different, half-written transactions.
 * Returns [] when the database is sound and holds every acknowledged write.
 */
export async function checkDatabase(dataDir: string, acks: Acks): Promise<string[]> {
  const core = await openCore({ dataDir, mode: 'web', version: 'crash-check' });
  const problems: string[] = [];
  const q = async (query: ReturnType<typeof sql>): Promise<Row[]> => (await query.execute(core.db)).rows as Row[];
  try {
    const integrity = (await q(sql`pragma integrity_check`)).map((r) => String(r.integrity_check));
    if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.join('; ')}`);

    for (const r of await q(sql`pragma foreign_key_check`)) problems.push(`foreign_key_check: ${JSON.stringify(r)}`);

    // Lines whose order does not exist (also caught by foreign_key_check while the FK is declared).
    for (const r of await q(
      sql`select l.order_id, count(*) as n from order_lines l left join orders o on o.id = l.order_id where o.id is null group by l.order_id`,
    )) {
      problems.push(`order_lines without an order: order_id ${r.order_id} (${r.n} lines)`);
    }

    // Every order is whole: line_count lines numbered 1..n, and exactly one 'created' audit row.
    const orders = await q(sql`
      select o.id, o.order_number, o.status, o.line_count,
        (select count(*) from order_lines l where l.order_id = o.id) as lines,
        (select coalesce(min(line_no), 1) from order_lines l where l.order_id = o.id) as first_line,
        (select coalesce(max(line_no), 0) from order_lines l where l.order_id = o.id) as last_line,
        (select count(*) from audit_log a where a.entity = 'order' and a.entity_id = o.id and a.action = 'created') as created_audits
      from orders o`);
    const byNumber = new Map<string, Row>();
    const byId = new Map<number, Row>();
    for (const o of orders) {
      byNumber.set(String(o.order_number), o);
      byId.set(Number(o.id), o);
      if (o.lines !== o.line_count || o.first_line !== 1 || o.last_line !== o.line_count) {
        problems.push(
          `half-written order ${o.order_number} (id ${o.id}): line_count ${o.line_count}, ${o.lines} lines numbered ${o.first_line}..${o.last_line}`,
        );
      }
      if (o.created_audits !== 1) problems.push(`order ${o.order_number} (id ${o.id}) has ${o.created_audits} 'created' audit rows instead of 1`);
    }

    // Audit rows about orders that do not exist: the rest of their transaction was lost.
    for (const r of await q(
      sql`select a.id, a.entity_id, a.action from audit_log a left join orders o on o.id = a.entity_id where a.entity = 'order' and o.id is null`,
    )) {
      problems.push(`audit row ${r.id} (${r.action}) points to missing order ${r.entity_id}`);
    }

    // Every acknowledged write is there, exactly as acknowledged.
    for (const [number, lineCount] of acks.creates) {
      const o = byNumber.get(number);
      if (!o) problems.push(`acknowledged order ${number} is missing`);
      else if (o.line_count !== lineCount || o.lines !== lineCount) {
        problems.push(`acknowledged order ${number} was saved with ${lineCount} lines, found line_count ${o.line_count} and ${o.lines} lines`);
      }
    }
    const audits = new Set(
      (await q(sql`select entity_id, action from audit_log where entity = 'order' and action in ('hold', 'confirmed')`)).map(
        (r) => `${r.action} ${r.entity_id}`,
      ),
    );
    for (const id of acks.holds) {
      const o = byId.get(id);
      if (o?.status !== 'on_hold') problems.push(`acknowledged hold of order id ${id}: status is ${o ? String(o.status) : 'missing order'}`);
      if (!audits.has(`hold ${id}`)) problems.push(`acknowledged hold of order id ${id} has no 'hold' audit row`);
    }
    for (const id of acks.confirms) {
      const o = byId.get(id);
      // A later hold of the same order may have been committed (acknowledged or not): on_hold is fine.
      if (o?.status !== 'confirmed' && o?.status !== 'on_hold')
        problems.push(`acknowledged confirmation of order id ${id}: status is ${o ? String(o.status) : 'missing order'}`);
      if (!audits.has(`confirmed ${id}`)) problems.push(`acknowledged confirmation of order id ${id} has no 'confirmed' audit row`);
    }
    problems.push(...(await checkStock(q, acks)));
  } finally {
    await core.close();
  }
  return problems;
}

/** Stock: acknowledged receipts are there whole, no receipt is half written, and an order holds a reservation exactly while it is confirmed. */
async function checkStock(q: (query: ReturnType<typeof sql>) => Promise<Row[]>, acks: Acks): Promise<string[]> {
  const problems: string[] = [];
  const receipts = new Map(
    (await q(sql`select reference, count(*) as n from stock_movements where kind = 'receipt' and reference like '%-R%-L%' group by reference`)).map((r) => [
      String(r.reference),
      Number(r.n),
    ]),
  );
  for (const [reference, n] of receipts) {
    const expected = Number(/-L(\d+)$/.exec(reference)?.[1]);
    if (n !== expected) problems.push(`half-written receipt ${reference}: ${n} of ${expected} lines`);
  }
  for (const [reference, lines] of acks.receipts) {
    if (receipts.get(reference) !== lines) problems.push(`acknowledged receipt ${reference} (${lines} lines) has ${receipts.get(reference) ?? 0} movements`);
  }
  const held = await q(sql`
    select o.id, o.status,
      (select coalesce(sum(m.reserved_milli), 0) from stock_movements m where m.order_id = o.id) as reserved,
      (select coalesce(sum(cast(l.quantity as integer) * 1000), 0) from order_lines l where l.order_id = o.id) as ordered
    from orders o`);
  for (const o of held) {
    const want = o.status === 'confirmed' ? Number(o.ordered) : 0;
    if (Number(o.reserved) !== want)
      problems.push(`order id ${o.id} is ${o.status} but holds ${Number(o.reserved) / 1000} reserved units instead of ${want / 1000}`);
  }
  for (const r of await q(
    sql`select product_id, location_id, sum(qty_milli) as q from stock_movements where place = 'bin' group by product_id, location_id having q < 0`,
  )) {
    problems.push(`negative stock: product ${r.product_id} in bin ${r.location_id}: ${r.q}`);
  }
  return problems;
}

export async function countOrders(dataDir: string): Promise<{ orders: number; lines: number }> {
  const core = await openCore({ dataDir, mode: 'web', version: 'crash-check' });
  try {
    const r = (
      await sql<{ orders: number; lines: number }>`select (select count(*) from orders) as orders, (select count(*) from order_lines) as lines`.execute(core.db)
    ).rows[0]!;
    return r;
  } finally {
    await core.close();
  }
}
