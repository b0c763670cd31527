// The read side of the return path: the returns, open and resolved, and where each one's goods are.
import type { ReturnDetail, ReturnGoods, ReturnStatus, ReturnSummary } from '../../../shared/api/contracts/returns';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import { fromMilli } from '../../../shared/domain/quantity';
import { notFound } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import { deductedGoods, heldGoods } from './goods';

function summaries(db: Db) {
  return db
    .selectFrom('returns')
    .innerJoin('orders', 'orders.id', 'returns.order_id')
    .leftJoin('locations', 'locations.id', 'returns.location_id')
    .select([
      'returns.id',
      'returns.order_id',
      'orders.order_number',
      'orders.consignee_name',
      'orders.status as order_status',
      'returns.cause',
      'returns.status',
      'returns.note',
      'returns.created_at',
      'returns.created_by',
      'returns.resolved_at',
      'returns.resolved_by',
      'locations.bin_code',
      'returns.write_off_reason',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

const toSummary = (r: SummaryRow): ReturnSummary => ({
  id: r.id,
  orderId: r.order_id,
  orderNumber: r.order_number,
  consigneeName: r.consignee_name,
  orderStatus: r.order_status as OrderStatus,
  cause: r.cause,
  status: r.status,
  note: r.note,
  createdAt: r.created_at,
  createdBy: r.created_by,
  resolvedAt: r.resolved_at,
  resolvedBy: r.resolved_by,
  binCode: r.bin_code ?? '',
  writeOffReason: r.write_off_reason,
});

/** Open returns first (oldest first: they wait longest), then the resolved ones, latest first. */
export async function listReturns(db: Db, q: { status?: ReturnStatus | 'all' }): Promise<ReturnSummary[]> {
  let query = summaries(db);
  if (q.status && q.status !== 'all') query = query.where('returns.status', '=', q.status);
  const rows = await query.orderBy('returns.resolved_at', 'desc').orderBy('returns.id').limit(1000).execute();
  const summary = rows.map(toSummary);
  return [...summary.filter((s) => s.status === 'open'), ...summary.filter((s) => s.status !== 'open')];
}

export async function findReturn(db: Db, id: number): Promise<ReturnSummary | undefined> {
  const row = await summaries(db).where('returns.id', '=', id).executeTakeFirst();
  return row && toSummary(row);
}

/** The return with its goods: where they are now while open, where they went once resolved. */
export async function getReturn(db: Db, id: number): Promise<ReturnDetail> {
  const summary = await findReturn(db, id);
  if (!summary) throw notFound('Return', id);
  const raw: { productId: number; qtyMilli: number; place: ReturnGoods['place']; container: string; parcelId: number | null; locationId: number | null }[] = [];
  if (summary.status === 'open') {
    for (const g of await heldGoods(db, summary.orderId)) raw.push({ ...g, locationId: null });
  } else {
    // The resolution's own movements carry the return's reference (returnsService.returnReference).
    const moved = await db
      .selectFrom('stock_movements')
      .select(['product_id', 'place', 'location_id', 'qty_milli', 'kind'])
      .where('reference', '=', `return:${id}`)
      .where((eb) => eb.or([eb('place', '=', 'bin'), eb('kind', '=', 'writeOff')]))
      .orderBy('id')
      .execute();
    for (const m of moved) {
      const bin = m.place === 'bin';
      raw.push({
        productId: m.product_id,
        qtyMilli: bin ? m.qty_milli : -m.qty_milli,
        place: bin ? 'bin' : 'writtenOff',
        container: '',
        parcelId: null,
        locationId: m.location_id,
      });
    }
  }
  // Goods gone with the carrier: still away while open, or written off; a restock brought them back (above).
  if (summary.status !== 'restocked') {
    for (const g of await deductedGoods(db, summary.orderId))
      raw.push({ ...g, place: summary.status === 'open' ? 'dispatched' : 'writtenOff', container: '', parcelId: null, locationId: null });
  }
  const productIds = [...new Set(raw.map((g) => g.productId))];
  const parcelIds = [...new Set(raw.flatMap((g) => (g.parcelId ? [g.parcelId] : [])))];
  const locationIds = [...new Set(raw.flatMap((g) => (g.locationId ? [g.locationId] : [])))];
  const products = productIds.length ? await db.selectFrom('products').select(['id', 'sku', 'name']).where('id', 'in', productIds).execute() : [];
  const parcels = parcelIds.length ? await db.selectFrom('parcels').select(['id', 'seq']).where('id', 'in', parcelIds).execute() : [];
  const bins = locationIds.length ? await db.selectFrom('locations').select(['id', 'bin_code']).where('id', 'in', locationIds).execute() : [];
  const goods = raw.map((g): ReturnGoods => {
    const p = products.find((x) => x.id === g.productId);
    return {
      sku: p?.sku ?? '',
      name: p?.name ?? '',
      quantity: fromMilli(g.qtyMilli),
      place: g.place,
      container: g.container,
      parcelSeq: parcels.find((x) => x.id === g.parcelId)?.seq ?? null,
      binCode: bins.find((x) => x.id === g.locationId)?.bin_code ?? '',
    };
  });
  return { ...summary, goods };
}
