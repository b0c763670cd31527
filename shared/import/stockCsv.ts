// Reads an opening-stock count (one row per product and bin) without touching the database.
// Main runs it for the preview and again for the commit, then looks the SKUs and bins up itself.
import { REPLACEMENT_CHARACTER } from './encoding';
import { guessColumns } from './fields';
import { FORMULA_START, neutraliseFormula } from './formula';
import { readCsv } from './orderCsv';
import { type ParseProgress, runSteps, runStepsAsync } from './steps';
import { isAmbiguousDecimal, normaliseDecimal } from './values';

export const STOCK_FIELDS = ['sku', 'warehouse', 'zone', 'bin', 'walkOrder', 'quantity'] as const;
export type StockField = (typeof STOCK_FIELDS)[number];
export type StockColumnMapping = Partial<Record<StockField, string>>;
export const STOCK_REQUIRED_FIELDS: readonly StockField[] = ['sku', 'bin', 'quantity'];

/** Bins of a file without a warehouse column go to this one. */
export const DEFAULT_WAREHOUSE = 'MAIN';

// Compared after normaliseHeader (lower case, letters and digits only, accents dropped).
const ALIASES: Record<StockField, string[]> = {
  sku: ['sku', 'codigo', 'referencia', 'itemsku', 'articulo', 'codigoarticulo'],
  warehouse: ['warehouse', 'almacen', 'deposito', 'bodega', 'site'],
  zone: ['zone', 'zona', 'area'],
  bin: ['bin', 'bincode', 'location', 'ubicacion', 'hueco', 'casillero'],
  walkOrder: ['walkorder', 'walkingorder', 'pickorder', 'sequence', 'ordenderecorrido', 'ordenrecorrido', 'secuencia'],
  quantity: ['quantity', 'qty', 'count', 'counted', 'onhand', 'cantidad', 'conteo', 'existencias'],
};

export function guessStockMapping(headers: string[]): StockColumnMapping {
  return guessColumns(STOCK_FIELDS, ALIASES, headers);
}

export interface StockRowError {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  field?: StockField;
  column?: string;
  /** i18n key: "import.*" or "inventory.import.*". */
  code: string;
  params?: Record<string, string | number>;
}

export interface StockCountRow {
  row: number;
  sku: string;
  warehouse: string;
  zone: string;
  binCode: string;
  /** Null when the file has no walk order for this bin. */
  walkOrder: number | null;
  /** The counted quantity, canonical decimal text ("12", "2.5"). */
  quantity: string;
}

export interface ParsedStockImport {
  headers: string[];
  delimiter: string;
  mapping: StockColumnMapping;
  missingFields: StockField[];
  rowCount: number;
  rows: StockCountRow[];
  invalidRows: number[];
  errors: StockRowError[];
}

type Hooks = { onProgress?: (p: ParseProgress) => void; isCancelled?: () => boolean };

export function parseStockCsv(text: string, mapping?: StockColumnMapping): ParsedStockImport {
  return runSteps(parseSteps(text, mapping));
}

export function parseStockCsvAsync(text: string, mapping: StockColumnMapping | undefined, hooks: Hooks = {}): Promise<ParsedStockImport> {
  return runStepsAsync(parseSteps(text, mapping), hooks);
}

const YIELD_EVERY = 200;
const COUNT = /^\d{1,12}(\.\d{1,3})?$/;

function* parseSteps(text: string, requested?: StockColumnMapping): Generator<ParseProgress, ParsedStockImport, void> {
  const { headers, rows, rowNumbers, headerRowNumber, delimiter, errors: csvErrors } = readCsv(text);
  // readCsv's errors are about syntax and never name a field.
  const errors: StockRowError[] = csvErrors.map(({ row, code, params }) => ({ row, code, ...(params ? { params } : {}) }));
  const mapping: StockColumnMapping = {};
  // Only our own fields with string values: a mapping from the renderer is data, not code.
  const source = requested ?? guessStockMapping(headers);
  for (const f of STOCK_FIELDS) {
    const h = Object.prototype.hasOwnProperty.call(source, f) ? source[f] : undefined;
    if (typeof h === 'string' && h !== '') mapping[f] = h;
  }
  const missingFields = STOCK_REQUIRED_FIELDS.filter((f) => !mapping[f] || !headers.includes(mapping[f]!));
  const lostHeader = headers.findIndex((h) => h.includes(REPLACEMENT_CHARACTER));
  if (lostHeader !== -1) errors.push({ row: headerRowNumber, column: headers[lostHeader], code: 'import.badEncoding' });
  const base = { headers, delimiter, mapping, missingFields, rowCount: rows.length };
  if (missingFields.length > 0) return { ...base, rows: [], invalidRows: [], errors };

  const index = new Map<StockField, number>();
  for (const f of STOCK_FIELDS) if (mapping[f]) index.set(f, headers.indexOf(mapping[f]!));
  const cell = (row: string[], f: StockField) => {
    const i = index.get(f);
    return i === undefined || i < 0 ? '' : (row[i] ?? '').trim();
  };

  const out: StockCountRow[] = [];
  const invalidRows: number[] = [];
  const rowsWithErrors = new Set(errors.map((e) => e.row));
  const seen = new Map<string, number>();
  // One bin, one zone and walk order: two rows that disagree would leave the bin to chance.
  const bins = new Map<string, { zone: string; walkOrder: number | null; row: number }>();
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % YIELD_EVERY === 0) yield { done: i, total: rows.length };
    const row = rows[i]!;
    const rowNo = rowNumbers[i]!;
    const rowErrors: StockRowError[] = [];
    const fail = (field: StockField | undefined, code: string, params?: Record<string, string | number>) =>
      rowErrors.push({ row: rowNo, field, column: field ? mapping[field] : undefined, code, ...(params ? { params } : {}) });
    if (rowsWithErrors.has(rowNo)) fail(undefined, 'import.rowUnreadable');
    if (row.length !== headers.length) fail(undefined, 'import.columnCount', { found: row.length, expected: headers.length });
    const lost = row.findIndex((c) => c.includes(REPLACEMENT_CHARACTER));
    if (lost !== -1) rowErrors.push({ row: rowNo, column: headers[lost], code: 'import.badEncoding' });

    const sku = cell(row, 'sku');
    const warehouse = cell(row, 'warehouse') || DEFAULT_WAREHOUSE;
    const binCode = cell(row, 'bin');
    // Codes become keys of the stock; a formula-looking one is refused rather than quietly changed.
    for (const [field, value] of [
      ['sku', sku],
      ['warehouse', warehouse],
      ['bin', binCode],
    ] as const) {
      if (value === '') fail(field, 'inventory.import.required');
      else if (FORMULA_START.test(value)) fail(field, 'inventory.import.formula', { value });
      else if (/\s/.test(value) || value.length > (field === 'sku' ? 64 : 40)) fail(field, 'inventory.import.badCode', { value });
    }
    const rawQty = cell(row, 'quantity');
    const quantity = normaliseDecimal(rawQty, delimiter);
    if (isAmbiguousDecimal(rawQty, delimiter)) fail('quantity', 'import.ambiguousNumber', { value: rawQty });
    else if (!COUNT.test(quantity)) fail('quantity', 'inventory.import.badCount', { value: rawQty });
    const rawWalk = cell(row, 'walkOrder');
    const walkOrder = rawWalk === '' ? null : /^\d{1,7}$/.test(rawWalk) ? Number(rawWalk) : NaN;
    if (Number.isNaN(walkOrder)) fail('walkOrder', 'inventory.import.badWalkOrder', { value: rawWalk });
    const zone = neutraliseFormula(cell(row, 'zone'));

    const binKey = `${warehouse}\u0000${binCode}`;
    const key = `${binKey}\u0000${sku}`;
    const first = seen.get(key);
    if (sku !== '' && binCode !== '' && first !== undefined) fail('sku', 'inventory.import.duplicateRow', { sku, bin: binCode, otherRow: first });
    else seen.set(key, rowNo);
    const bin = bins.get(binKey);
    if (bin && binCode !== '' && (bin.zone !== zone || (walkOrder !== null && bin.walkOrder !== null && bin.walkOrder !== walkOrder))) {
      fail('bin', 'inventory.import.binConflict', { bin: binCode, otherRow: bin.row });
    } else if (!bin && binCode !== '') bins.set(binKey, { zone, walkOrder, row: rowNo });

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      invalidRows.push(rowNo);
    } else {
      out.push({ row: rowNo, sku, warehouse, zone, binCode, walkOrder, quantity: canonical(quantity) });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { ...base, rows: out, invalidRows, errors };
}

/** "007.50" -> "7.5": the same count always reads the same. */
function canonical(q: string): string {
  const [whole, frac = ''] = q.split('.');
  const w = whole!.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${w}.${f}` : w;
}
