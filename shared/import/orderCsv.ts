// Reads a shop's order export (one row per order line) into orders, row by row, without touching
// the database. Main runs this for the preview and again for the import itself.
import Papa from 'papaparse';
import { orderSchema, type Order } from '../schemas/order';
import { REPLACEMENT_CHARACTER } from './encoding';
import { type ColumnMapping, type ImportField, ORDER_LEVEL_FIELDS, REQUIRED_FIELDS, guessMapping } from './fields';
import { ImportCancelledError, type ParseProgress, runSteps, runStepsAsync } from './steps';
import { isAmbiguousDecimal, normaliseCountry, normaliseDate, normaliseDecimal } from './values';
import { DEFAULT_SHIPPING_RULES, type ShippingDecider, shippingDecider } from '../domain/shipping';

// Moved to ./steps so other imports share them; re-exported for the order import's callers.
export { ImportCancelledError, type ParseProgress };

export interface ImportRowError {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  field?: ImportField;
  column?: string;
  /** i18n key: "validation.*" or "import.*". */
  code: string;
  params?: Record<string, string | number>;
}

export interface ParsedOrder {
  order: Order;
  rows: number[];
}

export interface InvalidOrder {
  orderNumber: string;
  rows: number[];
}

export interface ParsedImport {
  headers: string[];
  delimiter: string;
  mapping: ColumnMapping;
  missingFields: ImportField[];
  rowCount: number;
  orders: ParsedOrder[];
  invalid: InvalidOrder[];
  errors: ImportRowError[];
}

export interface ImportDefaults {
  channel: string;
  incoterm: string;
  /** For an order whose file gives no shipping line at all (no column, or an empty cell). */
  shippingMethod: string;
  unit: string;
  orderDate: string;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Shopify and others prefix zip codes with ' so spreadsheets keep leading zeros ('02108). */
function stripSpreadsheetQuote(value: string): string {
  return value.replace(/^'(?=\S)/, '');
}

/**
 * papaparse guesses ONE line ending from the start of the file, so a file whose rows end in a mix
 * of CRLF, LF and CR (files pasted together from several exports) is read as a few huge rows.
 * Such a file is turned into LF first; a file with one kind of line ending is left alone (no copy
 * of a large text). A CR or CRLF inside a quoted cell becomes LF, which is what a cell means by it.
 */
export function unifyLineEndings(text: string): string {
  if (!text.includes('\r')) return text;
  const kinds = Number(text.includes('\r\n')) + Number(/\r(?!\n)/.test(text)) + Number(/(?<!\r)\n/.test(text));
  return kinds > 1 ? text.replace(/\r\n?/g, '\n') : text;
}

export interface CsvRows {
  headers: string[];
  rows: string[][];
  /** For each of `rows`, its row in a spreadsheet (blank rows count, as a spreadsheet shows them). */
  rowNumbers: number[];
  /** The header's row: 1 unless the file starts with blank rows. */
  headerRowNumber: number;
  delimiter: string;
  errors: ImportRowError[];
}

const isBlank = (row: string[]) => row.every((c) => c.trim() === '');

export function readCsv(text: string): CsvRows {
  const source = unifyLineEndings(stripBom(text));
  // Blank rows are dropped here, not with papaparse's skipEmptyLines: papaparse numbers its
  // errors by the row in the file, blank rows included, while the rows it returns leave them out.
  // With blank rows above an unclosed quote, the error then named another row and the broken
  // order was imported. The delimiter is still guessed as skipEmptyLines does (first 10 rows).
  const guess = Papa.parse<string[]>(source, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy', preview: 10 });
  const delimiter = guess.meta.delimiter;
  const result = Papa.parse<string[]>(source, { delimiter });
  let headerRow: string[] | undefined;
  let headerRowNumber = 1;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  result.data.forEach((row, i) => {
    if (isBlank(row)) return;
    if (!headerRow) {
      headerRow = row;
      headerRowNumber = i + 1;
    } else {
      rows.push(row);
      rowNumbers.push(i + 1);
    }
  });
  const errors: ImportRowError[] = result.errors
    // A row that is short or long is reported by the field checks below with a clearer message.
    .filter((e) => e.type !== 'FieldMismatch' && e.code !== 'UndetectableDelimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, code: 'import.csvSyntax', params: { detail: e.message } }));
  return { headers: (headerRow ?? []).map((h) => h.trim()), rows, rowNumbers, headerRowNumber, delimiter, errors };
}

const FIELD_BY_PATH: Record<string, ImportField> = {
  orderNumber: 'orderNumber',
  channel: 'channel',
  orderDate: 'orderDate',
  shippingLine: 'shippingLine',
  shippingMethod: 'shippingLine',
  currency: 'currency',
  incoterm: 'incoterm',
  declaredTotal: 'orderTotal',
  'consignee.name': 'consigneeName',
  'consignee.company': 'consigneeCompany',
  'consignee.address1': 'address1',
  'consignee.address2': 'address2',
  'consignee.city': 'city',
  'consignee.state': 'state',
  'consignee.postalCode': 'postalCode',
  'consignee.country': 'country',
  'consignee.phone': 'phone',
  'consignee.email': 'email',
  'consignee.taxId': 'taxId',
};

/** Per order, the same problem in the same column is listed this often, then summed up. */
export const MAX_SAME_ERRORS = 20;

/**
 * An order of 10,000 lines with the same bad price on every line would list 10,000 rows and push
 * every other order's errors out of the preview's first 1000. Keep the first MAX_SAME_ERRORS of
 * each (code, field) and one 'import.moreSameErrors' entry saying how many more rows have it.
 */
function capRepeatedErrors(list: ImportRowError[]): ImportRowError[] {
  const seen = new Map<string, { count: number; summary?: ImportRowError }>();
  const out: ImportRowError[] = [];
  for (const e of list) {
    const key = `${e.code}\u0000${e.field ?? ''}`;
    const s = seen.get(key) ?? { count: 0 };
    seen.set(key, s);
    s.count++;
    if (s.count <= MAX_SAME_ERRORS) out.push(e);
    else if (!s.summary) {
      s.summary = { row: e.row, field: e.field, column: e.column, code: 'import.moreSameErrors', params: { count: 1 } };
      out.push(s.summary);
    } else s.summary.params!.count = s.count - MAX_SAME_ERRORS;
  }
  return out;
}

export interface ParseOptions {
  mapping?: ColumnMapping;
  defaults: ImportDefaults;
  /** Derives each order's method from its shipping line; the default rules when not given. */
  shipping?: ShippingDecider;
}

let defaultDecider: ShippingDecider | undefined;
/** The shipping rules a new data file starts with, for callers that have no database (tests, tools). */
export function defaultShipping(): ShippingDecider {
  return (defaultDecider ??= shippingDecider(DEFAULT_SHIPPING_RULES));
}

/** Reads the whole file in one go: for tests and small files. */
export function parseOrderCsv(text: string, options: ParseOptions): ParsedImport {
  return runSteps(parseOrderCsvSteps(text, options));
}

/**
 * The same, giving the event loop back every few dozen milliseconds so progress reaches the
 * screen, other requests are answered, and a cancel can stop it between two orders.
 */
export function parseOrderCsvAsync(
  text: string,
  options: ParseOptions,
  hooks: { onProgress?: (p: ParseProgress) => void; isCancelled?: () => boolean } = {},
): Promise<ParsedImport> {
  return runStepsAsync(parseOrderCsvSteps(text, options), hooks);
}

const YIELD_EVERY = 200;

function* parseOrderCsvSteps(text: string, options: ParseOptions): Generator<ParseProgress, ParsedImport, void> {
  const { headers, rows, rowNumbers, headerRowNumber, delimiter, errors } = readCsv(text);
  const rowNo = (i: number) => rowNumbers[i]!;
  const mapping = options.mapping ?? guessMapping(headers);
  const missingFields = missingFieldsOf(headers, mapping);
  // Text decoded with U+FFFD lost characters ("M\uFFFDnchen"): refuse those rows rather than
  // print a wrong name or address on customs papers. See decodeCsvBytes in ./encoding.
  if (text.includes(REPLACEMENT_CHARACTER)) {
    const lost = badEncodingError(headers, headers, headerRowNumber);
    if (lost) errors.push(lost);
    rows.forEach((row, i) => {
      const e = badEncodingError(row, headers, rowNo(i));
      if (e) errors.push(e);
    });
  }

  const base = { headers, delimiter, mapping, missingFields, rowCount: rows.length };
  if (missingFields.length > 0) return { ...base, orders: [], invalid: [], errors: errors.sort((a, b) => a.row - b.row) };

  const ctx = orderContext(headers, mapping, delimiter, options.defaults, options.shipping);

  // Group rows by order number, keeping file order.
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const { orderNumber, errors: rowErrors } = checkRow(ctx, row, rowNo(i));
    for (const e of rowErrors) errors.push(e);
    if (orderNumber === '') return;
    const list = groups.get(orderNumber);
    if (list) list.push(i);
    else groups.set(orderNumber, [i]);
  });

  const orders: ParsedOrder[] = [];
  const invalid: InvalidOrder[] = [];
  // A set, not errors.some() per row: that was rows x errors, minutes for a file where every row
  // has one column too many.
  const rowsWithErrors = new Set(errors.map((e) => e.row));
  let checked = 0;
  for (const [orderNumber, rowIdx] of groups) {
    if (++checked % YIELD_EVERY === 0) yield { done: checked, total: groups.size };
    const built = buildOrder(
      ctx,
      orderNumber,
      rowIdx.map((i) => rows[i]!),
      rowIdx.map(rowNo),
      rowsWithErrors,
    );
    if (built.ok) orders.push(built.parsed);
    else {
      for (const e of built.errors) errors.push(e);
      invalid.push(built.invalid);
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { ...base, orders, invalid, errors };
}

/** The required fields the mapping leaves without a column of the file. */
export function missingFieldsOf(headers: string[], mapping: ColumnMapping): ImportField[] {
  return REQUIRED_FIELDS.filter((f) => !mapping[f] || !headers.includes(mapping[f]!));
}

/** 'import.badEncoding' for the first cell of a row that holds U+FFFD, if any. */
export function badEncodingError(row: string[], headers: string[], rowNumber: number): ImportRowError | undefined {
  const at = row.findIndex((c) => c.includes(REPLACEMENT_CHARACTER));
  return at === -1 ? undefined : { row: rowNumber, column: headers[at], code: 'import.badEncoding' };
}

/** What building an order from its rows needs to know about the file. */
export interface OrderContext {
  headers: string[];
  mapping: ColumnMapping;
  delimiter: string;
  defaults: ImportDefaults;
  shipping: ShippingDecider;
  /** The trimmed value of a mapped field in a row ('' when unmapped or missing). */
  cell(row: string[], field: ImportField): string;
}

export function orderContext(
  headers: string[],
  mapping: ColumnMapping,
  delimiter: string,
  defaults: ImportDefaults,
  shipping = defaultShipping(),
): OrderContext {
  const index = new Map<ImportField, number>();
  for (const [field, header] of Object.entries(mapping)) if (header) index.set(field as ImportField, headers.indexOf(header));
  const cell = (row: string[], field: ImportField) => {
    const i = index.get(field);
    return i === undefined || i < 0 ? '' : (row[i] ?? '').trim();
  };
  return { headers, mapping, delimiter, defaults, shipping, cell };
}

/** The checks of one row on its own: its column count and its order number. */
export function checkRow(ctx: OrderContext, row: string[], rowNumber: number): { orderNumber: string; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  if (row.length !== ctx.headers.length) {
    errors.push({ row: rowNumber, code: 'import.columnCount', params: { found: row.length, expected: ctx.headers.length } });
  }
  const orderNumber = ctx.cell(row, 'orderNumber');
  if (orderNumber === '') errors.push({ row: rowNumber, field: 'orderNumber', column: ctx.mapping.orderNumber, code: 'import.noOrderNumber' });
  return { orderNumber, errors };
}

export type BuiltOrder = { ok: true; parsed: ParsedOrder } | { ok: false; invalid: InvalidOrder; errors: ImportRowError[] };

/**
 * One order from all its rows (in file order, with their spreadsheet row numbers). An order with
 * a row that had an error of its own (rowsWithErrors) is invalid as a whole.
 */
export function buildOrder(ctx: OrderContext, orderNumber: string, rows: string[][], rowNos: number[], rowsWithErrors: ReadonlySet<number>): BuiltOrder {
  const { cell, mapping, delimiter, defaults, shipping } = ctx;
  const orderErrors: ImportRowError[] = rowNos.some((r) => rowsWithErrors.has(r)) ? [{ row: rowNos[0]!, code: 'import.rowUnreadable' }] : [];
  // Order-level values: first non-empty wins; a different non-empty value on a later row is an error.
  const orderValue = (field: ImportField): string => {
    let value = '';
    let from = 0;
    rows.forEach((row, i) => {
      const v = cell(row, field);
      if (v === '') return;
      if (value === '') {
        value = v;
        from = rowNos[i]!;
      } else if (v !== value) {
        orderErrors.push({
          row: rowNos[i]!,
          field,
          column: mapping[field],
          code: 'import.orderFieldConflict',
          params: { value: v, other: value, otherRow: from },
        });
      }
    });
    return value;
  };
  const v: Partial<Record<ImportField, string>> = {};
  for (const f of ORDER_LEVEL_FIELDS) v[f] = orderValue(f);

  const candidate = {
    orderNumber,
    channel: v.channel || defaults.channel,
    orderDate: v.orderDate ? normaliseDate(v.orderDate) : defaults.orderDate,
    consignee: {
      name: v.consigneeName!,
      company: v.consigneeCompany!,
      address1: v.address1!,
      address2: v.address2!,
      city: v.city!,
      state: v.state!,
      postalCode: stripSpreadsheetQuote(v.postalCode!),
      country: normaliseCountry(v.country!),
      phone: v.phone!,
      email: v.email!,
      taxId: v.taxId!,
    },
    // The shop's words are kept as written; a line no rule knows gives 'unknown', never a refusal.
    shippingLine: v.shippingLine!,
    shippingMethod: v.shippingLine ? shipping.methodOf(v.shippingLine) : defaults.shippingMethod,
    currency: v.currency!.toUpperCase(),
    incoterm: (v.incoterm || defaults.incoterm).toUpperCase(),
    declaredTotal: v.orderTotal ? normaliseDecimal(v.orderTotal, delimiter) : '',
    lines: rows.map((row) => ({
      sku: cell(row, 'sku'),
      description: cell(row, 'description'),
      brand: cell(row, 'brand'),
      model: cell(row, 'model'),
      quantity: normaliseDecimal(cell(row, 'quantity'), delimiter),
      unit: (cell(row, 'unit') || defaults.unit).toUpperCase(),
      unitPrice: normaliseDecimal(cell(row, 'unitPrice'), delimiter),
      hsCode: cell(row, 'hsCode').replace(/[.\s]/g, ''),
      originCountry: normaliseCountry(cell(row, 'originCountry')),
    })),
  };

  // See isAmbiguousDecimal: "1.000" in a ;-file is refused rather than read as 1 or as 1000.
  rows.forEach((row, i) => {
    for (const field of ['quantity', 'unitPrice'] as const) {
      const raw = cell(row, field);
      if (isAmbiguousDecimal(raw, delimiter))
        orderErrors.push({ row: rowNos[i]!, field, column: mapping[field], code: 'import.ambiguousNumber', params: { value: raw } });
    }
  });
  if (v.orderTotal && isAmbiguousDecimal(v.orderTotal, delimiter)) {
    orderErrors.push({ row: rowNos[0]!, field: 'orderTotal', column: mapping.orderTotal, code: 'import.ambiguousNumber', params: { value: v.orderTotal } });
  }

  const parsed = orderSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, lineIdx, lineField] = issue.path;
      let row = rowNos[0]!;
      let field: ImportField | undefined;
      if (head === 'lines' && typeof lineIdx === 'number') {
        row = rowNos[lineIdx] ?? row;
        field = typeof lineField === 'string' ? (lineField as ImportField) : undefined;
      } else {
        field = FIELD_BY_PATH[issue.path.join('.')];
      }
      const params = { ...((issue as { params?: Record<string, string | number> }).params ?? {}) };
      orderErrors.push({ row, field, column: field ? mapping[field] : undefined, code: issue.message, params });
    }
  }
  if (orderErrors.length > 0 || !parsed.success) return { ok: false, invalid: { orderNumber, rows: rowNos }, errors: capRepeatedErrors(orderErrors) };
  return { ok: true, parsed: { order: parsed.data, rows: rowNos } };
}
