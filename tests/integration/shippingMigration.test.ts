// The migration that keeps shop shipping lines, from the version before it with orders in the file:
// old orders get their line from their method, the rules are seeded, and a file imported before
// the upgrade is still recognised as already imported.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { DEFAULT_SHIPPING_RULES } from '../../shared/domain/shipping';
import { call, startCore, tempRoot } from './support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

const NAME = '2026-11-29T1030_shipping_lines';

/** An order as the app wrote it before shipping lines: its fingerprint is the JSON of the order without one. */
function oldOrder(orderNumber: string, shippingMethod: string) {
  const order = {
    orderNumber,
    channel: 'Shopify',
    orderDate: '2026-11-20',
    consignee: {
      name: 'Emily Carter',
      company: '',
      address1: '742 Evergreen Terrace',
      address2: '',
      city: 'Springfield',
      state: '',
      postalCode: '62704',
      country: 'US',
      phone: '+1 217 555 0142',
      email: '',
      taxId: '',
    },
    shippingMethod,
    currency: 'USD',
    incoterm: 'DAP',
    declaredTotal: '',
    lines: [
      {
        sku: 'XM-BUDS5',
        description: 'Headphones',
        brand: 'Xiaomi',
        model: 'Redmi Buds 5',
        quantity: '1',
        unit: 'PCE',
        unitPrice: '29.99',
        hsCode: '',
        originCountry: '',
      },
    ],
  };
  const hash = createHash('sha256').update(JSON.stringify(order)).digest('hex');
  const c = order.consignee;
  return {
    row: {
      channel: order.channel,
      order_number: orderNumber,
      order_date: order.orderDate,
      status: 'received',
      consignee_name: c.name,
      consignee_company: '',
      address1: c.address1,
      address2: '',
      city: c.city,
      state: '',
      postal_code: c.postalCode,
      country: c.country,
      phone: c.phone,
      email: '',
      tax_id: '',
      shipping_method: shippingMethod,
      currency: 'USD',
      incoterm: 'DAP',
      declared_total: '',
      total: '29.99',
      line_count: 1,
      problems: '[]',
      problem_count: 0,
      content_hash: hash,
      import_id: null,
      created_at: '2026-11-20T10:00:00.000Z',
      updated_at: '2026-11-20T10:00:00.000Z',
    },
    line: {
      line_no: 1,
      sku: 'XM-BUDS5',
      description: 'Headphones',
      brand: 'Xiaomi',
      model: 'Redmi Buds 5',
      quantity: '1',
      unit: 'PCE',
      unit_price: '29.99',
      line_total: '29.99',
      hs_code: '',
      origin_country: '',
    },
  };
}

describe(`migration ${NAME}`, () => {
  it('is registered with the others', () => {
    expect(Object.keys(MIGRATIONS).sort()).toContain(NAME);
  });

  it('upgrades a file with orders: lines from their methods, the default rules, old imports still recognised', async () => {
    const dir = tmp.next();
    const file = join(dir, 'despacho.sqlite');
    const names = Object.keys(MIGRATIONS).sort();
    const previous = Object.fromEntries(names.slice(0, names.indexOf(NAME)).map((n) => [n, MIGRATIONS[n]!]));

    const old = (await openDatabase(file, { migrations: previous })) as Kysely<any>;
    for (const [number, method] of [
      ['#1001', 'express'],
      ['#1002', 'postal'],
    ] as const) {
      const { row, line } = oldOrder(number, method);
      const { id } = await old.insertInto('orders').values(row).returning('id').executeTakeFirstOrThrow();
      await old
        .insertInto('order_lines')
        .values({ ...line, order_id: id })
        .execute();
    }
    await old.destroy();

    const upgraded = (await openDatabase(file)) as Kysely<any>;
    const rows = await upgraded.selectFrom('orders').select(['order_number', 'shipping_line', 'shipping_method']).orderBy('id').execute();
    expect(rows).toEqual([
      { order_number: '#1001', shipping_line: 'express', shipping_method: 'express' },
      { order_number: '#1002', shipping_line: 'postal', shipping_method: 'postal' },
    ]);
    const rules = await upgraded.selectFrom('shipping_rules').select(['position', 'match', 'pattern', 'method']).orderBy('position').execute();
    expect(rules.map(({ match, pattern, method }) => ({ match, pattern, method }))).toEqual(DEFAULT_SHIPPING_RULES);
    expect(rules.map((r) => r.position)).toEqual(rules.map((_, i) => i + 1));
    const index = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and name = 'orders_method_unknown'`.execute(upgraded);
    expect(index.rows).toHaveLength(1);
    await upgraded.destroy();

    const core = await startCore(dir);
    try {
      // The orders read back with their line, and are unchanged by the upgrade as far as the checks go.
      const page = await call(core, 'orders.list', { sort: 'orderNumber', dir: 'asc' });
      expect(page.rows.map((r) => [r.orderNumber, r.shippingLine, r.shippingMethod, r.problemCount])).toEqual([
        ['#1001', 'express', 'express', 0],
        ['#1002', 'postal', 'postal', 0],
      ]);
      // The shop's file, imported again after the upgrade with its own words: already there.
      const text =
        'Name,Created at,Shipping Name,Shipping Street,Shipping City,Shipping Zip,Shipping Country,Shipping Phone,Currency,Shipping Method,Lineitem quantity,Lineitem price,Lineitem sku,Lineitem name,Vendor,Lineitem variant\n' +
        '#1001,2026-11-20,Emily Carter,742 Evergreen Terrace,Springfield,62704,US,+1 217 555 0142,USD,DHL Express Worldwide,1,29.99,XM-BUDS5,Headphones,Xiaomi,Redmi Buds 5\n' +
        '#1002,2026-11-20,Emily Carter,742 Evergreen Terrace,Springfield,62704,US,+1 217 555 0142,USD,Correo Certificado Internacional,1,29.99,XM-BUDS5,Headphones,Xiaomi,Redmi Buds 5\n';
      const preview = await call(core, 'orders.importPreview', { fileName: 'old.csv', text, channel: 'Shopify' });
      expect(preview.counts).toEqual({ new: 0, existing: 2, conflict: 0, invalid: 0 });
    } finally {
      await core.close();
    }
  });
});
