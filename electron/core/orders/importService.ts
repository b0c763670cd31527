// Order import from a shop's CSV export: preview (nothing written) and commit (all or nothing,
// or only the valid orders when the user asks). Re-importing the same file creates no duplicates.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppEvent } from '../../../shared/api/commands';
import type { ImportOrderState, ImportOutcome, ImportPreview } from '../../../shared/api/types';
import { type ParseOptions, type ParsedImport, parseOrderCsvAsync } from '../../../shared/import/orderCsv';
import { AppError } from '../api/errors';
import { appendAudit } from '../audit/auditRepository';
import type { Stamp } from '../api/stamp';
import type { DB } from '../db/schema';
import { type Job, cancelJob, checkFile, runAsJob } from '../jobs/jobs';
import { rememberChoices } from '../shipping/rulesService';
import type { UploadStore } from '../uploads/uploadStore';
import { insertOrders } from './orderRepository';
import { DEFAULT_CHANNEL, PREVIEW_ERRORS, UnknownLines, WRITE_CHUNK, type ImportInput, cancelled, classify, parseOptions, previewSample } from './importCommon';
import { commitUpload, previewUpload } from './importUpload';
import { orderToRow } from './orderRows';
import { catalogueFacts } from './orderStock';

export { DEFAULT_CHANNEL };

type Emit = (event: AppEvent) => void;

/** Checks the file's orders, reporting progress and stopping when the user cancels. */
const parse = (input: ImportInput, job: Job, emit: Emit, options: ParseOptions): Promise<ParsedImport> =>
  checkFile(input.jobId, job, emit, (hooks) => parseOrderCsvAsync(input.text ?? '', options, hooks));

const asJob = <T>(input: ImportInput, run: (job: Job) => Promise<T>) => runAsJob(input.jobId, run);

function uploadOf(uploads: UploadStore | undefined, uploadId: string) {
  if (!uploads) throw new AppError('import.uploadGone', 'This import cannot read uploaded files; send the file as text.');
  return uploads.complete(uploadId);
}

export function cancelImport(jobId: string): { cancelled: boolean } {
  return { cancelled: cancelJob(jobId) };
}

export function previewImport(db: Kysely<DB>, input: ImportInput, emit: Emit, stamp: Stamp, uploads?: UploadStore): Promise<ImportPreview> {
  if (input.uploadId !== undefined) {
    const upload = uploadOf(uploads, input.uploadId);
    return asJob(input, (job) => previewUpload(db, input, upload, job, emit, stamp));
  }
  return asJob(input, (job) => preview(db, input, job, emit, stamp));
}

async function preview(db: Kysely<DB>, input: ImportInput, job: Job, emit: Emit, stamp: Stamp): Promise<ImportPreview> {
  const options = await parseOptions(db, input, stamp);
  const parsed = await parse(input, job, emit, options);
  const unknown = new UnknownLines(options.shipping);
  for (const p of parsed.orders) unknown.note(p.order);
  const states = await classify(db, parsed.orders);
  const counts: Record<ImportOrderState, number> = { new: 0, existing: 0, conflict: 0, invalid: parsed.invalid.length };
  for (const s of states.values()) counts[s]++;
  const sample = previewSample(parsed.invalid, parsed.orders, states);
  return {
    headers: parsed.headers,
    delimiter: parsed.delimiter,
    mapping: parsed.mapping,
    missingFields: parsed.missingFields,
    rowCount: parsed.rowCount,
    counts,
    sample,
    errors: parsed.errors.slice(0, PREVIEW_ERRORS),
    errorCount: parsed.errors.length,
    unknownShippingLines: unknown.list(),
    unknownShippingLineCount: unknown.count,
  };
}

export async function commitImport(db: Kysely<DB>, input: ImportInput, emit: Emit, stamp: Stamp, uploads?: UploadStore): Promise<ImportOutcome> {
  if (input.uploadId !== undefined) {
    const upload = uploadOf(uploads, input.uploadId);
    const outcome = await asJob(input, (job) => commitUpload(db, input, upload, job, emit, stamp));
    // Imported: the copy has served its purpose. A refused or cancelled import keeps it for another try.
    await uploads!.discard(input.uploadId);
    return outcome;
  }
  return asJob(input, (job) => commit(db, input, job, emit, stamp));
}

async function commit(db: Kysely<DB>, input: ImportInput, job: Job, emit: Emit, stamp: Stamp): Promise<ImportOutcome> {
  const progress = (done: number, total: number, phase: 'checking' | 'writing') =>
    input.jobId && emit({ type: 'progress', jobId: input.jobId, done, total, phase });
  progress(0, 1, 'checking');
  const options = await parseOptions(db, input, stamp);
  const parsed = await parse(input, job, emit, options);
  if (parsed.missingFields.length > 0) {
    throw new AppError('errors.importMissingColumns', `The file has no column for: ${parsed.missingFields.join(', ')}. Map those columns and try again.`, {
      fields: parsed.missingFields.join(', '),
    });
  }
  // A header with no rows under it (or an empty file mapped by hand) would record an import of
  // nothing; say so instead, and leave the database untouched.
  if (parsed.rowCount === 0) {
    throw new AppError('errors.importEmpty', 'The file has no rows under its header, so there is nothing to import. Check that you chose the right file.');
  }
  if ((parsed.invalid.length > 0 || parsed.errors.length > 0) && !input.onlyValid) {
    throw new AppError(
      'errors.importHasErrors',
      `${parsed.invalid.length} order(s) in the file have errors, so nothing was imported. Fix the rows listed, or choose to import only the valid orders.`,
      { invalid: parsed.invalid.length },
    );
  }
  const states = await classify(db, parsed.orders);
  const fresh = parsed.orders.filter((p) => states.get(p) === 'new');
  const conflicts = parsed.orders.filter((p) => states.get(p) === 'conflict').map((p) => p.order.orderNumber);
  const existing = parsed.orders.length - fresh.length - conflicts.length;
  const unknown = new UnknownLines(options.shipping);
  for (const p of parsed.orders) unknown.note(p.order);

  const { importId, shippingRulesAdded } = await db.transaction().execute(async (trx) => {
    const { at } = stamp;
    const record = await trx
      .insertInto('imports')
      .values({
        at,
        file_name: input.fileName,
        file_sha256: createHash('sha256')
          .update(input.text ?? '')
          .digest('hex'),
        row_count: parsed.rowCount,
        created: fresh.length,
        existing,
        rejected: parsed.invalid.length,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < fresh.length; i += WRITE_CHUNK) {
      // Thrown inside the transaction, so everything written so far is rolled back.
      if (job.isCancelled()) throw cancelled();
      const chunk = fresh.slice(i, i + WRITE_CHUNK);
      const products = await catalogueFacts(
        trx,
        chunk.map((p) => p.order),
      );
      const ids = await insertOrders(
        trx,
        chunk.map((p) => ({ order: p.order, row: orderToRow(p.order, { status: 'received', at, importId: record.id, products }) })),
      );
      await appendAudit(
        trx,
        ids.map((id) => ({ entity: 'order', entityId: id, action: 'imported', after: { importId: record.id, fileName: input.fileName }, ...stamp })),
      );
      progress(Math.min(i + WRITE_CHUNK, fresh.length), fresh.length, 'writing');
    }
    // In the import's transaction, not when chosen: the rule and the orders it decided are kept
    // together or not at all, so a cancelled or refused import leaves no rule the user never saw work.
    const remembered = await rememberChoices(trx, unknown.rulesToRemember(input.shippingChoices), input.fileName, stamp);
    return { importId: record.id, shippingRulesAdded: remembered.added };
  });
  return { importId, created: fresh.length, existing, conflicts, rejected: parsed.invalid.length, shippingRulesAdded };
}
