// The order import of an uploaded file (see uploads/), read from disk in pieces: the preview and
// the commit each read it twice (shared/import/orderCsvStream.ts), so memory holds the orders
// still open and the errors, never the file. Runs on main's event loop: every piece is an await
// (a disk read), and one piece (1 MB) is parsed in a few milliseconds, so other requests, progress
// and a cancel all get through.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppEvent } from '../../../shared/api/commands';
import type { ImportOrderState, ImportOutcome, ImportPreview } from '../../../shared/api/types';
import { ImportCancelledError, type ImportRowError, type InvalidOrder, type ParsedOrder } from '../../../shared/import/orderCsv';
import { type OrderCsvIndex, type StreamHooks, indexOrderCsv, streamOrders } from '../../../shared/import/orderCsvStream';
import { AppError } from '../api/errors';
import { appendAudit } from '../audit/auditRepository';
import type { Stamp } from '../api/stamp';
import type { DB } from '../db/schema';
import { rememberChoices } from '../shipping/rulesService';
import type { CompleteUpload } from '../uploads/uploadStore';
import { PREVIEW_ERRORS, PREVIEW_SAMPLE, UnknownLines, WRITE_CHUNK, type ImportInput, cancelled, classify, parseOptions, previewSample } from './importCommon';
import type { Job } from '../jobs/jobs';
import { insertOrders } from './orderRepository';
import { orderToRow } from './orderRows';
import { catalogueFacts } from './orderStock';

type Emit = (event: AppEvent) => void;
type Phase = 'reading' | 'checking' | 'writing';

function hooksFor(input: ImportInput, job: Job, emit: Emit, phase: Phase): StreamHooks {
  return {
    isCancelled: job.isCancelled,
    onProgress: (done, total) => input.jobId && emit({ type: 'progress', jobId: input.jobId, done, total, phase }),
  };
}

/** Runs a pass, turning the stream's cancel into the import's "cancelled, nothing written". */
async function cancellable<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ImportCancelledError) throw cancelled();
    throw err;
  }
}

const byFirstRow = (a: { rows: number[] }, b: { rows: number[] }) => a.rows[0]! - b.rows[0]!;

function allErrors(index: OrderCsvIndex, orderErrors: ImportRowError[]): ImportRowError[] {
  // Stable: the same order of errors within a row as parseOrderCsv gives.
  return [...index.rowErrors, ...orderErrors].sort((a, b) => a.row - b.row);
}

export async function previewUpload(db: Kysely<DB>, input: ImportInput, upload: CompleteUpload, job: Job, emit: Emit, stamp: Stamp): Promise<ImportPreview> {
  const options = await parseOptions(db, input, stamp);
  const unknown = new UnknownLines(options.shipping);
  const index = await cancellable(() => indexOrderCsv(upload.source, upload.size, options, hooksFor(input, job, emit, 'reading')));
  const counts: Record<ImportOrderState, number> = { new: 0, existing: 0, conflict: 0, invalid: 0 };
  const invalid: InvalidOrder[] = [];
  const orderErrors: ImportRowError[] = [];
  // Only what the preview shows: the first valid orders by their first row, and a running count.
  let shown: ParsedOrder[] = [];
  let shownSet = new Set<ParsedOrder>();
  const states = new Map<ParsedOrder, ImportOrderState>();
  let batch: ParsedOrder[] = [];
  const flush = async () => {
    const classified = await classify(db, batch);
    for (const [p, state] of classified) {
      counts[state]++;
      if (shownSet.has(p)) states.set(p, state);
    }
    batch = [];
  };
  await cancellable(() =>
    streamOrders(
      upload.source,
      upload.size,
      index,
      options,
      async (built) => {
        if (!built.ok) {
          counts.invalid++;
          invalid.push(built.invalid);
          for (const e of built.errors) orderErrors.push(e);
          return;
        }
        unknown.note(built.parsed.order);
        batch.push(built.parsed);
        shown.push(built.parsed);
        shownSet.add(built.parsed);
        if (shown.length > 2 * PREVIEW_SAMPLE) {
          shown = shown.sort(byFirstRow).slice(0, PREVIEW_SAMPLE);
          shownSet = new Set(shown);
        }
        if (batch.length >= WRITE_CHUNK) await flush();
      },
      hooksFor(input, job, emit, 'checking'),
    ),
  );
  await flush();
  const errors = allErrors(index, orderErrors);
  const sample = previewSample(invalid.sort(byFirstRow), shown.sort(byFirstRow), states);
  return {
    headers: index.headers,
    delimiter: index.delimiter,
    mapping: index.mapping,
    missingFields: index.missingFields,
    rowCount: index.rowCount,
    counts,
    sample,
    errors: errors.slice(0, PREVIEW_ERRORS),
    errorCount: errors.length,
    encoding: index.encoding,
    lostCharacters: index.replacementCharacters,
    unknownShippingLines: unknown.list(),
    unknownShippingLineCount: unknown.count,
  };
}

export async function commitUpload(db: Kysely<DB>, input: ImportInput, upload: CompleteUpload, job: Job, emit: Emit, stamp: Stamp): Promise<ImportOutcome> {
  const options = await parseOptions(db, input, stamp);
  const unknown = new UnknownLines(options.shipping);
  if (input.jobId) emit({ type: 'progress', jobId: input.jobId, done: 0, total: 1, phase: 'reading' });
  const index = await cancellable(() => indexOrderCsv(upload.source, upload.size, options, hooksFor(input, job, emit, 'reading')));
  if (index.missingFields.length > 0) {
    throw new AppError('errors.importMissingColumns', `The file has no column for: ${index.missingFields.join(', ')}. Map those columns and try again.`, {
      fields: index.missingFields.join(', '),
    });
  }
  if (index.rowCount === 0) {
    throw new AppError('errors.importEmpty', 'The file has no rows under its header, so there is nothing to import. Check that you chose the right file.');
  }
  // Orders are written while the file is read the second time; the first invalid order (unless
  // the user asked for only the valid ones) stops the writing, the rest is only counted, and the
  // transaction is rolled back at the end: nothing of a refused file stays.
  let refusing = index.rowErrors.length > 0 && !input.onlyValid;
  let rejected = 0;
  let created = 0;
  let existing = 0;
  const conflicts: string[] = [];
  const hash = createHash('sha256');
  return db.transaction().execute(async (trx) => {
    const { at } = stamp;
    const record = await trx
      .insertInto('imports')
      .values({ at, file_name: input.fileName, file_sha256: '', row_count: index.rowCount, created: 0, existing: 0, rejected: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    let batch: ParsedOrder[] = [];
    const flush = async () => {
      const list = batch;
      batch = [];
      if (refusing || list.length === 0) return;
      const states = await classify(trx, list);
      const fresh = list.filter((p) => states.get(p) === 'new');
      for (const p of list) if (states.get(p) === 'conflict') conflicts.push(p.order.orderNumber);
      existing += list.filter((p) => states.get(p) === 'existing').length;
      if (fresh.length === 0) return;
      const products = await catalogueFacts(
        trx,
        fresh.map((p) => p.order),
      );
      const ids = await insertOrders(
        trx,
        fresh.map((p) => ({ order: p.order, row: orderToRow(p.order, { status: 'received', at, importId: record.id, products }) })),
      );
      await appendAudit(
        trx,
        ids.map((id) => ({ entity: 'order', entityId: id, action: 'imported', after: { importId: record.id, fileName: input.fileName }, ...stamp })),
      );
      created += fresh.length;
    };
    await cancellable(() =>
      streamOrders(
        upload.source,
        upload.size,
        index,
        options,
        async (built) => {
          if (!built.ok) {
            rejected++;
            if (!input.onlyValid) refusing = true;
            return;
          }
          if (refusing) return;
          unknown.note(built.parsed.order);
          batch.push(built.parsed);
          if (batch.length >= WRITE_CHUNK) await flush();
        },
        { ...hooksFor(input, job, emit, 'writing'), onText: (text) => hash.update(text) },
      ),
    );
    await flush();
    if (refusing) {
      throw new AppError(
        'errors.importHasErrors',
        `${rejected} order(s) in the file have errors, so nothing was imported. Fix the rows listed, or choose to import only the valid orders.`,
        { invalid: rejected },
      );
    }
    // As the text path: the choices become rules in the import's transaction (see importService).
    const remembered = await rememberChoices(trx, unknown.rulesToRemember(input.shippingChoices), input.fileName, stamp);
    await trx
      .updateTable('imports')
      .set({ file_sha256: hash.digest('hex'), created, existing, rejected })
      .where('id', '=', record.id)
      .execute();
    return { importId: record.id, created, existing, conflicts, rejected, shippingRulesAdded: remembered.added };
  });
}
