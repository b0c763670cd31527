// Seeds a pick list straight into the tables (the picking commands may not exist yet): two orders,
// products with and without a GTIN (one with a hostile name), bins walked out of id order.
import type { Kysely } from 'kysely';
import type { DB } from '../../electron/core/db/schema';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)> <script>window.__pwned = 1</script>';

export interface SeededPickList {
  pickListId: number;
  number: string;
  /** In walking order, as the printed list must show them. */
  bins: string[];
  skus: string[];
}

const AT = '2026-11-26T20:20:00.000Z';

function product(sku: string, name: string, gtin: string) {
  return {
    sku,
    name,
    gtin,
    brand: 'Acme',
    model: 'M-1',
    description: 'Leather wallet',
    hs_code: '420231',
    origin_country: 'ES',
    unit: 'PCE',
    net_weight_kg: '0.2',
    gross_weight_kg: '0.25',
    unit_value: '19.90',
    currency: 'EUR',
    content_hash: sku,
    import_id: null,
    created_at: AT,
    updated_at: AT,
  };
}

function order(orderNumber: string) {
  return {
    channel: 'web',
    order_number: orderNumber,
    order_date: '2026-11-26',
    status: 'confirmed',
    consignee_name: 'Lucía Fernández',
    consignee_company: '',
    address1: 'Calle Mayor 1',
    address2: '',
    city: 'Madrid',
    state: '',
    postal_code: '28013',
    country: 'ES',
    phone: '+34912345678',
    email: '',
    tax_id: '',
    shipping_method: 'standard',
    currency: 'EUR',
    incoterm: 'DAP',
    declared_total: '39.80',
    total: '39.80',
    line_count: 1,
    problems: '[]',
    problem_count: 0,
    content_hash: orderNumber,
    import_id: null,
    created_at: AT,
    updated_at: AT,
  };
}

export async function seedPickList(db: Kysely<DB>, number = 'PL-2026-0001'): Promise<SeededPickList> {
  const ids = async <T extends { id: number }>(rows: Promise<T[]>) => (await rows).map((r) => r.id);
  const [p1, p2, p3] = await ids(
    db
      .insertInto('products')
      .values([
        product('SKU-WALLET', 'Leather wallet', '4006381333931'), // valid EAN-13
        product('SKU-HOSTILE', HOSTILE_NAME, ''), // no GTIN: Code 128 of the SKU
        product('SKU-BELT', 'Belt, brown', '4006381333932'), // wrong check digit: Code 128 of the SKU
      ])
      .returning('id')
      .execute(),
  );
  // Inserted in a different order from the walk, so sorting by seq is what puts them right.
  const [lC, lA, lB] = await ids(
    db
      .insertInto('locations')
      .values([
        { warehouse: 'MAD', zone: 'C', bin_code: 'C-03-01', walk_order: 30, created_at: AT },
        { warehouse: 'MAD', zone: 'A', bin_code: 'A-01-02', walk_order: 10, created_at: AT },
        { warehouse: 'MAD', zone: 'B', bin_code: 'B-02-05', walk_order: 20, created_at: AT },
      ])
      .returning('id')
      .execute(),
  );
  const [o1, o2] = await ids(
    db
      .insertInto('orders')
      .values([order('WEB-1001'), order('WEB-1002')])
      .returning('id')
      .execute(),
  );
  const line = (order_id: number, sku: string, product_id: number) => ({
    order_id,
    line_no: 1,
    sku,
    description: 'x',
    brand: 'Acme',
    model: 'M-1',
    quantity: '2',
    unit: 'PCE',
    unit_price: '19.90',
    line_total: '39.80',
    hs_code: '420231',
    origin_country: 'ES',
    product_id,
  });
  const [ol1, ol2] = await ids(
    db
      .insertInto('order_lines')
      .values([line(o1!, 'SKU-WALLET', p1!), line(o2!, 'SKU-HOSTILE', p2!)])
      .returning('id')
      .execute(),
  );
  const [ol3] = await ids(
    db
      .insertInto('order_lines')
      .values({ ...line(o1!, 'SKU-BELT', p3!), line_no: 2 })
      .returning('id')
      .execute(),
  );

  const { id: pickListId } = await db
    .insertInto('pick_lists')
    .values({ number, kind: 'wave', status: 'open', container_mode: 'perOrder', order_count: 2, line_count: 3, created_at: AT, completed_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pl = (seq: number, order_id: number, order_line_id: number, product_id: number, location_id: number, container: string, qty_milli: number) => ({
    pick_list_id: pickListId,
    seq,
    order_id,
    order_line_id,
    product_id,
    location_id,
    container,
    qty_milli,
    status: 'open' as const,
  });
  // Inserted out of seq order on purpose.
  await db
    .insertInto('pick_list_lines')
    .values([pl(3, o1!, ol3!, p3!, lC!, 'TOTE-01', 1000), pl(1, o1!, ol1!, p1!, lA!, 'TOTE-01', 2000), pl(2, o2!, ol2!, p2!, lB!, 'TOTE-02', 2500)])
    .execute();
  return { pickListId, number, bins: ['A-01-02', 'B-02-05', 'C-03-01'], skus: ['SKU-WALLET', 'SKU-HOSTILE', 'SKU-BELT'] };
}
