// TEST-ONLY: orders carried to 'cleared' the way steps 4 to 6 leave them (a live filing of the
// declaration, a booked shipment with one tracking number per parcel, customs' release), written
// straight into their tables while those areas' services are being built. Switch to
// filing / transport / clearance services once they have landed.
import type { Kysely } from 'kysely';
import type { CoreApp } from '../../../electron/core/app';
import type { DB } from '../../../electron/core/db/schema';
import { moveOrders } from '../../../electron/core/orders/workflow';
import type { OrderStatus } from '../../../shared/domain/orderStatus';
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

/** A carrier of its own for the tests (code given), created once. */
export async function testCarrier(db: Kysely<DB>, code: string): Promise<{ carrierId: number; serviceId: number }> {
  const found = await db.selectFrom('carriers').select('id').where('code', '=', code).executeTakeFirst();
  if (found) {
    const service = await db.selectFrom('carrier_services').select('id').where('carrier_id', '=', found.id).executeTakeFirstOrThrow();
    return { carrierId: found.id, serviceId: service.id };
  }
  const carrierId = (
    await db
      .insertInto('carriers')
      .values({ code, name: `Carrier ${code}`, kind: 'express', created_at: TEST_STAMP.at })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const serviceId = (
    await db.insertInto('carrier_services').values({ carrier_id: carrierId, code: 'STD', name: 'Standard' }).returning('id').executeTakeFirstOrThrow()
  ).id;
  return { carrierId, serviceId };
}

const PATH: Partial<Record<OrderStatus, ('documentsReady' | 'declare' | 'book' | 'clear')[]>> = {
  packed: ['documentsReady', 'declare', 'book', 'clear'],
  documents_ready: ['declare', 'book', 'clear'],
  declared: ['book', 'clear'],
  booked: ['clear'],
  cleared: [],
};

/**
 * Carries one order (packed, documents ready, declared or booked) to cleared, with a shipment by
 * the carrier `carrierCode` unless it has one already. `stopAt` leaves it at an earlier status.
 */
export async function clearOrder(db: Kysely<DB>, orderId: number, carrierCode = 'TST', stopAt: OrderStatus = 'cleared'): Promise<ClearedOrder> {
  const { carrierId, serviceId } = await testCarrier(db, carrierCode);
  return db.transaction().execute(async (trx) => {
    const order = await trx.selectFrom('orders').select(['status', 'order_number']).where('id', '=', orderId).executeTakeFirstOrThrow();
    const steps = PATH[order.status as OrderStatus];
    if (!steps) throw new Error(`order ${order.order_number} is ${order.status}: cannot be cleared by the fixture`);
    let shipment = await trx
      .selectFrom('shipments')
      .select(['id', 'waybill', 'carrier_id'])
      .where('order_id', '=', orderId)
      .where('status', '<>', 'cancelled')
      .executeTakeFirst();
    if (!shipment) {
      const filed = await trx.selectFrom('declaration_filing_orders').select('filing_id').where('order_id', '=', orderId).executeTakeFirst();
      if (!filed) {
        const declaration = await trx
          .selectFrom('customs_documents as d')
          .innerJoin('customs_document_orders as o', 'o.document_id', 'd.id')
          .select('d.id')
          .where('o.order_id', '=', orderId)
          .where('d.type', '=', 'declaration')
          .where('d.status', '=', 'final')
          .executeTakeFirst();
        if (declaration) {
          const filingId = (
            await trx
              .insertInto('declaration_filings')
              .values({
                declaration_id: declaration.id,
                root_id: declaration.id,
                version: 1,
                replaces_id: null,
                status: 'filed',
                office: 'ES280101',
                filed_at: TEST_STAMP.at,
                reference_at: null,
                snapshot: '{}',
                created_at: TEST_STAMP.at,
                created_by: TEST_STAMP.actor,
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id;
          await trx.insertInto('declaration_filing_orders').values({ filing_id: filingId, order_id: orderId }).execute();
        }
      }
      const waybill = `WB${carrierCode}${String(orderId).padStart(6, '0')}`;
      const id = (
        await trx
          .insertInto('shipments')
          .values({
            order_id: orderId,
            carrier_id: carrierId,
            service_id: serviceId,
            rule_id: null,
            chosen_by: 'clerk',
            waybill,
            status: 'booked',
            dispatched_at: null,
            delivered_at: null,
            created_at: TEST_STAMP.at,
            created_by: TEST_STAMP.actor,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      const parcels = await trx.selectFrom('parcels').select('id').where('order_id', '=', orderId).orderBy('seq').execute();
      for (const [i, p] of parcels.entries()) {
        await trx
          .insertInto('shipment_parcels')
          .values({ shipment_id: id, parcel_id: p.id, tracking_number: i === 0 ? waybill : `${waybill}-${i + 1}` })
          .execute();
      }
      shipment = { id, waybill, carrier_id: carrierId };
    }
    for (const action of steps) {
      const now = (await trx.selectFrom('orders').select('status').where('id', '=', orderId).executeTakeFirstOrThrow()).status;
      if (now === stopAt) break;
      await moveOrders(trx, [orderId], action, TEST_STAMP);
    }
    const parcels = await trx
      .selectFrom('shipment_parcels')
      .select(['parcel_id', 'tracking_number'])
      .where('shipment_id', '=', shipment.id)
      .orderBy('parcel_id')
      .execute();
    return {
      orderId,
      shipmentId: shipment.id,
      waybill: shipment.waybill,
      carrierId: shipment.carrier_id,
      parcelIds: parcels.map((p) => p.parcel_id),
      trackingNumbers: parcels.map((p) => p.tracking_number),
    };
  });
}

/** Orders released by customs, each with a booked shipment by carrier `carrierCode`. */
export async function clearedOrders(core: CoreApp, spec: WarehouseSpec = {}, carrierCode = 'TST'): Promise<ClearedOrder[]> {
  const { orderIds } = await readyOrders(core, spec);
  const out: ClearedOrder[] = [];
  for (const id of orderIds) out.push(await clearOrder(core.db, id, carrierCode));
  return out;
}
