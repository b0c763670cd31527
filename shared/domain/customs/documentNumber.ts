// How a document number reads: the series' prefix, the year it counts in and six digits
// ("INV-2026-000123"; more digits once a year passes a million). The core numbers with it and
// Settings shows the first number of each series with it.
export function formatDocumentNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}-${year}-${String(seq).padStart(6, '0')}`;
}
