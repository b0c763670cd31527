// Reads a product list (one row per product) into catalogue products, row by row, without
// touching the database. Main runs this for the preview and again for the import itself.
import { type Product, productSchema } from '../schemas/product';
import { REPLACEMENT_CHARACTER } from './encoding';
import { neutraliseFormula } from './formula';
import { readCsv } from './orderCsv';
import { PRODUCT_FIELDS, PRODUCT_REQUIRED_FIELDS, type ProductColumnMapping, type ProductField, guessProductMapping } from './productFields';
import { type ParseProgress, runSteps, runStepsAsync } from './steps';
import { isAmbiguousDecimal, normaliseCountry, normaliseDecimal } from './values';

export interface ProductRowError {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  field?: ProductField;
  column?: string;
  /** i18n key: "validation.*", "import.*" or "catalogue.*". */
  code: string;
  params?: Record<string, string | number>;
}

export interface ParsedProduct {
  product: Product;
  row: number;
}

export interface ParsedProductImport {
  headers: string[];
  delimiter: string;
  mapping: ProductColumnMapping;
  missingFields: ProductField[];
  rowCount: number;
  products: ParsedProduct[];
  invalid: { sku: string; row: number }[];
  errors: ProductRowError[];
}

type Hooks = { onProgress?: (p: ParseProgress) => void; isCancelled?: () => boolean };

export function parseProductCsv(text: string, mapping?: ProductColumnMapping): ParsedProductImport {
  return runSteps(parseSteps(text, mapping));
}

export function parseProductCsvAsync(text: string, mapping: ProductColumnMapping | undefined, hooks: Hooks = {}): Promise<ParsedProductImport> {
  return runStepsAsync(parseSteps(text, mapping), hooks);
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'si', 'sí', 's']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

/** "Yes", "sí", "X", "1" are true; "", "no", "0" are false; anything else is undefined, for an error. */
export function parseFlag(raw: string): boolean | undefined {
  const v = raw.trim().toLowerCase();
  return YES.has(v) ? true : NO.has(v) ? false : undefined;
}

/** "965", "pi 965", "PI965" -> "PI965"; "", "no", "ninguna" -> "none"; anything else as typed, for the schema. */
export function normaliseBattery(raw: string): string {
  const v = raw.trim();
  if (/^(|no|none|n\/a|ninguna|ninguno|sin bateria|sin batería)$/i.test(v)) return 'none';
  const m = /^(?:pi)?\s*(96[5-9]|970)$/i.exec(v);
  return m ? `PI${m[1]}` : v;
}

// Text that goes onto labels and customs papers and may be exported to spreadsheets again: a
// cell starting with = + - @ is kept as text by the ' prefix spreadsheets understand.
const TEXT_FIELDS = new Set<ProductField>(['name', 'brand', 'model', 'description', 'restrictedNote']);
const DECIMAL_FIELDS = ['netWeightKg', 'grossWeightKg', 'unitValue'] as const;
const FLAG_FIELDS = ['dangerousGoods', 'restricted'] as const;
const YIELD_EVERY = 200;

/** Only the mapping's own entries for fields we know, with string values: nothing else is read. */
function cleanMapping(mapping: ProductColumnMapping | undefined, headers: string[]): ProductColumnMapping {
  if (!mapping) return guessProductMapping(headers);
  const out: ProductColumnMapping = {};
  for (const f of PRODUCT_FIELDS) {
    const h = Object.prototype.hasOwnProperty.call(mapping, f) ? mapping[f] : undefined;
    if (typeof h === 'string' && h !== '') out[f] = h;
  }
  return out;
}

function* parseSteps(text: string, requested?: ProductColumnMapping): Generator<ParseProgress, ParsedProductImport, void> {
  const { headers, rows, rowNumbers, headerRowNumber, delimiter, errors: csvErrors } = readCsv(text);
  // readCsv's errors name no field (only orders have those), just a row and a code.
  const errors: ProductRowError[] = csvErrors.map(({ row, code, params }) => ({ row, code, ...(params ? { params } : {}) }));
  const mapping = cleanMapping(requested, headers);
  const missingFields = PRODUCT_REQUIRED_FIELDS.filter((f) => !mapping[f] || !headers.includes(mapping[f]!));
  // Characters lost in decoding (U+FFFD) would print a wrong description: refuse those rows.
  const lostHeader = headers.findIndex((h) => h.includes(REPLACEMENT_CHARACTER));
  if (lostHeader !== -1) errors.push({ row: headerRowNumber, column: headers[lostHeader], code: 'import.badEncoding' });
  const base = { headers, delimiter, mapping, missingFields, rowCount: rows.length };
  if (missingFields.length > 0) return { ...base, products: [], invalid: [], errors: errors.sort((a, b) => a.row - b.row) };

  const index = new Map<ProductField, number>();
  for (const f of PRODUCT_FIELDS) if (mapping[f]) index.set(f, headers.indexOf(mapping[f]!));
  const cell = (row: string[], f: ProductField) => {
    const i = index.get(f);
    return i === undefined || i < 0 ? '' : (row[i] ?? '').trim();
  };

  const products: ParsedProduct[] = [];
  const invalid: { sku: string; row: number }[] = [];
  const skuRows = new Map<string, number>();
  const gtinRows = new Map<string, number>();
  const rowsWithErrors = new Set(errors.map((e) => e.row));
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % YIELD_EVERY === 0) yield { done: i, total: rows.length };
    const row = rows[i]!;
    const rowNo = rowNumbers[i]!;
    const rowErrors: ProductRowError[] = [];
    const fail = (field: ProductField | undefined, code: string, params?: Record<string, string | number>) =>
      rowErrors.push({ row: rowNo, field, column: field ? mapping[field] : undefined, code, ...(params ? { params } : {}) });
    if (rowsWithErrors.has(rowNo)) fail(undefined, 'import.rowUnreadable');
    if (row.length !== headers.length) fail(undefined, 'import.columnCount', { found: row.length, expected: headers.length });
    const lost = row.findIndex((c) => c.includes(REPLACEMENT_CHARACTER));
    if (lost !== -1) rowErrors.push({ row: rowNo, column: headers[lost], code: 'import.badEncoding' });

    const text = (f: ProductField) => (TEXT_FIELDS.has(f) ? neutraliseFormula(cell(row, f)) : cell(row, f));
    const flags: Partial<Record<(typeof FLAG_FIELDS)[number], boolean>> = {};
    for (const f of FLAG_FIELDS) {
      flags[f] = parseFlag(cell(row, f));
      if (flags[f] === undefined) fail(f, 'catalogue.import.yesNo', { value: cell(row, f) });
    }
    for (const f of DECIMAL_FIELDS) {
      // See isAmbiguousDecimal: "1.000" in a ;-file is refused rather than read as 1 or as 1000.
      if (isAmbiguousDecimal(cell(row, f), delimiter)) fail(f, 'import.ambiguousNumber', { value: cell(row, f) });
    }
    const gtin = cell(row, 'gtin').replace(/\s/g, '');
    // A spreadsheet that saw the barcode as a number wrote 4.00638E+12: the digits are gone.
    if (/^\d(\.\d+)?e\+?\d+$/i.test(gtin)) fail('gtin', 'catalogue.import.gtinMangled', { value: gtin });

    const candidate = {
      sku: cell(row, 'sku'),
      name: text('name'),
      brand: text('brand'),
      model: text('model'),
      description: text('description'),
      hsCode: cell(row, 'hsCode').replace(/[.\s]/g, ''),
      originCountry: normaliseCountry(cell(row, 'originCountry')),
      unit: (cell(row, 'unit') || 'PCE').toUpperCase(),
      netWeightKg: normaliseDecimal(cell(row, 'netWeightKg'), delimiter),
      grossWeightKg: normaliseDecimal(cell(row, 'grossWeightKg'), delimiter),
      unitValue: normaliseDecimal(cell(row, 'unitValue'), delimiter),
      currency: cell(row, 'currency').toUpperCase(),
      gtin,
      dangerousGoods: flags.dangerousGoods ?? false,
      battery: normaliseBattery(cell(row, 'battery')),
      restricted: flags.restricted ?? false,
      restrictedNote: text('restrictedNote'),
    };
    const parsed = productSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const head = issue.path[0];
        const field = typeof head === 'string' && (PRODUCT_FIELDS as readonly string[]).includes(head) ? (head as ProductField) : undefined;
        fail(field, issue.message, { ...((issue as { params?: Record<string, string | number> }).params ?? {}) });
      }
    }
    // The same SKU or barcode twice in one file: which row is right? The user says, not us.
    const firstSku = skuRows.get(candidate.sku);
    if (candidate.sku !== '' && firstSku !== undefined) fail('sku', 'catalogue.import.duplicateSku', { value: candidate.sku, otherRow: firstSku });
    else if (candidate.sku !== '') skuRows.set(candidate.sku, rowNo);
    const firstGtin = gtinRows.get(gtin);
    if (gtin !== '' && firstGtin !== undefined) fail('gtin', 'catalogue.import.duplicateGtin', { value: gtin, otherRow: firstGtin });
    else if (gtin !== '') gtinRows.set(gtin, rowNo);

    if (rowErrors.length > 0 || !parsed.success) {
      errors.push(...rowErrors);
      invalid.push({ sku: candidate.sku, row: rowNo });
    } else {
      products.push({ product: parsed.data, row: rowNo });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { ...base, products, invalid, errors };
}
