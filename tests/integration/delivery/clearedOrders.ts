// Orders carried to 'cleared' through the real services of steps 4 to 6, as a broker would: the
// final declaration filed (fileDeclaration), a shipment booked with a carrier's service and one
// tracking number per closed parcel (bookShipment), customs' release recorded (recordOutcome).
// The fixture takes the database only (its callers hold no core), so it calls the services the
// commands call, in one transaction each, with the test stamp; nothing is written around them.
import type { Kysely } from 'kysely';
import type { CoreApp } from '../../../electron/core/app';
import type { DB } from '../../../electron/core/db/schema';
import { recordOutcome } from '../../../electron/core/clearance/outcomeService';
import { fileDeclaration } from '../../../electron/core/filing/filingService';
import { checkService } from '../../../electron/core/transport/proposalService';
import { saveCarrier, saveService } from '../../../electron/core/transport/setupService';
import { bookShipment } from '../../../electron/core/transport/shipmentService';
import { formatS10 } from '../../../shared/domain/s10';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
import { newService } from '../../../shared/schemas/transport';
import { TEST_STAMP } from '../../support/stamp';
import type { WarehouseSpec } from '../../support/warehouse';
import { readyOrders } from '../flow/readyOrders';

export interface ClearedOrder {
  orderId: number;
  shipmentId: number;
  waybill: string;
  carrierId: number;
  parcelIds: number[];
  trackingNumbers: string[];
}

/**
 * A carrier of its own for the tests (code given, named "Carrier <code>", one service 'STD' with
 * no limits and no number pattern), created once through transport's setup services.
 */
export async function testCarrier(db: Kysely<DB>, code: string): Promise<{ carrierId: number; serviceId: number }> {
  const found = await db.selectFrom('carriers').select('id').where('code', '=', code).executeTakeFirst();
  if (found) {
    const service = await db.selectFrom('carrier_services').select('id').where('carrier_id', '=', found.id).orderBy('id').executeTakeFirstOrThrow();
    return { carrierId: found.id, serviceId: service.id };
  }
  return db.transaction().execute(async (trx) => {
    const carrier = await saveCarrier(trx, { code, name: `Carrier ${code}`, kind: 'express', numberPattern: '', trackingUrl: '', active: true }, TEST_STAMP);
    const service = await saveService(trx, newService(carrier.id, { code: 'STD', name: 'Standard' }), TEST_STAMP);
    return { carrierId: carrier.id, serviceId: service.id };
  });
}

const statusOf = async (db: Kysely<DB>, orderId: number) =>
  (await db.selectFrom('orders').select(['status', 'order_number']).where('id', '=', orderId).executeTakeFirstOrThrow()) as {
    status: OrderStatus;
    order_number: string;
  };

/**
 * Step 4: files the order's final declaration (the one given, else its latest) at customs office
 * ES280101, at the test stamp. Returns the filing.
 */
export async function fileOrder(db: Kysely<DB>, orderId: number, declarationId?: number): Promise<number> {
  const id =
    declarationId ??
    (
      await db
        .selectFrom('customs_documents as d')
        .innerJoin('customs_document_orders as o', 'o.document_id', 'd.id')
        .select('d.id')
        .where('o.order_id', '=', orderId)
        .where('d.type', '=', 'declaration')
        .where('d.status', '=', 'final')
        .orderBy('d.id', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
  const { filingId } = await db
    .transaction()
    .execute((trx) => fileDeclaration(trx, { declarationId: id, office: 'ES280101', filedAt: TEST_STAMP.at }, TEST_STAMP));
  return filingId;
}

/** The order's filing in force. */
export async function liveFiling(db: Kysely<DB>, orderId: number): Promise<{ id: number; filed_at: string }> {
  return db
    .selectFrom('declaration_filings as f')
    .innerJoin('declaration_filing_orders as o', 'o.filing_id', 'f.id')
    .select(['f.id', 'f.filed_at'])
    .where('o.order_id', '=', orderId)
    .where('f.status', '=', 'filed')
    .executeTakeFirstOrThrow();
}

/**
 * Step 5: books a declared order with the first service of the carrier `carrierCode` that fits it
 * (created as a test carrier when no such carrier exists). Numbers: issued from the carrier's S10
 * range when the service is postal and a range is active; otherwise typed, one per closed parcel
 * ("WB<code><order id>", then "…P2", "…P3"; for an S10 service a valid S10 number per parcel).
 */
export async function bookOrder(db: Kysely<DB>, orderId: number, carrierCode: string): Promise<{ shipmentId: number; waybill: string; carrierId: number }> {
  const { carrierId } = await testCarrier(db, carrierCode);
  const services = await db
    .selectFrom('carrier_services')
    .select(['id', 's10_indicator'])
    .where('carrier_id', '=', carrierId)
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  let service: (typeof services)[number] | undefined;
  for (const s of services) {
    if ((await checkService(db, orderId, s.id, new Date(TEST_STAMP.at))).fits) {
      service = s;
      break;
    }
  }
  if (!service) throw new Error(`no service of carrier ${carrierCode} fits order ${orderId}`);
  const parcels = await db.selectFrom('parcels').select('id').where('order_id', '=', orderId).where('status', '=', 'closed').orderBy('seq').execute();
  let numbers: string[] | undefined;
  if (service.s10_indicator === '') {
    const waybill = `WB${carrierCode.replace(/[^A-Z0-9]/gi, '').toUpperCase()}${String(orderId).padStart(6, '0')}`;
    numbers = parcels.map((_p, i) => (i === 0 ? waybill : `${waybill}P${i + 1}`));
  } else {
    const range = await db
      .selectFrom('s10_ranges')
      .select('id')
      .where('carrier_id', '=', carrierId)
      .where('indicator', '=', service.s10_indicator)
      .where('active', '=', 1)
      .executeTakeFirst();
    // Serials far above any range a test enters, one block of ten per order.
    if (!range) numbers = parcels.map((_p, i) => formatS10(service.s10_indicator, 90_000_000 + orderId * 10 + i, 'ES'));
  }
  const booked = await db.transaction().execute((trx) => bookShipment(trx, { orderId, serviceId: service.id, ...(numbers ? { numbers } : {}) }, TEST_STAMP));
  return { shipmentId: booked.shipmentId, waybill: booked.waybill, carrierId };
}

/** Step 6: customs releases the order's filing, on the day it was filed. */
export async function releaseOrder(db: Kysely<DB>, orderId: number): Promise<void> {
  const filing = await liveFiling(db, orderId);
  await db.transaction().execute((trx) => recordOutcome(trx, { filingId: filing.id, outcome: 'released', decidedAt: filing.filed_at }, 'hand', TEST_STAMP));
}

const BEFORE_CLEARED: OrderStatus[] = ['documents_ready', 'declared', 'booked', 'cleared'];

/**
 * Carries one order (documents ready, declared, booked or cleared) to cleared, with a shipment by
 * the carrier `carrierCode` unless it has one already. `stopAt` leaves it at an earlier status.
 */
export async function clearOrder(db: Kysely<DB>, orderId: number, carrierCode = 'TST', stopAt: OrderStatus = 'cleared'): Promise<ClearedOrder> {
  const start = await statusOf(db, orderId);
  if (!BEFORE_CLEARED.includes(start.status)) throw new Error(`order ${start.order_number} is ${start.status}: cannot be cleared by the fixture`);
  // One real step at a time until the order is where it was asked to stop.
  for (;;) {
    const { status } = await statusOf(db, orderId);
    if (status === stopAt || status === 'cleared') break;
    if (status === 'documents_ready') await fileOrder(db, orderId);
    else if (status === 'declared') await bookOrder(db, orderId, carrierCode);
    else if (status === 'booked') await releaseOrder(db, orderId);
    else throw new Error(`order ${start.order_number} is ${status}: cannot be cleared by the fixture`);
  }

  const shipment = await db
    .selectFrom('shipments')
    .select(['id', 'waybill', 'carrier_id'])
    .where('order_id', '=', orderId)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
  const parcels = shipment
    ? await db.selectFrom('shipment_parcels').select(['parcel_id', 'tracking_number']).where('shipment_id', '=', shipment.id).orderBy('parcel_id').execute()
    : [];
  return {
    orderId,
    shipmentId: shipment?.id ?? 0,
    waybill: shipment?.waybill ?? '',
    carrierId: shipment?.carrier_id ?? 0,
    parcelIds: parcels.map((p) => p.parcel_id),
    trackingNumbers: parcels.map((p) => p.tracking_number),
  };
}

/** Orders released by customs, each with a booked shipment by carrier `carrierCode`. */
export async function clearedOrders(core: CoreApp, spec: WarehouseSpec = {}, carrierCode = 'TST'): Promise<ClearedOrder[]> {
  const { orderIds } = await readyOrders(core, spec);
  const out: ClearedOrder[] = [];
  for (const id of orderIds) out.push(await clearOrder(core.db, id, carrierCode));
  return out;
}
