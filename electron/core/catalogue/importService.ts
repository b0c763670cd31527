// Product import from a CSV list: preview (nothing written) and commit (all or nothing, or only
// the valid rows when the user asks). Re-importing the same file changes nothing; a row that
// differs from the stored product with its SKU updates that product, and the preview says so.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AppEvent } from '../../../shared/api/commands';
import type { Stamp } from '../api/stamp';
import type { ProductImportOutcome, ProductImportPreview, ProductImportState, productImportInput } from '../../../shared/api/contracts/catalogue';
import { type ParsedProduct, type ParsedProductImport, parseProductCsvAsync } from '../../../shared/import/productCsv';
import { AppError } from '../api/errors';
import { type Db, appendAudit } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { type Job, cancelJob, checkFile, importCancelled, runAsJob } from '../jobs/jobs';
import { findProductsByGtin, findProductsBySku, insertProduct, updateProductRow } from './productRepository';
import { productHash, productToRow, rowToProduct } from './productRows';
import type { ProductRow } from './tables';

type Input = z.output<typeof productImportInput>;
type Emit = (event: AppEvent) => void;

const PREVIEW_SAMPLE = 200;
const PREVIEW_ERRORS = 1000;
const CHECK_CANCEL_EVERY = 250;

const parse = (input: Input, job: Job, emit: Emit): Promise<ParsedProductImport> =>
  checkFile(input.jobId, job, emit, (hooks) => parseProductCsvAsync(input.text, input.mapping, hooks));

const asJob = <T>(input: Input, run: (job: Job) => Promise<T>) => runAsJob(input.jobId, run);

export function cancelProductImport(jobId: string): { cancelled: boolean } {
  return { cancelled: cancelJob(jobId) };
}

interface Classified {
  parsed: ParsedProductImport;
  states: Map<ParsedProduct, ProductImportState>;
  stored: Map<string, ProductRow>;
}

/**
 * New, existing (same content) or updated, by SKU. A row whose barcode already belongs to another
 * SKU in the catalogue becomes invalid here: the database would refuse it at commit anyway.
 */
async function classify(db: Db, parsed: ParsedProductImport): Promise<Classified> {
  const stored = await findProductsBySku(
    db,
    parsed.products.map((p) => p.product.sku),
  );
  const byGtin = await findProductsByGtin(
    db,
    parsed.products.map((p) => p.product.gtin),
  );
  const states = new Map<ParsedProduct, ProductImportState>();
  const products: ParsedProduct[] = [];
  const invalid = [...parsed.invalid];
  const errors = [...parsed.errors];
  for (const p of parsed.products) {
    const owner = p.product.gtin === '' ? undefined : byGtin.get(p.product.gtin);
    if (owner && owner.sku !== p.product.sku) {
      errors.push({
        row: p.row,
        field: 'gtin',
        column: parsed.mapping.gtin,
        code: 'catalogue.import.gtinTaken',
        params: { value: p.product.gtin, sku: owner.sku },
      });
      invalid.push({ sku: p.product.sku, row: p.row });
      continue;
    }
    const found = stored.get(p.product.sku);
    products.push(p);
    states.set(p, !found ? 'new' : found.content_hash === productHash(p.product) ? 'existing' : 'updated');
  }
  errors.sort((a, b) => a.row - b.row);
  invalid.sort((a, b) => a.row - b.row);
  return { parsed: { ...parsed, products, invalid, errors }, states, stored };
}

export function previewProductImport(db: Kysely<DB>, input: Input, emit: Emit): Promise<ProductImportPreview> {
  return asJob(input, async (job) => {
    const { parsed, states } = await classify(db, await parse(input, job, emit));
    const counts: Record<ProductImportState, number> = { new: 0, existing: 0, updated: 0, invalid: parsed.invalid.length };
    for (const s of states.values()) counts[s]++;
    const sample: ProductImportPreview['sample'] = [
      ...parsed.invalid.map((i) => ({ sku: i.sku, name: '', hsCode: '', state: 'invalid' as const, row: i.row })),
      ...parsed.products.map((p) => ({ sku: p.product.sku, name: p.product.name, hsCode: p.product.hsCode, state: states.get(p)!, row: p.row })),
    ]
      .sort((a, b) => a.row - b.row)
      .slice(0, PREVIEW_SAMPLE);
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
    };
  });
}

export function commitProductImport(db: Kysely<DB>, input: Input, emit: Emit, stamp: Stamp): Promise<ProductImportOutcome> {
  return asJob(input, async (job) => {
    const progress = (done: number, total: number, phase: 'checking' | 'writing') =>
      input.jobId && emit({ type: 'progress', jobId: input.jobId, done, total, phase });
    progress(0, 1, 'checking');
    const raw = await parse(input, job, emit);
    if (raw.missingFields.length > 0) {
      throw new AppError(
        'catalogue.errors.importMissingColumns',
        `The file has no column for: ${raw.missingFields.join(', ')}. Map those columns and try again.`,
        { columns: raw.missingFields.join(', ') },
      );
    }
    if (raw.rowCount === 0) {
      throw new AppError('errors.importEmpty', 'The file has no rows under its header, so there is nothing to import. Check that you chose the right file.');
    }
    // Classified before the write transaction: a product saved meanwhile with the same SKU or
    // barcode is refused by the unique indexes, and the whole import rolls back.
    const { parsed, states, stored } = await classify(db, raw);
    if ((parsed.invalid.length > 0 || parsed.errors.length > 0) && !input.onlyValid) {
      throw new AppError(
        'catalogue.errors.importHasErrors',
        `${parsed.invalid.length} row(s) in the file have errors, so nothing was imported. Fix the rows listed, or choose to import only the valid rows.`,
        { invalid: parsed.invalid.length },
      );
    }
    const changes = parsed.products.filter((p) => states.get(p) !== 'existing');
    const count = (s: ProductImportState) => parsed.products.filter((p) => states.get(p) === s).length;
    const importId = await db.transaction().execute(async (trx) => {
      const { at } = stamp;
      // The imports table has no "updated" column: updates are in the audit log with this import's id.
      const record = await trx
        .insertInto('imports')
        .values({
          at,
          file_name: input.fileName,
          file_sha256: createHash('sha256').update(input.text).digest('hex'),
          row_count: parsed.rowCount,
          created: count('new'),
          existing: count('existing'),
          rejected: parsed.invalid.length,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (let i = 0; i < changes.length; i++) {
        // Thrown inside the transaction, so everything written so far is rolled back.
        if (i % CHECK_CANCEL_EVERY === 0) {
          if (job.isCancelled()) throw importCancelled();
          progress(i, changes.length, 'writing');
        }
        const { product } = changes[i]!;
        const before = stored.get(product.sku);
        if (!before) {
          const id = await insertProduct(trx, productToRow(product, { at, importId: record.id }));
          await appendAudit(trx, [{ entity: 'product', entityId: id, action: 'imported', after: { importId: record.id, fileName: input.fileName }, ...stamp }]);
        } else {
          await updateProductRow(trx, before.id, productToRow(product, { at, createdAt: before.created_at, importId: record.id }));
          await appendAudit(trx, [
            {
              entity: 'product',
              entityId: before.id,
              action: 'updatedByImport',
              before: rowToProduct(before),
              after: { ...product, importId: record.id, fileName: input.fileName },
              ...stamp,
            },
          ]);
        }
      }
      progress(changes.length, changes.length, 'writing');
      return record.id;
    });
    return { importId, created: count('new'), updated: count('updated'), existing: count('existing'), rejected: parsed.invalid.length };
  });
}
