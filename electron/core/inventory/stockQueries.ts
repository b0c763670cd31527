// The stock screens' reads: a page of products with their figures, and one product's bins and
// movements. Figures come from balances.ts sums over the ledger, one grouped query per page.
import { sql } from 'kysely';
import type { ProductStock, StockFiguresView, StockPage } from '../../../shared/api/contracts/inventory';
import { fromMilli } from '../../../shared/domain/quantity';
import { notFound } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import { openAllocations } from '../picking/planQueries';
import { type ProductFigures, productBins, productFigures } from './balances';

export const figuresView = (f: ProductFigures): StockFiguresView => ({
  onHand: fromMilli(f.onHand),
  reserved: fromMilli(f.reserved),
  available: fromMilli(f.available),
  staged: fromMilli(f.staged),
});

/** "50%_off" matches itself, not "anything": LIKE's wildcards in the search are escaped. */
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listStock(db: Db, q: { search: string; offset: number; limit: number }): Promise<StockPage> {
  let base = db.selectFrom('products');
  if (q.search !== '') {
    const p = likePattern(q.search);
    base = base.where(sql<boolean>`(sku like ${p} escape '\\' or name like ${p} escape '\\')`);
  }
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const products = await base.select(['id', 'sku', 'name']).orderBy('sku').offset(q.offset).limit(q.limit).execute();
  const figures = await productFigures(
    db,
    products.map((p) => p.id),
  );
  return {
    rows: products.map((p) => ({ productId: p.id, sku: p.sku, name: p.name, ...figuresView(figures.get(p.id)!) })),
    total: Number(n),
    offset: q.offset,
  };
}

export async function productStock(db: Db, q: { productId: number; offset: number; limit: number }): Promise<ProductStock> {
  const product = await db
    .selectFrom('products')
    .select(['id', 'sku', 'name', 'brand', 'model', 'gtin', 'unit'])
    .where('id', '=', q.productId)
    .executeTakeFirst();
  if (!product) throw notFound('product', q.productId);
  const figures = (await productFigures(db, [product.id])).get(product.id)!;
  const perBin = await productBins(db, product.id);
  // Per bin, "reserved" is what open pick lists still send pickers to take from it.
  const toPick = await openAllocations(db, [product.id]);
  const locations = perBin.length
    ? await db
        .selectFrom('locations')
        .selectAll()
        .where(
          'id',
          'in',
          perBin.map((b) => b.locationId),
        )
        .execute()
    : [];
  const byId = new Map(locations.map((l) => [l.id, l]));
  const bins = perBin
    .map((b) => {
      const l = byId.get(b.locationId)!;
      const reserved = toPick.get(`${product.id}:${l.id}`) ?? 0;
      return {
        locationId: l.id,
        warehouse: l.warehouse,
        zone: l.zone,
        binCode: l.bin_code,
        walkOrder: l.walk_order,
        onHand: fromMilli(b.onHand),
        reservedForPicking: fromMilli(reserved),
        available: fromMilli(b.onHand - reserved),
      };
    })
    .sort((a, b) => a.walkOrder - b.walkOrder || a.binCode.localeCompare(b.binCode));

  const { n } = await db
    .selectFrom('stock_movements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('product_id', '=', product.id)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('stock_movements as m')
    .leftJoin('locations as l', 'l.id', 'm.location_id')
    .leftJoin('orders as o', 'o.id', 'm.order_id')
    .select([
      'm.id',
      'm.at',
      'm.kind',
      'm.qty_milli',
      'm.reserved_milli',
      'm.place',
      'm.container',
      'm.parcel_id',
      'm.reason',
      'm.reference',
      'm.actor',
      'l.bin_code',
      'o.order_number',
    ])
    .where('m.product_id', '=', product.id)
    // Latest first; the id breaks ties between rows written in the same millisecond.
    .orderBy('m.at', 'desc')
    .orderBy('m.id', 'desc')
    .offset(q.offset)
    .limit(q.limit)
    .execute();
  return {
    product,
    totals: figuresView(figures),
    bins,
    movements: {
      rows: rows.map((r) => ({
        id: r.id,
        at: r.at,
        kind: r.kind,
        quantity: fromMilli(r.qty_milli),
        reserved: fromMilli(r.reserved_milli),
        place: r.place,
        binCode: r.bin_code,
        container: r.container,
        parcelId: r.parcel_id,
        orderNumber: r.order_number,
        reason: r.reason,
        reference: r.reference,
        actor: r.actor,
      })),
      total: Number(n),
      offset: q.offset,
    },
  };
}
