// Reads a shop's order export (one row per order line) into orders, row by row, without touching
// the database. Main runs this for the preview and again for the import itself.
import Papa from 'papaparse';
import { orderSchema, type Order } from '../schemas/order';
import { type ColumnMapping, type ImportField, ORDER_LEVEL_FIELDS, REQUIRED_FIELDS, guessMapping } from './fields';
import { normaliseCountry, normaliseDate, normaliseDecimal, normaliseShippingMethod } from './values';

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

export function readCsv(text: string): { headers: string[]; rows: string[][]; delimiter: string; errors: ImportRowError[] } {
  const result = Papa.parse<string[]>(stripBom(text), {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
  });
  const [headerRow, ...rows] = result.data;
  const errors: ImportRowError[] = result.errors
    // A row that is short or long is reported by the field checks below with a clearer message.
    .filter((e) => e.type !== 'FieldMismatch' && e.code !== 'UndetectableDelimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, code: 'import.csvSyntax', params: { detail: e.message } }));
  return { headers: (headerRow ?? []).map((h) => h.trim()), rows, delimiter: result.meta.delimiter, errors };
}

const FIELD_BY_PATH: Record<string, ImportField> = {
  orderNumber: 'orderNumber', channel: 'channel', orderDate: 'orderDate', shippingMethod: 'shippingMethod', currency: 'currency',
  incoterm: 'incoterm', declaredTotal: 'orderTotal', 'consignee.name': 'consigneeName', 'consignee.company': 'consigneeCompany',
  'consignee.address1': 'address1', 'consignee.address2': 'address2', 'consignee.city': 'city', 'consignee.state': 'state',
  'consignee.postalCode': 'postalCode', 'consignee.country': 'country', 'consignee.phone': 'phone', 'consignee.email': 'email',
  'consignee.taxId': 'taxId',
};

export function parseOrderCsv(text: string, options: { mapping?: ColumnMapping; defaults: ImportDefaults }): ParsedImport {
  const { headers, rows, delimiter, errors } = readCsv(text);
  const mapping = options.mapping ?? guessMapping(headers);
  const missingFields = REQUIRED_FIELDS.filter((f) => !mapping[f] || !headers.includes(mapping[f]!));
  const base = { headers, delimiter, mapping, missingFields, rowCount: rows.length };
  if (missingFields.length > 0) return { ...base, orders: [], invalid: [], errors };

  const index = new Map<ImportField, number>();
  for (const [field, header] of Object.entries(mapping)) if (header) index.set(field as ImportField, headers.indexOf(header));
  const cell = (row: string[], field: ImportField) => {
    const i = index.get(field);
    return i === undefined || i < 0 ? '' : (row[i] ?? '').trim();
  };

  // Group rows by order number, keeping file order.
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const rowNo = i + 2;
    if (row.length !== headers.length) {
      errors.push({ row: rowNo, code: 'import.columnCount', params: { found: row.length, expected: headers.length } });
    }
    const number = cell(row, 'orderNumber');
    if (number === '') {
      errors.push({ row: rowNo, field: 'orderNumber', column: mapping.orderNumber, code: 'import.noOrderNumber' });
      return;
    }
    const list = groups.get(number);
    if (list) list.push(i);
    else groups.set(number, [i]);
  });

  const orders: ParsedOrder[] = [];
  const invalid: InvalidOrder[] = [];
  for (const [orderNumber, rowIdx] of groups) {
    const rowNos = rowIdx.map((i) => i + 2);
    const orderErrors: ImportRowError[] = rowNos.filter((r) => errors.some((e) => e.row === r)).length ? [{ row: rowNos[0]!, code: 'import.rowUnreadable' }] : [];
    // Order-level values: first non-empty wins; a different non-empty value on a later row is an error.
    const orderValue = (field: ImportField): string => {
      let value = '';
      let from = 0;
      for (const i of rowIdx) {
        const v = cell(rows[i]!, field);
        if (v === '') continue;
        if (value === '') {
          value = v;
          from = i + 2;
        } else if (v !== value) {
          orderErrors.push({ row: i + 2, field, column: mapping[field], code: 'import.orderFieldConflict', params: { value: v, other: value, otherRow: from } });
        }
      }
      return value;
    };
    const v: Partial<Record<ImportField, string>> = {};
    for (const f of ORDER_LEVEL_FIELDS) v[f] = orderValue(f);

    const candidate = {
      orderNumber,
      channel: v.channel || options.defaults.channel,
      orderDate: v.orderDate ? normaliseDate(v.orderDate) : options.defaults.orderDate,
      consignee: {
        name: v.consigneeName!, company: v.consigneeCompany!, address1: v.address1!, address2: v.address2!, city: v.city!,
        state: v.state!, postalCode: stripSpreadsheetQuote(v.postalCode!), country: normaliseCountry(v.country!), phone: v.phone!, email: v.email!, taxId: v.taxId!,
      },
      shippingMethod: v.shippingMethod ? normaliseShippingMethod(v.shippingMethod) : options.defaults.shippingMethod,
      currency: v.currency!.toUpperCase(),
      incoterm: (v.incoterm || options.defaults.incoterm).toUpperCase(),
      declaredTotal: v.orderTotal ? normaliseDecimal(v.orderTotal, delimiter) : '',
      lines: rowIdx.map((i) => {
        const row = rows[i]!;
        return {
          sku: cell(row, 'sku'), description: cell(row, 'description'), brand: cell(row, 'brand'), model: cell(row, 'model'),
          quantity: normaliseDecimal(cell(row, 'quantity'), delimiter), unit: (cell(row, 'unit') || options.defaults.unit).toUpperCase(),
          unitPrice: normaliseDecimal(cell(row, 'unitPrice'), delimiter), hsCode: cell(row, 'hsCode').replace(/[.\s]/g, ''),
          originCountry: normaliseCountry(cell(row, 'originCountry')),
        };
      }),
    };

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
    if (orderErrors.length > 0 || !parsed.success) {
      errors.push(...orderErrors);
      invalid.push({ orderNumber, rows: rowNos });
    } else {
      orders.push({ order: parsed.data, rows: rowNos });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { ...base, orders, invalid, errors };
}
