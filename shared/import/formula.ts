// CSV/formula injection. Cells are stored exactly as imported ("=cmd|' /C calc'!A0" is data, not a
// formula). Any CSV we write later must neutralise them, or a spreadsheet that opens the export
// runs them. Text cells only: numeric columns are written from canonical decimals, which never
// start with one of these characters except '-', and must stay numbers.

/**
 * The characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP's
 * list). No `$` and no `m` flag: a cell that starts with `=` and goes on over a line break must
 * match too. papaparse's `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, which misses exactly
 * those cells; pass this RegExp as `escapeFormulae` to Papa.unparse instead.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a formula-looking cell with ' so spreadsheets show it as text. Idempotent. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
