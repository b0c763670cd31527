import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../shared/domain/confirmation';
import { guessMapping, normaliseHeader } from '../../shared/import/fields';
import { type ImportDefaults, parseOrderCsv, readCsv } from '../../shared/import/orderCsv';
import { normaliseCountry, normaliseDate, normaliseDecimal } from '../../shared/import/values';
import { shippingDecider } from '../../shared/domain/shipping';
import { fixture } from './support/orders';

const DEFAULTS: ImportDefaults = { channel: 'shop', incoterm: 'DAP', shippingMethod: 'postal', unit: 'PCE', orderDate: '2026-01-01' };
const parse = (text: string, mapping?: Parameters<typeof parseOrderCsv>[1]['mapping']) => parseOrderCsv(text, { mapping, defaults: DEFAULTS });

const HEAD = 'order_number,consignee_name,country,currency,quantity,unit_price,description,sku,brand,model';
const csv = (...rows: string[]) => [HEAD, ...rows].join('\n') + '\n';

describe('readCsv', () => {
  it('detects comma and semicolon delimiters', () => {
    expect(readCsv('a,b\n1,2\n')).toMatchObject({ delimiter: ',', headers: ['a', 'b'], rows: [['1', '2']] });
    expect(readCsv('a;b\n1,5;2\n')).toMatchObject({ delimiter: ';', headers: ['a', 'b'], rows: [['1,5', '2']] });
  });

  it('strips a UTF-8 BOM from the first header', () => {
    const r = readCsv('\uFEFForder_number,country\nA1,US\n');
    expect(r.headers).toEqual(['order_number', 'country']);
    expect(r.headers[0]!.charCodeAt(0)).toBe('o'.charCodeAt(0));
  });

  it('keeps quoted delimiters, doubled quotes and embedded newlines inside one field', () => {
    const r = readCsv('a,b,c\n"x, y","say ""hi""","line 1\nline 2"\n');
    expect(r.rows).toEqual([['x, y', 'say "hi"', 'line 1\nline 2']]);
    expect(r.errors).toEqual([]);
  });

  it('skips blank lines and trims headers', () => {
    const r = readCsv(' a , b \n1,2\n\n\n3,4\n');
    expect(r.headers).toEqual(['a', 'b']);
    expect(r.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});

describe('value normalisation', () => {
  it('decimal comma only where the file is ;-delimited, thousands separators everywhere', () => {
    expect(normaliseDecimal('12,50', ';')).toBe('12.50');
    expect(normaliseDecimal('1.234,50', ';')).toBe('1234.50');
    expect(normaliseDecimal('1.234.567,5', ';')).toBe('1234567.5');
    expect(normaliseDecimal('1,234.50', ',')).toBe('1234.50');
    expect(normaliseDecimal('1,234,567', ',')).toBe('1234567');
    expect(normaliseDecimal("1'234.50", ',')).toBe('1234.50');
    expect(normaliseDecimal('1 234,50', ';')).toBe('1234.50');
    expect(normaliseDecimal(' 7 ', ',')).toBe('7');
    // In a ;-file a single comma is a decimal comma, even in groups of three.
    expect(normaliseDecimal('1,234', ';')).toBe('1.234');
    // Not recognised: left for the schema to report.
    expect(normaliseDecimal('abc', ',')).toBe('abc');
    expect(normaliseDecimal('1.2.3', ',')).toBe('1.2.3');
  });

  it('dates with a time part keep the date', () => {
    expect(normaliseDate('2026-11-03 10:22:01 +0100')).toBe('2026-11-03');
    expect(normaliseDate('2026-11-03T10:22:01Z')).toBe('2026-11-03');
    expect(normaliseDate('03/11/2026')).toBe('03/11/2026');
  });

  it('country names in English and Spanish become ISO codes', () => {
    expect(normaliseCountry('Spain')).toBe('ES');
    expect(normaliseCountry('España')).toBe('ES');
    expect(normaliseCountry('es')).toBe('ES');
    expect(normaliseCountry('Germany')).toBe('DE');
    expect(normaliseCountry('Alemania')).toBe('DE');
    expect(normaliseCountry('United States of America')).toBe('US');
    expect(normaliseCountry('Atlantis')).toBe('Atlantis');
    expect(normaliseCountry('')).toBe('');
  });

  it('header matching ignores case, accents, spaces and punctuation', () => {
    expect(normaliseHeader('  Código Postal ')).toBe('codigopostal');
    expect(normaliseHeader('Lineitem quantity')).toBe('lineitemquantity');
    expect(guessMapping(['Número pedido', 'PAÍS', 'Unit-Price'])).toEqual({ orderNumber: 'Número pedido', country: 'PAÍS', unitPrice: 'Unit-Price' });
  });
});

describe('guessMapping: the field a broker means', () => {
  it('dates an order by its creation, not its payment, whichever column comes first', () => {
    expect(guessMapping(['Paid at', 'Created at']).orderDate).toBe('Created at');
    expect(guessMapping(['Created at', 'Paid at']).orderDate).toBe('Created at');
    // Only a payment date: it is the best there is.
    expect(guessMapping(['Name', 'Paid at']).orderDate).toBe('Paid at');
    expect(guessMapping(['Fecha de pago', 'Fecha pedido']).orderDate).toBe('Fecha pedido');
    expect(guessMapping(['Order date', 'Created at']).orderDate).toBe('Order date');
  });

  it.each(['Shipping Line', 'Shipping Method', 'Shipping Line Title', 'Shipping method title', 'Método de envío', 'Forma de envío'])(
    'maps %j to the shipping line',
    (header) => {
      expect(guessMapping(['Lineitem requires shipping', 'Shipping', 'Lineitem fulfillment service', header]).shippingLine).toBe(header);
    },
  );

  it('maps a WooCommerce-style export without help', () => {
    const headers =
      'Order Number,Paid at,Created at,Order Status,Currency,Order Subtotal,Shipping Method,Shipping First Name Last Name,Shipping Company,Shipping Address 1,Shipping Address 2,Shipping City,Shipping Postcode,Shipping State,Shipping Country,Shipping Phone,Billing Email,Item SKU,Item Name,Quantity,Item Cost'.split(
        ',',
      );
    expect(guessMapping(headers)).toEqual({
      orderNumber: 'Order Number',
      orderDate: 'Created at',
      consigneeName: 'Shipping First Name Last Name',
      consigneeCompany: 'Shipping Company',
      address1: 'Shipping Address 1',
      address2: 'Shipping Address 2',
      city: 'Shipping City',
      state: 'Shipping State',
      postalCode: 'Shipping Postcode',
      country: 'Shipping Country',
      phone: 'Shipping Phone',
      email: 'Billing Email',
      shippingLine: 'Shipping Method',
      currency: 'Currency',
      orderTotal: 'Order Subtotal',
      sku: 'Item SKU',
      description: 'Item Name',
      quantity: 'Quantity',
      unitPrice: 'Item Cost',
    });
  });

  it('never takes the shipping cost or a Lineitem column for the shipping line', () => {
    expect(guessMapping(['Shipping', 'Lineitem requires shipping', 'Lineitem fulfillment service']).shippingLine).toBeUndefined();
  });
});

describe('parseOrderCsv: the good-and-bad fixture', () => {
  const r = parse(fixture('orders-good-and-bad.csv'));

  it('reads 14 rows into 8 orders: 6 valid, 2 invalid', () => {
    expect(r.delimiter).toBe(',');
    expect(r.rowCount).toBe(14);
    expect(r.missingFields).toEqual([]);
    expect(r.orders.map((o) => o.order.orderNumber)).toEqual(['SH-1001', 'SH-1002', 'SH-1003', 'SH-1005', 'SH-1007', 'SH-1008']);
    expect(r.invalid).toEqual([
      { orderNumber: 'SH-1004', rows: [7] },
      { orderNumber: 'SH-1006', rows: [10, 11] },
    ]);
  });

  it('reports the two bad rows with their row numbers and fields', () => {
    expect(r.errors).toEqual([
      { row: 7, field: 'quantity', column: 'quantity', code: 'validation.decimal', params: {} },
      { row: 10, field: 'currency', column: 'currency', code: 'validation.currency', params: {} },
    ]);
  });

  it('groups lines under their order in file order with exact values', () => {
    const byNumber = new Map(r.orders.map((o) => [o.order.orderNumber, o]));
    const sh1008 = byNumber.get('SH-1008')!;
    expect(sh1008.rows).toEqual([13, 14, 15]);
    expect(sh1008.order.lines.map((l) => [l.sku, l.quantity, l.unitPrice])).toEqual([
      ['LN-WATCH-S2', '1', '65.00'],
      ['UG-CBL-C2', '2', '12.99'],
      ['BQ-MUG-350', '1', '16.50'],
    ]);
    expect(sh1008.order.consignee.address1).toBe('350 Rue Sainte-Catherine O, Suite 400');
    expect(byNumber.get('SH-1005')!.order).toMatchObject({ currency: 'JPY', declaredTotal: '7820', shippingMethod: 'air', incoterm: 'CPT' });
    expect(byNumber.get('SH-1001')!.order.consignee).toMatchObject({ name: 'Emily Carter', country: 'US', postalCode: '62704' });
  });

  it('the valid orders pass confirmation except SH-1003, which has no brand on line 2', () => {
    const problems = Object.fromEntries(r.orders.map((o) => [o.order.orderNumber, checkOrder(o.order)]));
    expect(problems).toEqual({
      'SH-1001': [],
      'SH-1002': [],
      'SH-1003': [{ code: 'brandMissing', field: 'lines.1.brand', params: { line: 2 } }],
      'SH-1005': [],
      'SH-1007': [],
      'SH-1008': [],
    });
  });
});

describe('parseOrderCsv: the ;-delimited Spanish fixture with a BOM', () => {
  const r = parse(fixture('orders-semicolon-bom.csv'));

  it('maps the Spanish headers and reads decimal commas and thousands points', () => {
    expect(fixture('orders-semicolon-bom.csv').charCodeAt(0)).toBe(0xfeff);
    expect(r.delimiter).toBe(';');
    expect(r.errors).toEqual([]);
    expect(r.mapping).toMatchObject({
      orderNumber: 'Número pedido',
      postalCode: 'Código postal',
      country: 'País',
      originCountry: 'País origen',
      unitPrice: 'Precio unitario',
      orderTotal: 'Total pedido',
    });
    const [es501, es502] = r.orders.map((o) => o.order);
    expect(es501).toMatchObject({ orderNumber: 'ES-501', channel: 'Tienda', declaredTotal: '1324.40', shippingMethod: 'postal', currency: 'EUR' });
    expect(es501!.consignee.country).toBe('ES');
    expect(es501!.lines.map((l) => [l.description, l.quantity, l.unitPrice, l.hsCode, l.originCountry])).toEqual([
      ['Lámpara de mesa; LED', '2', '12.50', '940521', 'CN'],
      ['Televisor 55 pulgadas', '1', '1299.40', '852872', 'CN'],
    ]);
    expect(es502).toMatchObject({ orderNumber: 'ES-502', declaredTotal: '19.99', shippingMethod: 'express' });
    expect(es502!.consignee).toMatchObject({ country: 'DE', name: 'Jürgen Weiß' });
    expect(checkOrder(es501!)).toEqual([]);
  });
});

describe('parseOrderCsv: a Shopify export', () => {
  const text = fixture('orders-shopify.csv');
  const r = parse(text);

  it('auto-maps the Shopify headers', () => {
    expect(r.missingFields).toEqual([]);
    expect(r.mapping).toMatchObject({
      orderNumber: 'Name',
      email: 'Email',
      currency: 'Currency',
      quantity: 'Lineitem quantity',
      unitPrice: 'Lineitem price',
      sku: 'Lineitem sku',
      description: 'Lineitem name',
      brand: 'Vendor',
      consigneeName: 'Shipping Name',
      consigneeCompany: 'Shipping Company',
      city: 'Shipping City',
      postalCode: 'Shipping Zip',
      state: 'Shipping Province',
      country: 'Shipping Country',
      phone: 'Shipping Phone',
      // The goods' subtotal, not the grand Total that also holds shipping and taxes.
      orderTotal: 'Subtotal',
    });
  });

  // BUG (shared/import/fields.ts, ALIASES.shippingMethod): the bare alias 'shipping' matches Shopify's
  // "Shipping" column, which is the shipping COST and comes before "Shipping Method" in the export,
  // so every Shopify order gets shippingMethod '0.00' and is rejected with validation.shippingMethod.
  it('maps "Shipping Method", not the "Shipping" cost column nor a "Lineitem" column, to the shipping line', () => {
    expect(r.mapping.shippingLine).toBe('Shipping Method');
    expect(r.invalid).toEqual([]);
    expect(r.orders.map((o) => [o.order.shippingLine, o.order.shippingMethod])).toEqual([
      ['DHL Express Worldwide', 'express'],
      ['Standard International', 'postal'],
    ]);
  });

  it('dates the orders by "Created at", not "Paid at", though "Paid at" comes first', () => {
    expect(r.mapping.orderDate).toBe('Created at');
  });

  describe('with the shipping line column chosen by hand', () => {
    const fixed = parse(text, { ...guessMapping(readCsv(text).headers), shippingLine: 'Shipping Method' });

    it('groups line items under the order and fills blank order fields from the first row', () => {
      expect(fixed.errors).toEqual([]);
      expect(fixed.invalid).toEqual([]);
      expect(fixed.orders.map((o) => [o.order.orderNumber, o.rows])).toEqual([
        ['#1001', [2, 3]],
        ['#1002', [4]],
      ]);
      const o1001 = fixed.orders[0]!.order;
      expect(o1001).toMatchObject({
        channel: 'web',
        orderDate: '2026-11-03',
        currency: 'USD',
        shippingMethod: 'express',
        declaredTotal: '59.97',
        incoterm: 'DAP',
      });
      expect(o1001.consignee).toMatchObject({
        name: 'Noah Brooks',
        city: 'Boston',
        state: 'MA',
        country: 'US',
        phone: '+1 617 555 0123',
        email: 'noah.brooks@example.com',
      });
      expect(o1001.lines).toEqual([
        {
          sku: 'XM-BUDS5-BLK',
          description: 'Redmi Buds 5 - Black',
          brand: 'Xiaomi',
          model: '',
          quantity: '1',
          unit: 'PCE',
          unitPrice: '39.99',
          hsCode: '',
          originCountry: '',
        },
        {
          sku: 'UG-CBL-C2',
          description: 'USB-C cable 2 m',
          brand: 'Ugreen',
          model: '',
          quantity: '2',
          unit: 'PCE',
          unitPrice: '9.99',
          hsCode: '',
          originCountry: '',
        },
      ]);
      expect(fixed.orders[1]!.order).toMatchObject({ orderNumber: '#1002', shippingMethod: 'postal', currency: 'EUR', declaredTotal: '49.00' });
    });

    // BUG (shared/import/orderCsv.ts / values.ts): Shopify writes ZIP codes with a leading apostrophe
    // ("'02108") so spreadsheets keep the leading zero; the importer keeps it, and every such order
    // then fails confirmation with postalCodeInvalid.
    it('drops the apostrophe Shopify puts in front of ZIP codes', () => {
      expect(text).toContain("'02108");
      expect(fixed.orders.map((o) => o.order.consignee.postalCode)).toEqual(['02108', '28014']);
    });
  });
});

describe('parseOrderCsv: rules', () => {
  it('a custom mapping reads files with headers nobody could guess', () => {
    const text = 'Bestellnummer,Empfänger,Land,Währung,Menge,Einzelpreis,Artikel\nB-1,Lukas Becker,DE,EUR,3,19.99,Powerbank\n';
    expect(parse(text).missingFields).toEqual(['orderNumber', 'consigneeName', 'country', 'currency', 'quantity', 'unitPrice']);
    const r = parse(text, {
      orderNumber: 'Bestellnummer',
      consigneeName: 'Empfänger',
      country: 'Land',
      currency: 'Währung',
      quantity: 'Menge',
      unitPrice: 'Einzelpreis',
      description: 'Artikel',
    });
    expect(r.missingFields).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]!.order).toMatchObject({
      orderNumber: 'B-1',
      channel: 'shop',
      incoterm: 'DAP',
      shippingMethod: 'postal',
      orderDate: '2026-01-01',
      currency: 'EUR',
    });
    expect(r.orders[0]!.order.lines[0]).toMatchObject({ description: 'Powerbank', quantity: '3', unitPrice: '19.99', unit: 'PCE' });
  });

  it('missing required columns are listed and nothing is parsed', () => {
    const r = parse('order_number,consignee_name,country,quantity\nA1,Ann,US,1\n');
    expect(r.missingFields).toEqual(['currency', 'unitPrice']);
    expect(r.orders).toEqual([]);
    expect(r.invalid).toEqual([]);
    // A mapping that names a header the file does not have counts as missing too.
    const m = parse(csv('A1,Ann,US,USD,1,2.00,d,s,b,m'), { ...guessMapping(HEAD.split(',')), currency: 'Moneda' });
    expect(m.missingFields).toEqual(['currency']);
  });

  it('groups rows by order number, keeping file order of orders and lines', () => {
    const r = parse(
      csv(
        'B2,Bob,US,USD,1,1.00,first of B2,b-1,x,y',
        'A1,Ann,US,USD,1,2.00,only of A1,a-1,x,y',
        'B2,,,,2,3.00,second of B2,b-2,x,y',
        'B2,Bob,US,USD,3,4.00,third of B2,b-3,x,y',
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.orders.map((o) => [o.order.orderNumber, o.rows, o.order.lines.map((l) => l.sku)])).toEqual([
      ['B2', [2, 4, 5], ['b-1', 'b-2', 'b-3']],
      ['A1', [3], ['a-1']],
    ]);
  });

  it('row numbers count the header as row 1 and quoted newlines do not shift them', () => {
    const r = parse(
      csv(
        'A1,"Ann\nSmith",US,USD,1,2.00,"two\nlines",a,b,c',
        'A2,"Bob ""The Builder""",US,USD,1,2.00,"say ""hi""\nand\nbye",a,b,c',
        'A3,Cat,US,USD,1.5x,2.00,bad quantity,a,b,c',
      ),
    );
    expect(r.orders.map((o) => [o.order.orderNumber, o.rows])).toEqual([
      ['A1', [2]],
      ['A2', [3]],
    ]);
    expect(r.orders[0]!.order.consignee.name).toBe('Ann\nSmith');
    expect(r.orders[1]!.order.consignee.name).toBe('Bob "The Builder"');
    expect(r.orders[1]!.order.lines[0]!.description).toBe('say "hi"\nand\nbye');
    expect(r.errors).toEqual([{ row: 4, field: 'quantity', column: 'quantity', code: 'validation.decimal', params: {} }]);
  });

  it('per-row errors name the row and the field of each bad line', () => {
    const r = parse(csv('A1,Ann,US,USD,1,2.00,d,s,b,m', 'A1,Ann,US,USD,1,2.999,d,s,b,m', 'A1,Ann,US,USD,x,2.00,d,s,b,m', 'A2,Bob,Narnia,USD,1,2.00,d,s,b,m'));
    expect(r.errors).toEqual([
      { row: 3, field: 'unitPrice', column: 'unit_price', code: 'validation.priceDigits', params: { digits: 2, currency: 'USD' } },
      { row: 4, field: 'quantity', column: 'quantity', code: 'validation.decimal', params: {} },
      { row: 5, field: 'country', column: 'country', code: 'validation.country', params: {} },
    ]);
    expect(r.orders).toEqual([]);
  });

  it('an order with one bad line is invalid as a whole', () => {
    const r = parse(
      csv('A1,Ann,US,USD,1,2.00,d,good-1,b,m', 'A1,Ann,US,USD,-1,2.00,d,bad,b,m', 'A1,Ann,US,USD,1,2.00,d,good-2,b,m', 'A2,Bob,US,USD,1,2.00,d,s,b,m'),
    );
    expect(r.invalid).toEqual([{ orderNumber: 'A1', rows: [2, 3, 4] }]);
    expect(r.orders.map((o) => o.order.orderNumber)).toEqual(['A2']);
    expect(r.errors).toEqual([{ row: 3, field: 'quantity', column: 'quantity', code: 'validation.quantity', params: {} }]);
  });

  it('rows of one order that disagree on an order-level field are a conflict', () => {
    const text =
      'order_number,consignee_name,country,currency,quantity,unit_price\nA1,Ann,US,USD,1,2.00\nA1,Ann,US,EUR,1,2.00\nA1,,,,1,2.00\nA1,Anne,US,USD,1,2.00\n';
    const r = parse(text);
    expect(r.invalid).toEqual([{ orderNumber: 'A1', rows: [2, 3, 4, 5] }]);
    expect(r.errors).toEqual([
      { row: 3, field: 'currency', column: 'currency', code: 'import.orderFieldConflict', params: { value: 'EUR', other: 'USD', otherRow: 2 } },
      { row: 5, field: 'consigneeName', column: 'consignee_name', code: 'import.orderFieldConflict', params: { value: 'Anne', other: 'Ann', otherRow: 2 } },
    ]);
  });

  it('country names and shipping words in the file are normalised', () => {
    const text =
      'order_number,consignee_name,country,currency,quantity,unit_price,shipping_method,origin_country\nA1,Ann,Spain,EUR,1,2.00,DHL Express,China\nA2,Bea,España,EUR,1,2.00,Correo ordinario,\nA3,Cal,germany,EUR,1,2.00,Sea freight,cn\n';
    const r = parse(text);
    expect(r.errors).toEqual([]);
    expect(r.orders.map((o) => [o.order.consignee.country, o.order.shippingMethod, o.order.lines[0]!.originCountry])).toEqual([
      ['ES', 'express', 'CN'],
      ['ES', 'postal', ''],
      ['DE', 'sea', 'CN'],
    ]);
  });

  it('a shipping line no rule knows is kept as written and leaves the method unknown, without an error', () => {
    const r = parse(
      'order_number,consignee_name,country,currency,quantity,unit_price,shipping_method\nA1,Ann,US,USD,1,2.00,  Pigeon Post-Free Wings  \nA2,Bo,US,USD,1,2.00,\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.invalid).toEqual([]);
    expect(r.orders.map((o) => [o.order.shippingLine, o.order.shippingMethod])).toEqual([
      // "Post" is a default rule's word: the line is postal.
      ['Pigeon Post-Free Wings', 'postal'],
      // No line at all: the import's default method, as before lines were kept.
      ['', 'postal'],
    ]);
    const unknown = parse(
      'order_number,consignee_name,country,currency,quantity,unit_price,shipping_method\nA1,Ann,US,USD,1,2.00,Yunexpress Global Direct Line\n',
    );
    expect(unknown.errors).toEqual([]);
    expect(unknown.orders[0]!.order).toMatchObject({ shippingLine: 'Yunexpress Global Direct Line', shippingMethod: 'unknown' });
    // Kept, and flagged by confirmation instead.
    expect(checkOrder(unknown.orders[0]!.order)).toContainEqual({
      code: 'shippingMethodUnknown',
      field: 'shippingMethod',
      params: { line: 'Yunexpress Global Direct Line' },
    });
  });

  it('decides shipping lines with the rules and choices given', () => {
    const text =
      'order_number,consignee_name,country,currency,quantity,unit_price,shipping line\nA1,Ann,US,USD,1,2.00,Pigeon\nA2,Bo,US,USD,1,2.00,DHL Express\n';
    const shipping = shippingDecider([{ match: 'exact', pattern: 'pigeon', method: 'air' }]);
    const r = parseOrderCsv(text, { defaults: DEFAULTS, shipping });
    expect(r.mapping.shippingLine).toBe('shipping line');
    expect(r.orders.map((o) => o.order.shippingMethod)).toEqual(['air', 'unknown']);
    const chosen = parseOrderCsv(text, { defaults: DEFAULTS, shipping: shippingDecider([], [{ line: 'DHL EXPRESS', method: 'express' }]) });
    expect(chosen.orders.map((o) => o.order.shippingMethod)).toEqual(['unknown', 'express']);
  });

  it('a row without an order number and a short row are reported', () => {
    const r = parse(csv(',Ann,US,USD,1,2.00,d,s,b,m', 'A2,Bob,US,USD,1,2.00', 'A3,Cat,US,USD,1,2.00,d,s,b,m'));
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { row: 2, field: 'orderNumber', column: 'order_number', code: 'import.noOrderNumber' },
        { row: 3, code: 'import.columnCount', params: { found: 6, expected: 10 } },
        { row: 3, code: 'import.rowUnreadable' },
      ]),
    );
    expect(r.invalid.map((o) => o.orderNumber)).toEqual(['A2']);
    expect(r.orders.map((o) => o.order.orderNumber)).toEqual(['A3']);
  });

  // BUG (shared/import/orderCsv.ts:60): Papa's error `row` is the index in `data`, where the header
  // is index 0, so the spreadsheet row is `row + 1`; the code adds 2. A CSV syntax error is reported
  // one row too low and the NEXT order is rejected as unreadable while the broken one is imported.
  it('a CSV syntax error is reported on its own row and rejects its own order', () => {
    const text = csv('A1,Ann,US,USD,1,2.00,d,s,b,m', 'A2,Bob,US,USD,1,2.00,"Mug "red" big",s,b,m', 'A3,Cat,US,USD,1,2.00,d,s,b,m');
    const r = parse(text);
    expect(r.errors.filter((e) => e.code === 'import.csvSyntax').map((e) => e.row)).toEqual(expect.arrayContaining([3]));
    expect(r.errors.every((e) => e.row === 3)).toBe(true);
    expect(r.invalid.map((o) => o.orderNumber)).toEqual(['A2']);
    expect(r.orders.map((o) => o.order.orderNumber)).toEqual(['A1', 'A3']);
  });

  // BUG (shared/schemas/order.ts:82, seen through the importer): a non-numeric order total makes
  // orderSchema.safeParse throw, so parseOrderCsv throws and the whole file fails to preview.
  it('a non-numeric order total makes only its order invalid', () => {
    const text = 'order_number,consignee_name,country,currency,quantity,unit_price,order_total\nA1,Ann,US,USD,1,2.00,N/A\nA2,Bob,US,USD,1,2.00,2.00\n';
    let r: ReturnType<typeof parse> | undefined;
    expect(() => (r = parse(text))).not.toThrow();
    expect(r!.invalid).toEqual([{ orderNumber: 'A1', rows: [2] }]);
    expect(r!.errors).toEqual([{ row: 2, field: 'orderTotal', column: 'order_total', code: 'validation.decimal', params: {} }]);
    expect(r!.orders.map((o) => o.order.orderNumber)).toEqual(['A2']);
  });

  it('the demo-style round trip: what Papa writes, the importer reads back', () => {
    const rows = [
      {
        order_number: 'R-1',
        consignee_name: 'Zoë "Z" O\'Neil',
        country: 'IE',
        currency: 'EUR',
        quantity: '2',
        unit_price: '1,234.56',
        description: 'a, b; c\nd',
      },
    ];
    const r = parse(Papa.unparse(rows));
    expect(r.errors).toEqual([]);
    expect(r.orders[0]!.order.consignee.name).toBe('Zoë "Z" O\'Neil');
    expect(r.orders[0]!.order.lines[0]).toMatchObject({ unitPrice: '1234.56', description: 'a, b; c\nd' });
  });
});
