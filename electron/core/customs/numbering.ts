// Document numbers: one counter per series and year, advanced inside the finalising transaction.
// The single connection serialises transactions, and the unique index on (type, number, version)
// refuses a duplicate even if two cores ever shared a file; a rolled-back finalise takes its
// number back with it, so the series has no gaps.
import { formatDocumentNumber } from '../../../shared/domain/customs/documentNumber';
import type { SeriesKey } from '../../../shared/schemas/customs/company';
import type { Db } from '../audit/auditRepository';

export async function nextNumber(trx: Db, series: SeriesKey, prefix: string, year: number): Promise<string> {
  const row = await trx
    .insertInto('document_series')
    .values({ series, year, last: 1 })
    .onConflict((oc) => oc.columns(['series', 'year']).doUpdateSet((eb) => ({ last: eb('document_series.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return formatDocumentNumber(prefix, year, row.last);
}
