// What the loading bay reads: a manifest with its loaded parcels, and the parcels still missing
// (released by customs for the manifest's carrier, on no manifest yet).
import Decimal from 'decimal.js';
import type { LoadedParcel, ManifestOverview, ManifestParcel, ManifestSummary, ManifestView, MissingParcel } from '../../../shared/api/contracts/delivery';
import { notFound } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import type { ManifestRow } from './tables';

function parcelQuery(db: Db) {
  return db
    .selectFrom('shipment_parcels as sp')
    .innerJoin('shipments as s', 's.id', 'sp.shipment_id')
    .innerJoin('parcels as p', 'p.id', 'sp.parcel_id')
    .innerJoin('orders as o', 'o.id', 's.order_id')
    .select([
      'sp.parcel_id',
      'sp.tracking_number',
      's.id as shipment_id',
      'p.seq',
      'p.gross_kg',
      'p.computed_gross_kg',
      'o.id as order_id',
      'o.order_number',
      'o.consignee_name',
      'o.country',
    ]);
}

type ParcelRowOut = Awaited<ReturnType<ReturnType<typeof parcelQuery>['execute']>>[number];

function toParcel(r: ParcelRowOut): ManifestParcel {
  return {
    parcelId: r.parcel_id,
    seq: r.seq,
    shipmentId: r.shipment_id,
    trackingNumber: r.tracking_number,
    orderId: r.order_id,
    orderNumber: r.order_number,
    consignee: r.consignee_name,
    country: r.country,
    grossKg: r.gross_kg ?? r.computed_gross_kg,
  };
}

function summary(m: ManifestRow, carrierName: string, parcelCount: number): ManifestSummary {
  return {
    id: m.id,
    number: m.number,
    carrierId: m.carrier_id,
    carrierName,
    vehiclePlate: m.vehicle_plate,
    driver: m.driver,
    plannedDeparture: m.planned_departure,
    status: m.status,
    departedAt: m.departed_at,
    parcelCount,
  };
}

export async function manifestRow(db: Db, id: number): Promise<ManifestRow> {
  const m = await db.selectFrom('manifests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m) throw notFound('Manifest', id);
  return m;
}

export async function loadedParcels(db: Db, manifestId: number): Promise<LoadedParcel[]> {
  const rows = await parcelQuery(db)
    .innerJoin('manifest_parcels as mp', (j) => j.onRef('mp.parcel_id', '=', 'sp.parcel_id').onRef('mp.shipment_id', '=', 'sp.shipment_id'))
    .select(['mp.scanned_at', 'mp.scanned_by'])
    .where('mp.manifest_id', '=', manifestId)
    .orderBy('mp.scanned_at')
    .orderBy('sp.parcel_id')
    .execute();
  return rows.map((r) => ({ ...toParcel(r), scannedAt: r.scanned_at, scannedBy: r.scanned_by }));
}

/** Released parcels of the carrier on no manifest; those whose order is partly on this one first. */
export async function missingParcels(db: Db, manifest: ManifestRow, loaded: LoadedParcel[]): Promise<MissingParcel[]> {
  if (manifest.status !== 'open') return [];
  const rows = await parcelQuery(db)
    .where('s.carrier_id', '=', manifest.carrier_id)
    .where('s.status', '=', 'booked')
    // Implied by 'booked', but stated so SQLite may use shipments_live_order (partial, status <>
    // 'cancelled'): then it walks the cleared orders (orders_status_date) to their shipments instead
    // of every shipment parcel ever booked, which grows with each parcel delivered.
    .where('s.status', '<>', 'cancelled')
    .where('o.status', '=', 'cleared')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('manifest_parcels as mp').select('mp.parcel_id').whereRef('mp.parcel_id', '=', 'sp.parcel_id'))))
    .orderBy('o.order_number')
    .orderBy('p.seq')
    .limit(1000)
    .execute();
  const loadedOrders = new Set(loaded.map((p) => p.orderId));
  return rows
    .map((r) => ({ ...toParcel(r), orderPartlyLoaded: loadedOrders.has(r.order_id) }))
    .sort((a, b) => Number(b.orderPartlyLoaded) - Number(a.orderPartlyLoaded));
}

export async function manifestView(db: Db, id: number): Promise<ManifestView> {
  const m = await manifestRow(db, id);
  const carrier = await db.selectFrom('carriers').select(['code', 'name']).where('id', '=', m.carrier_id).executeTakeFirstOrThrow();
  const parcels = await loadedParcels(db, id);
  const missing = await missingParcels(db, m, parcels);
  const totalKg = parcels.reduce((sum, p) => sum.plus(p.grossKg || '0'), new Decimal(0)).toFixed(3);
  return {
    ...summary(m, carrier.name, parcels.length),
    carrierCode: carrier.code,
    departedBy: m.departed_by,
    createdAt: m.created_at,
    createdBy: m.created_by,
    parcels,
    missing,
    totalKg,
  };
}

export async function manifestOverview(db: Db): Promise<ManifestOverview> {
  const rows = await db
    .selectFrom('manifests as m')
    .innerJoin('carriers as c', 'c.id', 'm.carrier_id')
    .selectAll('m')
    .select(['c.name as carrier_name'])
    .select((eb) =>
      eb
        .selectFrom('manifest_parcels as mp')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('mp.manifest_id', '=', 'm.id')
        .as('parcel_count'),
    )
    .where((eb) =>
      eb.or([
        eb('m.status', '=', 'open'),
        eb('m.id', 'in', eb.selectFrom('manifests').select('id').where('status', '=', 'departed').orderBy('id', 'desc').limit(50)),
      ]),
    )
    .orderBy('m.id', 'desc')
    .execute();
  const carriers = await db.selectFrom('carriers').select(['id', 'code', 'name']).where('active', '=', 1).orderBy('name').execute();
  const all = rows.map((r) => summary(r, r.carrier_name, Number(r.parcel_count ?? 0)));
  return { open: all.filter((m) => m.status === 'open'), departed: all.filter((m) => m.status === 'departed'), carriers };
}
