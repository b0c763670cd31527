// The streamed order import (two passes over the file's bytes) must read exactly what the
// whole-text import reads: the same rows, orders, row numbers and errors, whatever the pieces.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../shared/import/encoding';
import { type ImportDefaults, type ImportRowError, type ParsedImport, parseOrderCsv } from '../../shared/import/orderCsv';
import { type ByteSource, indexOrderCsv, streamOrders } from '../../shared/import/orderCsvStream';
import { fuzz } from '../hostile/fuzz';
import { FULL_HEADER, SMALL_HEADER } from '../hostile/generate';

const FIXTURES = join(__dirname, '../fixtures');

const DEFAULTS: ImportDefaults = { channel: 'shop', incoterm: 'DAP', shippingMethod: 'postal', unit: 'PCE', orderDate: '2026-01-01' };

function pieces(bytes: Uint8Array, size: number): ByteSource {
  return async function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  };
}

/** The streamed passes, gathered into parseOrderCsv's shape (orders by their first row). */
async function parseStreamed(bytes: Uint8Array, chunk: number, mapping?: ParsedImport['mapping']): Promise<ParsedImport & { encoding: string }> {
  const source = pieces(bytes, chunk);
  const options = { mapping, defaults: DEFAULTS };
  const index = await indexOrderCsv(source, bytes.length, options);
  const orders: ParsedImport['orders'] = [];
  const invalid: ParsedImport['invalid'] = [];
  const orderErrors: ImportRowError[] = [];
  await streamOrders(source, bytes.length, index, options, (built) => {
    if (built.ok) orders.push(built.parsed);
    else {
      invalid.push(built.invalid);
      orderErrors.push(...built.errors);
    }
  });
  const byFirstRow = (a: { rows: number[] }, b: { rows: number[] }) => a.rows[0]! - b.rows[0]!;
  return {
    encoding: index.encoding,
    headers: index.headers,
    delimiter: index.delimiter,
    mapping: index.mapping,
    missingFields: index.missingFields,
    rowCount: index.rowCount,
    orders: orders.sort(byFirstRow),
    invalid: invalid.sort(byFirstRow),
    errors: [...index.rowErrors, ...orderErrors].sort((a, b) => a.row - b.row),
  };
}

async function expectSame(bytes: Uint8Array, chunks = [1, 3, 7, 64, 5000, 1 << 20]) {
  const decoded = decodeCsvBytes(bytes);
  const whole = parseOrderCsv(decoded.text, { defaults: DEFAULTS });
  for (const chunk of chunks) {
    const { encoding, ...streamed } = await parseStreamed(bytes, chunk);
    expect(encoding, `chunk ${chunk}`).toBe(decoded.encoding);
    expect(streamed, `chunk ${chunk}`).toEqual(whole);
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('streamed order import reads what the whole-text import reads', () => {
  it('the fixtures', async () => {
    for (const name of ['orders-good-and-bad.csv', 'orders-semicolon-bom.csv', 'orders-shopify.csv', 'orders-warehouse.csv']) {
      await expectSame(new Uint8Array(readFileSync(join(FIXTURES, name))));
    }
  });

  it('UTF-16 with and without a BOM, and Windows-1252', async () => {
    const text = `${SMALL_HEADER}\r\nA1,Jürgen Müller,DE,EUR,1,2.00,Größe €\r\nA2,Zoë,FR,EUR,2,3.50,"a ""b"", c"\r\n`;
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    await expectSame(new Uint8Array([0xff, 0xfe, ...le]));
    await expectSame(le);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    await expectSame(new Uint8Array([0xfe, 0xff, ...be]));
    const cp1252 = new Uint8Array([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
    await expectSame(cp1252);
    expect((await parseStreamed(cp1252, 5)).encoding).toBe('windows-1252');
  });

  it('mixed line endings, blank rows, an unclosed quote, lost characters, a split CR LF', async () => {
    await expectSame(utf8(`${SMALL_HEADER}\r\nA1,Ann,US,USD,1,2.00,x\nA2,Bob,US,USD,1,2.00,y\rA3,Cy,US,USD,1,2.00,z\r\n`));
    await expectSame(utf8(`\n\n${SMALL_HEADER}\n\nA1,Ann,US,USD,1,2.00,x\n\nA1,Ann,US,USD,1,3.00,"open\nA2,Bob,US,USD,1,2.00,y\n`));
    await expectSame(utf8(`${SMALL_HEADER}\nA1,M\uFFFDller,DE,EUR,1,2.00,x\nA2,Bob,US,USD,1,2.00,y,extra\n,Bob,US,USD,1,2.00,y\n`));
    await expectSame(utf8(`${SMALL_HEADER}\r\nA1,Ann,US,USD,1,2.00,x\r\nA2,Bob,US,USD,1,2.00,y\r`));
    await expectSame(utf8(''));
    await expectSame(utf8('\uFEFF'));
    await expectSame(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`${SMALL_HEADER}\nA1,Ann,US,USD,1,2.00,x`)]));
  });

  it('orders whose rows are spread over the file', async () => {
    const rows = [SMALL_HEADER];
    for (let i = 0; i < 60; i++) rows.push(`O${i % 7},Name ${i % 7},US,USD,${i % 5 === 0 ? 'x' : 1},2.00,item ${i}`);
    await expectSame(utf8(rows.join('\n')));
  });

  it('any generated file', async () => {
    const cell = fc.oneof(
      fc.constantFrom('A1', 'A2', 'Ann', 'US', 'USD', '1', '2.00', '', '"q""x"', '"a\nb"', 'é', '\uFFFD', '\r', '\r\n'),
      fc.string({ maxLength: 6 }),
    );
    const row = fc.array(cell, { minLength: 0, maxLength: 9 }).map((cells) => cells.join(','));
    const file = fc.tuple(fc.constantFrom(SMALL_HEADER, FULL_HEADER, 'a;b'), fc.array(row, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'));
    await fc.assert(
      fc.asyncProperty(file, fc.integer({ min: 1, max: 40 }), async ([header, body, nl], chunk) => {
        await expectSame(utf8([header, ...body].join(nl)), [chunk]);
      }),
      fuzz(150),
    );
  });
});

describe('shipping lines in the streamed import', () => {
  it('are kept as written and never refuse an order, exactly as in the whole-text import', async () => {
    const text =
      'order_number,consignee_name,country,currency,quantity,unit_price,Shipping Method\n' +
      'S1,Ann,US,USD,1,2.00,Colissimo International\n' +
      'S2,Bo,US,USD,1,2.00,YunExpress Global Direct Line\n' +
      'S3,Cy,US,USD,1,2.00,yunexpress  global direct line\n' +
      'S4,Di,US,USD,1,2.00,Pigeon\n' +
      'S5,Ed,US,USD,1,2.00,\n';
    const bytes = new TextEncoder().encode(text);
    const { shippingDecider, DEFAULT_SHIPPING_RULES } = await import('../../shared/domain/shipping');
    const options = { defaults: DEFAULTS, shipping: shippingDecider(DEFAULT_SHIPPING_RULES, [{ line: 'PIGEON', method: 'air' }]) };
    const whole = parseOrderCsv(text, options);
    const index = await indexOrderCsv(pieces(bytes, 7), bytes.length, options);
    const streamed: ParsedImport['orders'] = [];
    await streamOrders(pieces(bytes, 7), bytes.length, index, options, (built) => {
      if (built.ok) streamed.push(built.parsed);
    });
    expect(whole.errors).toEqual([]);
    expect(whole.invalid).toEqual([]);
    expect(streamed).toEqual(whole.orders);
    expect(streamed.map((p) => [p.order.shippingLine, p.order.shippingMethod])).toEqual([
      ['Colissimo International', 'postal'],
      ['YunExpress Global Direct Line', 'unknown'],
      ['yunexpress  global direct line', 'unknown'],
      ['Pigeon', 'air'],
      ['', 'postal'],
    ]);
  });
});
