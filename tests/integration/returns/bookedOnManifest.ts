// TEST-ONLY: an order ready to declare carried to 'booked' the way steps 4, 5 and 7 will leave it
// (a live filing of its declaration, a booked shipment, its parcels scanned onto an open manifest),
// written straight into their tables while those areas' services are being built. Replace with
// filing.file / transport booking / manifest scans once they exist.
import type { Kysely } from 'kysely';
import type { DB } from '../../../electron/core/db/schema';
import { deduct } from '../../../electron/core/inventory/ledger';
import { moveOrders } from '../../../electron/core/orders/workflow';
import { openReturn } from '../../../electron/core/returns/openReturn';
import { TEST_STAMP } from '../../support/stamp';

export interface BookedOrder {
  filingId: number;
  shipmentId: number;
  manifestId: number;
  parcelIds: number[];
}

export async function bookedOnManifest(db: Kysely<DB>, orderId: number, declarationId: number, tag = 'T'): Promise<BookedOrder> {
  const at = TEST_STAMP.at;
  const by = TEST_STAMP.actor;
  return db.transaction().execute(async (trx) => {
    const filingId = (
      await trx
        .insertInto('declaration_filings')
        .values({
          declaration_id: declarationId,
          root_id: declarationId,
          version: 1,
          replaces_id: null,
          status: 'filed',
          office: 'ES280101',
          filed_at: at,
          reference_at: null,
          snapshot: '{}',
          created_at: at,
          created_by: by,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await trx.insertInto('declaration_filing_orders').values({ filing_id: filingId, order_id: orderId }).execute();
    const carrierId = (
      await trx
        .insertInto('carriers')
        .values({ code: `RT-${tag}`, name: `Return test carrier ${tag}`, kind: 'express', created_at: at } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const serviceId = (
      await trx
        .insertInto('carrier_services')
        .values({ carrier_id: carrierId, code: 'STD', name: 'Standard' } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const shipmentId = (
      await trx
        .insertInto('shipments')
        .values({
          order_id: orderId,
          carrier_id: carrierId,
          service_id: serviceId,
          rule_id: null,
          chosen_by: 'clerk',
          waybill: `WB-${tag}-${orderId}`,
          status: 'booked',
          dispatched_at: null,
          delivered_at: null,
          created_at: at,
          created_by: by,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const manifestId = (
      await trx
        .insertInto('manifests')
        .values({
          number: `MF-${tag}-${orderId}`,
          carrier_id: carrierId,
          vehicle_plate: '1234 ABC',
          planned_departure: at,
          status: 'open',
          departed_at: null,
          departed_by: null,
          created_at: at,
          created_by: by,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const parcelIds = (await trx.selectFrom('parcels').select('id').where('order_id', '=', orderId).execute()).map((p) => p.id);
    for (const parcelId of parcelIds) {
      await trx
        .insertInto('shipment_parcels')
        .values({ shipment_id: shipmentId, parcel_id: parcelId, tracking_number: `TN-${parcelId}` })
        .execute();
      await trx
        .insertInto('manifest_parcels')
        .values({ manifest_id: manifestId, parcel_id: parcelId, shipment_id: shipmentId, scanned_at: at, scanned_by: by })
        .execute();
    }
    await moveOrders(trx, [orderId], 'declare', TEST_STAMP);
    await moveOrders(trx, [orderId], 'book', TEST_STAMP);
    return { filingId, shipmentId, manifestId, parcelIds };
  });
}

/**
 * TEST-ONLY: an order ready to declare refused at customs (rejected) or sent back by the carrier
 * (returning), with its return opened as steps 6 and 7 will do. Goods that left are deducted when
 * `deducted` is set, as dispatch does.
 */
export async function sentBack(db: Kysely<DB>, orderId: number, cause: 'customsRejected' | 'undeliverable', deducted = false): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const path =
      cause === 'customsRejected' ? (['declare', 'book', 'customsReject'] as const) : (['declare', 'book', 'clear', 'dispatch', 'returnToSender'] as const);
    for (const action of path) await moveOrders(trx, [orderId], action, TEST_STAMP);
    if (deducted) {
      const held = await trx
        .selectFrom('stock_movements')
        .select(['order_line_id', 'product_id', 'parcel_id', (eb) => eb.fn.sum<number>('qty_milli').as('q')])
        .where('order_id', '=', orderId)
        .where('place', '=', 'parcel')
        .groupBy(['order_line_id', 'product_id', 'parcel_id'])
        .execute();
      for (const h of held) {
        if (Number(h.q) > 0)
          await deduct(trx, { orderId, orderLineId: h.order_line_id!, productId: h.product_id, parcelId: h.parcel_id!, qtyMilli: Number(h.q) }, TEST_STAMP);
      }
    }
    return openReturn(trx, orderId, cause, TEST_STAMP);
  });
}
