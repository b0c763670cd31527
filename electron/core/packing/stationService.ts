// The packing bench's view of one order: what was picked, what is packed where, what is left.
import { sql } from 'kysely';
import type { PackingStation, StationLine, WaitingOrder } from '../../../shared/api/contracts/packing';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import { fromMilli } from '../../../shared/domain/quantity';
import { AppError } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import { linePlaces, loadOrder, stationParcels } from './parcelRepository';
import { readTolerance } from './presetService';

export type StationQuery = { orderId: number } | { container: string } | { code: string };

/** Orders whose goods sit in this container now; a container emptied into parcels finds nothing. */
async function ordersInContainer(db: Db, container: string) {
  return db
    .selectFrom('stock_movements as m')
    .innerJoin('orders as o', 'o.id', 'm.order_id')
    .select(['o.id', 'o.order_number'])
    .where('m.place', '=', 'container')
    .where('m.container', '=', container)
    .groupBy(['o.id', 'o.order_number'])
    .having(sql<number>`sum(m.qty_milli)`, '>', 0)
    .execute();
}

async function resolveOrderId(db: Db, q: StationQuery): Promise<number> {
  if ('orderId' in q) return q.orderId;
  const code = 'container' in q ? q.container : q.code;
  const inContainer = await ordersInContainer(db, code);
  if (inContainer.length > 1) {
    // A shared (wave) container holds several orders: the clerk must say which one.
    const orders = inContainer.map((o) => o.order_number).join(', ');
    throw new AppError(
      'packing.errors.containerShared',
      `Container ${code} holds goods of several orders (${orders}). Scan or type the order number instead.`,
      { container: code, orders },
    );
  }
  if (inContainer.length === 1) return inContainer[0]!.id;
  if ('code' in q) {
    const byNumber = await db.selectFrom('orders').select(['id', 'status']).where('order_number', '=', code).execute();
    // The same number can exist in two channels; the one waiting at the bench is the one meant.
    const found = byNumber.find((o) => o.status === 'picked') ?? byNumber[0];
    if (found) return found.id;
    throw new AppError('packing.errors.nothingFound', `No container with goods and no order is called ${code}. Check the code and scan again.`, { code });
  }
  throw new AppError('packing.errors.containerEmpty', `Container ${code} holds no goods waiting to be packed. Check the code and scan again.`, {
    container: code,
  });
}

export async function stationLines(db: Db, orderId: number): Promise<StationLine[]> {
  const lines = await db
    .selectFrom('order_lines as l')
    .leftJoin('products as p', 'p.id', 'l.product_id')
    .select(['l.id', 'l.line_no', 'l.sku', 'l.description', 'p.name'])
    .where('l.order_id', '=', orderId)
    .orderBy('l.line_no')
    .execute();
  const places = await linePlaces(db, orderId);
  const out: StationLine[] = [];
  for (const l of lines) {
    const mine = places.filter((p) => p.orderLineId === l.id);
    const left = mine.filter((p) => p.place === 'container').reduce((s, p) => s + p.qtyMilli, 0);
    const packed = mine.filter((p) => p.place === 'parcel').reduce((s, p) => s + p.qtyMilli, 0);
    if (left + packed === 0) continue; // never picked: nothing to pack at this bench
    out.push({
      orderLineId: l.id,
      lineNo: l.line_no,
      sku: l.sku,
      name: l.name ?? l.description,
      picked: fromMilli(left + packed),
      packed: fromMilli(packed),
      left: fromMilli(left),
      containers: mine.filter((p) => p.place === 'container' && p.qtyMilli > 0).map((p) => p.container),
    });
  }
  return out;
}

export async function packingStation(db: Db, q: StationQuery): Promise<PackingStation> {
  const order = await loadOrder(db, await resolveOrderId(db, q));
  return {
    order: {
      id: order.id,
      orderNumber: order.order_number,
      consigneeName: order.consignee_name,
      consigneeCompany: order.consignee_company,
      country: order.country,
      status: order.status as OrderStatus,
    },
    lines: await stationLines(db, order.id),
    parcels: await stationParcels(db, order.id),
    tolerancePercent: await readTolerance(db),
  };
}

/** Orders picked and waiting for the bench, oldest first, with the containers to fetch. */
export async function waitingOrders(db: Db): Promise<WaitingOrder[]> {
  const orders = await db
    .selectFrom('orders')
    .select(['id', 'order_number', 'consignee_name', 'country'])
    .where('status', '=', 'picked')
    .orderBy('updated_at')
    .orderBy('id')
    .limit(500)
    .execute();
  if (orders.length === 0) return [];
  const ids = orders.map((o) => o.id);
  const containers = await db
    .selectFrom('stock_movements')
    .select(['order_id', 'container'])
    .where('order_id', 'in', ids)
    .where('place', '=', 'container')
    .groupBy(['order_id', 'container'])
    .having(sql<number>`sum(qty_milli)`, '>', 0)
    .execute();
  const parcels = await db
    .selectFrom('parcels')
    .select(['order_id', sql<number>`count(*)`.as('n')])
    .where('order_id', 'in', ids)
    .groupBy('order_id')
    .execute();
  return orders.map((o) => ({
    id: o.id,
    orderNumber: o.order_number,
    consigneeName: o.consignee_name,
    country: o.country,
    containers: containers.filter((c) => c.order_id === o.id).map((c) => c.container),
    parcels: Number(parcels.find((p) => p.order_id === o.id)?.n ?? 0),
  }));
}
