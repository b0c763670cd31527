// Opening stock from a count sheet: each row SETS what one bin holds of one product. The preview
// shows current, counted and the difference; the commit writes only differences (a receipt into
// an empty bin, else an adjustment "stock count"), so importing the same file again writes nothing.
import type { Stamp } from '../api/stamp';
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppEvent } from '../../../shared/api/commands';
import type { StockImportOutcome, StockImportPreview, stockImportInput } from '../../../shared/api/contracts/inventory';
import { fromMilli } from '../../../shared/domain/quantity';
import { type ParsedStockImport, parseStockCsvAsync } from '../../../shared/import/stockCsv';
import type { z } from 'zod';
import { AppError } from '../api/errors';
import type { DB } from '../db/schema';
import { type Job, cancelJob, checkFile, importCancelled, runAsJob } from '../jobs/jobs';
import { adjust, receive } from './ledger';
import { type PlannedRow, planCount } from './stockPlan';

type Input = z.output<typeof stockImportInput>;
type Emit = (event: AppEvent) => void;

const PREVIEW_SAMPLE = 500;
const PREVIEW_ERRORS = 1000;
const YIELD_EVERY = 200;
export const COUNT_REASON = 'stock count';

const asJob = <T>(input: Input, run: (job: Job) => Promise<T>) => runAsJob(input.jobId, run);

const parse = (input: Input, job: Job, emit: Emit): Promise<ParsedStockImport> =>
  checkFile(input.jobId, job, emit, (hooks) => parseStockCsvAsync(input.text, input.mapping, hooks));

export function cancelStockImport(jobId: string): { cancelled: boolean } {
  return { cancelled: cancelJob(jobId) };
}

const sampleRow = (p: PlannedRow) => ({
  row: p.row.row,
  sku: p.row.sku,
  name: p.name,
  warehouse: p.row.warehouse,
  binCode: p.row.binCode,
  zone: p.row.zone,
  newBin: p.locationId === undefined,
  current: fromMilli(p.currentMilli),
  counted: p.row.quantity,
  difference: fromMilli(p.countedMilli - p.currentMilli),
});

export function previewStockImport(db: Kysely<DB>, input: Input, emit: Emit): Promise<StockImportPreview> {
  return asJob(input, async (job) => {
    const parsed = await parse(input, job, emit);
    const plan = await planCount(db, parsed);
    const changes = plan.rows.filter((p) => p.countedMilli !== p.currentMilli);
    return {
      headers: parsed.headers,
      delimiter: parsed.delimiter,
      mapping: parsed.mapping,
      missingFields: parsed.missingFields,
      rowCount: parsed.rowCount,
      counts: { change: changes.length, same: plan.rows.length - changes.length, invalid: plan.invalidRows, newBins: plan.newBins.length },
      // Changes first: they are what the user has to check.
      sample: [...changes, ...plan.rows.filter((p) => p.countedMilli === p.currentMilli)].slice(0, PREVIEW_SAMPLE).map(sampleRow),
      errors: plan.errors.slice(0, PREVIEW_ERRORS),
      errorCount: plan.errors.length,
    };
  });
}

export function commitStockImport(db: Kysely<DB>, input: Input, emit: Emit, stamp: Stamp): Promise<StockImportOutcome> {
  return asJob(input, (job) => commit(db, input, job, emit, stamp));
}

async function commit(db: Kysely<DB>, input: Input, job: Job, emit: Emit, stamp: Stamp): Promise<StockImportOutcome> {
  const progress = (done: number, total: number) => input.jobId && emit({ type: 'progress', jobId: input.jobId, done, total, phase: 'writing' });
  const parsed = await parse(input, job, emit);
  if (parsed.missingFields.length > 0) {
    throw new AppError('errors.importMissingColumns', `The file has no column for: ${parsed.missingFields.join(', ')}. Map those columns and try again.`, {
      fields: parsed.missingFields.join(', '),
    });
  }
  if (parsed.rowCount === 0)
    throw new AppError('errors.importEmpty', 'The file has no rows under its header, so there is nothing to import. Check that you chose the right file.');
  const { at } = stamp;
  return db.transaction().execute(async (trx) => {
    // Planned again inside the transaction: the bins may have changed since the preview.
    const plan = await planCount(trx, parsed);
    if (plan.invalidRows > 0 && !input.onlyValid) {
      throw new AppError(
        'inventory.import.hasErrors',
        `${plan.invalidRows} row(s) of the file have errors, so nothing was imported. Fix the rows listed, or choose to import only the valid rows.`,
        { invalid: plan.invalidRows },
      );
    }
    const record = await trx
      .insertInto('imports')
      .values({
        at,
        file_name: input.fileName,
        file_sha256: createHash('sha256').update(input.text).digest('hex'),
        row_count: parsed.rowCount,
        created: 0,
        existing: 0,
        rejected: plan.invalidRows,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ctx = { ...stamp, reference: `import ${record.id}: ${input.fileName}`.slice(0, 300) };
    const binIds = new Map<string, number>();
    for (const b of plan.newBins) {
      const { id } = await trx
        .insertInto('locations')
        .values({ warehouse: b.warehouse, zone: b.zone, bin_code: b.binCode, walk_order: b.walkOrder, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      binIds.set(b.key, id);
    }
    let changed = 0;
    for (let i = 0; i < plan.rows.length; i++) {
      // Thrown inside the transaction, so everything written so far is rolled back.
      if (i % YIELD_EVERY === 0) {
        if (job.isCancelled()) throw importCancelled();
        progress(i, plan.rows.length);
      }
      const p = plan.rows[i]!;
      const delta = p.countedMilli - p.currentMilli;
      if (delta === 0) continue;
      const locationId = p.locationId ?? binIds.get(p.binKey)!;
      try {
        if (p.currentMilli === 0) await receive(trx, { productId: p.productId, locationId, qtyMilli: delta }, ctx);
        else await adjust(trx, { productId: p.productId, locationId, deltaMilli: delta, reason: COUNT_REASON }, ctx);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        throw new AppError(
          'inventory.import.countRefused',
          `Row ${p.row.row} (${p.row.sku} in ${p.row.binCode}): ${err.message} Nothing was imported; correct the count or release the orders first.`,
          {
            ...err.params,
            row: p.row.row,
            sku: p.row.sku,
            bin: p.row.binCode,
          },
        );
      }
      changed++;
    }
    progress(plan.rows.length, plan.rows.length);
    await trx
      .updateTable('imports')
      .set({ created: changed, existing: plan.rows.length - changed })
      .where('id', '=', record.id)
      .execute();
    return { importId: record.id, changed, unchanged: plan.rows.length - changed, newBins: plan.newBins.length, rejected: plan.invalidRows };
  });
}
