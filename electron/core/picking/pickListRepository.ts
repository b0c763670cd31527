// Reading pick lists for the screens: the overview, one list with its lines, and the orders ready to plan.
import { sql } from 'kysely';
import type { PickLineView, PickListDetail, PickListOverview, PickListSummary, ReadyOrders } from '../../../shared/api/contracts/picking';
import { fromMilli } from '../../../shared/domain/quantity';
import { notFound } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import type { PickListRow } from './tables';

const RECENT = 20;
// The planning screen can plan at most this many at once (the plan command's limit).
const READY_LIMIT = 5000;

function summary(r: PickListRow, linesDone: number): PickListSummary {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    containerMode: r.container_mode,
    orderCount: r.order_count,
    lineCount: r.line_count,
    linesDone,
    createdAt: r.created_at,
    completedAt: r.completed_at,
  };
}

async function doneCounts(db: Db, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('pick_list_lines')
    .select(['pick_list_id', sql<number>`count(*)`.as('n')])
    .where('pick_list_id', 'in', ids)
    .where('status', '<>', 'open')
    .groupBy('pick_list_id')
    .execute();
  return new Map(rows.map((r) => [r.pick_list_id, Number(r.n)]));
}

export async function listPickLists(db: Db): Promise<PickListOverview> {
  const open = await db.selectFrom('pick_lists').selectAll().where('status', '=', 'open').orderBy('id', 'asc').execute();
  const recent = await db.selectFrom('pick_lists').selectAll().where('status', '<>', 'open').orderBy('id', 'desc').limit(RECENT).execute();
  const done = await doneCounts(
    db,
    [...open, ...recent].map((r) => r.id),
  );
  return { open: open.map((r) => summary(r, done.get(r.id) ?? 0)), recent: recent.map((r) => summary(r, done.get(r.id) ?? 0)) };
}

function lineQuery(db: Db) {
  return db
    .selectFrom('pick_list_lines as l')
    .innerJoin('locations as loc', 'loc.id', 'l.location_id')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .innerJoin('orders as o', 'o.id', 'l.order_id')
    .innerJoin('order_lines as ol', 'ol.id', 'l.order_line_id')
    .select([
      'l.id',
      'l.pick_list_id',
      'l.seq',
      'loc.bin_code',
      'loc.zone',
      'l.product_id',
      'p.sku',
      'p.name',
      'p.gtin',
      'l.qty_milli',
      'l.picked_milli',
      'l.short_milli',
      'l.short_reason',
      'l.status',
      'l.container',
      'l.order_id',
      'o.order_number',
      'ol.line_no',
    ]);
}

type LineRow = Awaited<ReturnType<ReturnType<typeof lineQuery>['execute']>>[number];

function lineView(r: LineRow): PickLineView {
  return {
    id: r.id,
    seq: r.seq,
    binCode: r.bin_code,
    zone: r.zone,
    productId: r.product_id,
    sku: r.sku,
    name: r.name,
    gtin: r.gtin,
    quantity: fromMilli(r.qty_milli),
    picked: fromMilli(r.picked_milli),
    short: fromMilli(r.short_milli),
    remaining: fromMilli(r.qty_milli - r.picked_milli - r.short_milli),
    shortReason: r.short_reason,
    status: r.status,
    container: r.container,
    orderId: r.order_id,
    orderNumber: r.order_number,
    lineNo: r.line_no,
  };
}

export async function getLineView(db: Db, lineId: number): Promise<PickLineView> {
  const row = await lineQuery(db).where('l.id', '=', lineId).executeTakeFirst();
  if (!row) throw notFound('Pick list line', lineId);
  return lineView(row);
}

export async function getPickList(db: Db, id: number): Promise<PickListDetail> {
  const list = await db.selectFrom('pick_lists').selectAll().where('id', '=', id).executeTakeFirst();
  if (!list) throw notFound('Pick list', id);
  const lines = (await lineQuery(db).where('l.pick_list_id', '=', id).orderBy('l.seq').execute()).map(lineView);
  return { ...summary(list, lines.filter((l) => l.status !== 'open').length), lines };
}

/** Confirmed orders on no open pick list, oldest first, with what can be picked of each. */
export async function readyOrders(db: Db): Promise<ReadyOrders> {
  const ready = db
    .selectFrom('orders as o')
    .where('o.status', '=', 'confirmed')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('pick_list_lines as l')
            .innerJoin('pick_lists as p', 'p.id', 'l.pick_list_id')
            .select('l.id')
            .whereRef('l.order_id', '=', 'o.id')
            .where('p.status', '=', 'open'),
        ),
      ),
    );
  const total = Number((await ready.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const rows = await ready
    .select(['o.id', 'o.order_number', 'o.order_date', 'o.consignee_name', 'o.country', 'o.shipping_method', 'o.line_count', 'o.shortage'])
    .orderBy('o.order_date')
    .orderBy('o.id')
    .limit(READY_LIMIT)
    .execute();
  const ids = rows.map((r) => r.id);
  const held = await reservedLineCounts(db, ids);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      orderNumber: r.order_number,
      orderDate: r.order_date,
      consigneeName: r.consignee_name,
      country: r.country,
      shippingMethod: r.shipping_method,
      lineCount: r.line_count,
      reservedLines: held.get(r.id) ?? 0,
      short: r.shortage.trim() !== '[]',
    })),
  };
}

async function reservedLineCounts(db: Db, orderIds: number[]): Promise<Map<number, number>> {
  if (orderIds.length === 0) return new Map();
  const perLine = db
    .selectFrom('stock_movements as m')
    .innerJoin('order_lines as ol', 'ol.id', 'm.order_line_id')
    .select(['ol.order_id', 'ol.id'])
    .where('ol.order_id', 'in', orderIds)
    .groupBy(['ol.order_id', 'ol.id'])
    .having(sql`sum(m.reserved_milli)`, '>', 0)
    .as('held');
  const rows = await db
    .selectFrom(perLine)
    .select(['held.order_id', sql<number>`count(*)`.as('n')])
    .groupBy('held.order_id')
    .execute();
  return new Map(rows.map((r) => [r.order_id, Number(r.n)]));
}
