// Seeds a real database with a small warehouse: products, bins in walking order, opening stock
// received through the ledger, and confirmed orders whose lines are reserved through the ledger.
// Used by the picking, packing and inventory tests and by the benchmarks.
import type { Kysely } from 'kysely';
import type { DB } from '../../electron/core/db/schema';
import { receive, reserve } from '../../electron/core/inventory/ledger';
import { insertOrders } from '../../electron/core/orders/orderRepository';
import { orderToRow } from '../../electron/core/orders/orderRows';
import type { Order } from '../../shared/schemas/order';

export interface WarehouseSpec {
  products?: number;
  bins?: number;
  /** Units received into each product's bin(s). */
  stockPerProduct?: number;
  /** Each product is spread over this many bins. */
  binsPerProduct?: number;
  orders?: number;
  linesPerOrder?: number;
  quantityPerLine?: number;
  /** Makes SKUs, bins and order numbers unique when one database is seeded several times. */
  prefix?: string;
}

export interface SeededWarehouse {
  productIds: number[];
  skus: string[];
  locationIds: number[];
  binCodes: string[];
  orderIds: number[];
}

const at = '2026-11-26T10:00:00.000Z';

/** The SKUs of the demo orders and the order fixtures. */
export const DEMO_SKUS = ['XM-BUDS5', 'AK-PB10K', 'UG-CBL-C2', 'LN-WATCH-S2', 'LN-TEE-M-BLK', 'AN-RUN-42', 'BQ-MUG-350', 'YL-LAMP-D1'];

export function productSku(i: number, prefix = ''): string {
  return `${prefix}SKU-${String(i + 1).padStart(5, '0')}`;
}

export function sampleOrder(n: number, lines: { sku: string; quantity: string }[], prefix = ''): Order {
  return {
    channel: 'Test',
    orderNumber: `${prefix}T-${String(n).padStart(6, '0')}`,
    orderDate: '2026-11-20',
    consignee: {
      name: 'Lucía Fernández',
      company: '',
      address1: 'Calle de Alcalá 45',
      address2: '',
      city: 'Madrid',
      state: 'Madrid',
      postalCode: '28014',
      country: 'ES',
      phone: '+34 612 345 678',
      email: 'lucia@example.es',
      taxId: '',
    },
    shippingMethod: 'express',
    currency: 'EUR',
    incoterm: 'DAP',
    declaredTotal: '',
    lines: lines.map((l) => ({
      sku: l.sku,
      description: 'Cotton T-shirt, knitted',
      brand: 'Li-Ning',
      model: 'AHSS123',
      quantity: l.quantity,
      unit: 'PCE',
      unitPrice: '10.00',
      hsCode: '610910',
      originCountry: 'CN',
    })),
  } as Order;
}

export async function seedWarehouse(db: Kysely<DB>, spec: WarehouseSpec = {}): Promise<SeededWarehouse> {
  const { products = 10, bins = 20, stockPerProduct = 100, binsPerProduct = 1, orders = 0, linesPerOrder = 3, quantityPerLine = 1, prefix = '' } = spec;
  return db.transaction().execute(async (trx) => {
    const productIds: number[] = [];
    const skus: string[] = [];
    for (let i = 0; i < products; i += 500) {
      const rows = [];
      for (let j = i; j < Math.min(products, i + 500); j++) {
        skus.push(productSku(j, prefix));
        rows.push({
          sku: productSku(j, prefix),
          name: `Product ${j + 1}`,
          brand: 'Li-Ning',
          model: `M${j + 1}`,
          description: "Men's T-shirt, knitted, 100% cotton",
          hs_code: '610910',
          origin_country: 'CN',
          unit: 'PCE',
          net_weight_kg: '0.2',
          gross_weight_kg: '0.25',
          unit_value: '10.00',
          currency: 'EUR',
          gtin: '',
          content_hash: `h${j}`,
          import_id: null,
          created_at: at,
          updated_at: at,
        });
      }
      const ids = await trx.insertInto('products').values(rows).returning('id').execute();
      productIds.push(...ids.map((r) => r.id));
    }
    const locationIds: number[] = [];
    const binCodes: string[] = [];
    for (let b = 0; b < bins; b++) {
      const code = `${prefix}A-${String(Math.floor(b / 10) + 1).padStart(2, '0')}-${String((b % 10) + 1).padStart(2, '0')}`;
      binCodes.push(code);
      // Walking order deliberately differs from insertion order so sorting is visible.
      const walk = (bins - b) * 10;
      const { id } = await trx
        .insertInto('locations')
        .values({ warehouse: 'MAIN', zone: 'A', bin_code: code, walk_order: walk, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      locationIds.push(id);
    }
    for (let p = 0; p < productIds.length && stockPerProduct > 0; p++) {
      for (let k = 0; k < binsPerProduct; k++) {
        const loc = locationIds[(p * binsPerProduct + k) % locationIds.length]!;
        await receive(
          trx,
          { productId: productIds[p]!, locationId: loc, qtyMilli: Math.floor((stockPerProduct * 1000) / binsPerProduct) },
          { at, actor: 'tester', reference: 'opening' },
        );
      }
    }
    const orderIds: number[] = [];
    if (orders > 0) {
      const list = [];
      for (let o = 0; o < orders; o++) {
        const lines = Array.from({ length: linesPerOrder }, (_, l) => ({
          sku: skus[(o * linesPerOrder + l) % skus.length]!,
          quantity: String(quantityPerLine),
        }));
        const order = sampleOrder(o + 1, lines, prefix);
        list.push({ order, row: orderToRow(order, { status: 'confirmed', at }) });
      }
      orderIds.push(...(await insertOrders(trx, list)));
      const lines = await trx.selectFrom('order_lines').select(['id', 'order_id', 'sku', 'quantity']).where('order_id', 'in', orderIds).execute();
      const bySku = new Map(skus.map((s, i) => [s, productIds[i]!]));
      for (const line of lines) {
        const productId = bySku.get(line.sku)!;
        await trx.updateTable('order_lines').set({ product_id: productId }).where('id', '=', line.id).execute();
        await reserve(trx, { productId, orderId: line.order_id, orderLineId: line.id, qtyMilli: Number(line.quantity) * 1000 }, { at, actor: 'tester' });
      }
    }
    return { productIds, skus, locationIds, binCodes, orderIds };
  });
}

/** Catalogue entries for the given SKUs (described like real goods) and stock of each in one bin. */
export async function stockSkus(db: Kysely<DB>, skus: string[], qtyEach = 100): Promise<Map<string, number>> {
  return db.transaction().execute(async (trx) => {
    const { id: locationId } = await trx
      .insertInto('locations')
      .values({ warehouse: 'MAIN', zone: 'A', bin_code: `STOCK-${Date.now()}`, walk_order: 1, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids = new Map<string, number>();
    for (const sku of [...new Set(skus)]) {
      const { id } = await trx
        .insertInto('products')
        .values({
          sku,
          name: sku,
          brand: 'Brand',
          model: 'Model',
          description: 'Wireless headphones, plastic housing',
          hs_code: '851830',
          origin_country: 'CN',
          unit: 'PCE',
          net_weight_kg: '0.1',
          gross_weight_kg: '0.15',
          unit_value: '10.00',
          currency: 'EUR',
          gtin: '',
          content_hash: sku,
          import_id: null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(sku, id);
      if (qtyEach > 0) await receive(trx, { productId: id, locationId, qtyMilli: qtyEach * 1000 }, { at, actor: 'tester', reference: 'test stock' });
    }
    return ids;
  });
}
