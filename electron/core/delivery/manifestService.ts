// Truck loading: a manifest for one vehicle of one carrier; parcels are scanned onto it by their
// tracking number, and every parcel that does not belong is refused loudly, saying why.
import type { CreateManifestInput } from '../../../shared/schemas/delivery';
import type { LoadedParcel, ManifestView } from '../../../shared/api/contracts/delivery';
import { formatDocumentNumber } from '../../../shared/domain/customs/documentNumber';
import { AppError } from '../api/errors';
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit } from '../audit/auditRepository';
import { loadedParcels, manifestRow, manifestView } from './manifestQueries';
import type { ManifestRow } from './tables';

/** The manifests' numbering series, counted per year in the documents' series table. */
const SERIES = 'manifest';
const PREFIX = 'MAN';

async function nextManifestNumber(trx: Db, year: number): Promise<string> {
  const row = await trx
    .insertInto('document_series')
    .values({ series: SERIES, year, last: 1 })
    .onConflict((oc) => oc.columns(['series', 'year']).doUpdateSet((eb) => ({ last: eb('document_series.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return formatDocumentNumber(PREFIX, year, row.last);
}

export async function createManifest(trx: Db, input: CreateManifestInput, stamp: Stamp): Promise<ManifestView> {
  const carrier = await trx.selectFrom('carriers').select(['id', 'name', 'active']).where('id', '=', input.carrierId).executeTakeFirst();
  if (!carrier || !carrier.active)
    throw new AppError('delivery.errors.unknownCarrier', 'That carrier does not exist or is switched off. Choose one from the list.', { id: input.carrierId });
  const number = await nextManifestNumber(trx, Number(stamp.at.slice(0, 4)));
  const row = await trx
    .insertInto('manifests')
    .values({
      number,
      carrier_id: carrier.id,
      vehicle_plate: input.vehiclePlate.trim().toUpperCase(),
      driver: input.driver.trim(),
      planned_departure: input.plannedDeparture.trim(),
      status: 'open',
      departed_at: null,
      departed_by: null,
      created_at: stamp.at,
      created_by: stamp.actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(trx, [{ entity: 'manifest', entityId: row.id, action: 'manifestCreated', after: { number, carrier: carrier.name, ...input }, ...stamp }]);
  return manifestView(trx, row.id);
}

export function assertOpen(m: ManifestRow): void {
  if (m.status !== 'open')
    throw new AppError('delivery.refused.departed', `Manifest ${m.number} has already departed; open a new manifest for this parcel.`, { manifest: m.number });
}

interface Found {
  parcelId: number;
  shipmentId: number;
  trackingNumber: string;
  shipmentStatus: string;
  carrierId: number;
  carrierName: string;
  orderId: number;
  orderNumber: string;
  orderStatus: string;
}

/** The parcel a scanned code names: its tracking number, or the waybill of a one-parcel shipment. Live shipments first. */
async function findParcel(db: Db, code: string): Promise<Found | 'severalParcels' | undefined> {
  const base = () =>
    db
      .selectFrom('shipment_parcels as sp')
      .innerJoin('shipments as s', 's.id', 'sp.shipment_id')
      .innerJoin('orders as o', 'o.id', 's.order_id')
      .innerJoin('carriers as c', 'c.id', 's.carrier_id')
      .select([
        'sp.parcel_id as parcelId',
        's.id as shipmentId',
        'sp.tracking_number as trackingNumber',
        's.status as shipmentStatus',
        's.carrier_id as carrierId',
        'c.name as carrierName',
        'o.id as orderId',
        'o.order_number as orderNumber',
        'o.status as orderStatus',
      ])
      // A cancelled shipment is only the answer when nothing live has the number.
      .orderBy((eb) => eb.case().when('s.status', '=', 'cancelled').then(1).else(0).end())
      .orderBy('s.id', 'desc');
  const variants = [...new Set([code, code.toUpperCase()])];
  const byNumber = await base().where('sp.tracking_number', 'in', variants).executeTakeFirst();
  if (byNumber) return byNumber;
  const byWaybill = await base().where('s.waybill', 'in', variants).execute();
  if (byWaybill.length === 0) return undefined;
  const shipment = byWaybill[0]!.shipmentId;
  const ofShipment = byWaybill.filter((r) => r.shipmentId === shipment);
  return ofShipment.length === 1 ? ofShipment[0] : 'severalParcels';
}

/** Why a released order's status keeps its parcel off the truck, as a refusal. */
function notReleased(f: Found): AppError {
  const params = { code: f.trackingNumber, order: f.orderNumber, status: f.orderStatus };
  switch (f.orderStatus) {
    case 'customs_held':
      return new AppError('delivery.refused.heldByCustoms', `Order ${f.orderNumber} is held by customs; its parcel stays until customs releases it.`, params);
    case 'declared':
    case 'booked':
      return new AppError(
        'delivery.refused.underSupervision',
        `Order ${f.orderNumber} is under customs supervision, not released yet; record the release first.`,
        params,
      );
    case 'rejected':
      return new AppError(
        'delivery.refused.rejected',
        `Order ${f.orderNumber} was refused by customs; its goods go to the return path, not on a truck.`,
        params,
      );
    case 'in_transit':
    case 'delivered':
    case 'returning':
    case 'returned':
      return new AppError('delivery.refused.alreadyDispatched', `Order ${f.orderNumber} has already been dispatched (${f.orderStatus}).`, params);
    default:
      return new AppError('delivery.refused.notReleased', `Order ${f.orderNumber} is ${f.orderStatus}, not released by customs; it cannot be loaded.`, params);
  }
}

export async function scanParcel(
  trx: Db,
  input: { manifestId: number; code: string },
  stamp: Stamp,
): Promise<{ loaded: LoadedParcel; manifest: ManifestView }> {
  const m = await manifestRow(trx, input.manifestId);
  assertOpen(m);
  const code = input.code.trim();
  const found = await findParcel(trx, code);
  if (found === undefined)
    throw new AppError('delivery.refused.unknownCode', `No parcel has the number ${code}. Check the label, or book the order's carrier first.`, { code });
  if (found === 'severalParcels')
    throw new AppError('delivery.refused.severalParcels', `${code} is the waybill of a shipment with several parcels; scan each parcel's own label.`, { code });
  // The order's own state speaks first: a customs rejection also calls the shipment off, and the
  // clerk must hear "refused by customs", not "cancelled".
  const voided = found.orderStatus === 'cancelled' || (found.shipmentStatus === 'cancelled' && found.orderStatus === 'cleared');
  if (voided)
    throw new AppError(
      'delivery.refused.cancelled',
      `Order ${found.orderNumber} was cancelled; parcel ${found.trackingNumber} must not leave. Put it aside for the return path.`,
      {
        code: found.trackingNumber,
        order: found.orderNumber,
      },
    );
  if (found.orderStatus !== 'cleared') throw notReleased(found);
  if (found.carrierId !== m.carrier_id) {
    const mine = await trx.selectFrom('carriers').select('name').where('id', '=', m.carrier_id).executeTakeFirstOrThrow();
    throw new AppError(
      'delivery.refused.otherCarrier',
      `Parcel ${found.trackingNumber} goes with ${found.carrierName}, not ${mine.name}; load it on a ${found.carrierName} manifest.`,
      {
        code: found.trackingNumber,
        order: found.orderNumber,
        carrier: found.carrierName,
        manifestCarrier: mine.name,
      },
    );
  }
  const onBoard = await trx
    .selectFrom('manifest_parcels as mp')
    .innerJoin('manifests as m', 'm.id', 'mp.manifest_id')
    .select(['m.id', 'm.number'])
    .where('mp.parcel_id', '=', found.parcelId)
    .executeTakeFirst();
  if (onBoard?.id === m.id)
    throw new AppError('delivery.refused.alreadyLoaded', `Parcel ${found.trackingNumber} is already loaded on this manifest.`, {
      code: found.trackingNumber,
      order: found.orderNumber,
    });
  if (onBoard)
    throw new AppError(
      'delivery.refused.onOtherManifest',
      `Parcel ${found.trackingNumber} is already loaded on manifest ${onBoard.number}; unload it there first.`,
      {
        code: found.trackingNumber,
        order: found.orderNumber,
        manifest: onBoard.number,
      },
    );
  await trx
    .insertInto('manifest_parcels')
    .values({ manifest_id: m.id, parcel_id: found.parcelId, shipment_id: found.shipmentId, scanned_at: stamp.at, scanned_by: stamp.actor })
    .execute();
  await appendAudit(trx, [
    { entity: 'order', entityId: found.orderId, action: 'parcelLoaded', after: { manifest: m.number, trackingNumber: found.trackingNumber }, ...stamp },
  ]);
  const manifest = await manifestView(trx, m.id);
  return { loaded: manifest.parcels.find((p) => p.parcelId === found.parcelId)!, manifest };
}

export async function unloadParcel(trx: Db, input: { manifestId: number; parcelId: number }, stamp: Stamp): Promise<ManifestView> {
  const m = await manifestRow(trx, input.manifestId);
  assertOpen(m);
  const parcel = (await loadedParcels(trx, m.id)).find((p) => p.parcelId === input.parcelId);
  if (!parcel) throw new AppError('delivery.errors.notOnManifest', `That parcel is not on manifest ${m.number}.`, { manifest: m.number });
  await trx.deleteFrom('manifest_parcels').where('manifest_id', '=', m.id).where('parcel_id', '=', input.parcelId).execute();
  await appendAudit(trx, [
    { entity: 'order', entityId: parcel.orderId, action: 'parcelUnloaded', before: { manifest: m.number, trackingNumber: parcel.trackingNumber }, ...stamp },
  ]);
  return manifestView(trx, m.id);
}
