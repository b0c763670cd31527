// Generators for the hostile cases too big to commit. Tests call them at run time and, where a
// file on disk matters, write the result into a temp folder (see README.md).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** The 27 columns of tests/fixtures/orders-good-and-bad.csv: every field the import knows. */
export const FULL_HEADER =
  'order_number,channel,order_date,consignee_name,consignee_company,address1,address2,city,state,postal_code,country,phone,email,tax_id,shipping_method,currency,incoterm,order_total,sku,description,brand,model,quantity,unit,unit_price,hs_code,origin_country';

/** The six required columns plus a description. */
export const SMALL_HEADER = 'order_number,consignee_name,country,currency,quantity,unit_price,description';

const NAMES = ['Emily Carter', 'Lukas Becker', 'Lucía Fernández', 'Yuki Tanaka', 'Zoë Ångström', 'Søren Kierkegaard'];
const CITIES = [
  ['742 Evergreen Terrace', 'Springfield', 'IL', '62704', 'US', 'USD'],
  ['Hauptstraße 12', 'München', 'BY', '80331', 'DE', 'EUR'],
  ['"Calle de Alcalá 45, 3º B"', 'Madrid', 'Madrid', '28014', 'ES', 'EUR'],
] as const;

/** One valid CSV row of a big realistic file: order `o`, line `l` (quoted fields, accents, commas). */
function fullRow(o: number, l: number): string {
  const [street, city, state, zip, country, currency] = CITIES[o % CITIES.length]!;
  return [
    `BIG-${o}`,
    'Shopify',
    '2026-11-03',
    NAMES[o % NAMES.length],
    '',
    street,
    '',
    city,
    state,
    zip,
    country,
    '+1 217 555 0142',
    'someone@example.com',
    '',
    'express',
    currency,
    'DAP',
    '',
    `SKU-${o}-${l}`,
    '"Wireless in-ear headphones with charging case, plastic housing, Bluetooth"',
    'Xiaomi',
    'Redmi Buds 5',
    '1',
    'PCE',
    '29.99',
    '851830',
    'CN',
  ].join(',');
}

export interface BigCsvInfo {
  bytes: number;
  rows: number;
  orders: number;
}

/**
 * Writes a valid import of about `targetBytes` (UTF-8) to `file`: orders of 1-3 lines, CRLF line
 * ends as Excel writes them. Streams to disk so the generator itself stays small in memory.
 */
export async function writeBigCsv(file: string, targetBytes: number, opts: { badEvery?: number } = {}): Promise<BigCsvInfo> {
  const out = createWriteStream(file);
  let bytes = 0;
  let rows = 0;
  let orders = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(FULL_HEADER + '\r\n');
  let buffer = '';
  let buffered = 0;
  while (bytes + buffered < targetBytes) {
    const lines = 1 + (orders % 3);
    for (let l = 0; l < lines; l++) {
      let row = fullRow(orders, l);
      // Every `badEvery`th order gets a quantity the schema refuses.
      if (opts.badEvery && orders % opts.badEvery === 0) row = row.replace(',1,PCE,', ',one,PCE,');
      buffer += row + '\r\n';
      buffered += Buffer.byteLength(row) + 2;
      rows++;
    }
    orders++;
    if (buffered > 1 << 20) {
      await write(buffer);
      buffer = '';
      buffered = 0;
    }
  }
  await write(buffer);
  out.end();
  await once(out, 'finish');
  return { bytes, rows, orders };
}

/** One order with `lines` lines (10,000 is the most an order may have). */
export function manyLinesCsv(lines: number, opts: { badPrice?: boolean } = {}): string {
  const out = [SMALL_HEADER];
  // With badPrice every line has a price with too many decimals: the same error on every row.
  const price = opts.badPrice ? '1.001' : '1.00';
  for (let i = 0; i < lines; i++) out.push(`BIG-1,Ann Lee,US,USD,1,${price},line ${i + 1}`);
  return out.join('\n') + '\n';
}

/** `columns` columns: the six required ones first, then filler; one data row. */
export function wideCsv(columns: number): string {
  const extra = columns - 6;
  const head = ['order_number', 'consignee_name', 'country', 'currency', 'quantity', 'unit_price'];
  const row = ['W-1', 'Ann Lee', 'US', 'USD', '1', '2.00'];
  for (let i = 0; i < extra; i++) {
    head.push(`extra_${i}`);
    row.push(`v${i}`);
  }
  return `${head.join(',')}\n${row.join(',')}\n`;
}

/** One cell of `bytes` characters, in a mapped column (description) or an ignored one. */
export function bigCellCsv(bytes: number, where: 'description' | 'ignored'): string {
  const cell = 'x'.repeat(bytes);
  if (where === 'description') return `${SMALL_HEADER}\nC-1,Ann Lee,US,USD,1,2.00,"${cell}"\n`;
  return `${SMALL_HEADER},notes\nC-1,Ann Lee,US,USD,1,2.00,ok,"${cell}"\n`;
}

/** A quoted cell that is never closed, followed by `rows` more rows that it swallows. */
export function unclosedQuoteCsv(rows: number): string {
  const out = [SMALL_HEADER, 'Q-1,Ann Lee,US,USD,1,2.00,"never closed'];
  for (let i = 0; i < rows; i++) out.push(`Q-${i + 2},Ann Lee,US,USD,1,2.00,fine`);
  return out.join('\n') + '\n';
}

/** `rows` rows that all have one column too many: the row report must stay linear. */
export function allRowsBadCsv(rows: number): string {
  const out = [SMALL_HEADER];
  for (let i = 0; i < rows; i++) out.push(`R-${i},Ann Lee,US,USD,1,2.00,d,extra`);
  return out.join('\n') + '\n';
}
