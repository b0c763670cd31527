// Orders in 'booked', for the clearance tests: ready orders filed through the real filing command,
// then booked. TEST-ONLY until step 5's bookShipment lands: the shipment is written straight into
// transport's tables and the order moved by moveOrders('book'), as bookShipment will do.
import type { CoreApp } from '../../../electron/core/app';
import { moveOrders } from '../../../electron/core/orders/workflow';
import { call } from '../support/core';
import { readyOrders } from '../flow/readyOrders';

export interface Booked {
  orderId: number;
  filingId: number;
  reference: string;
  declarationNumber: string;
  shipmentId: number;
}

const STAMP = { actor: 'fixture', at: '2026-12-01T09:00:00.000Z' };

/** Books one declared order (test-only stand-in for transport's bookShipment). */
export async function bookByHand(core: CoreApp, orderId: number, tag: string): Promise<number> {
  return core.db.transaction().execute(async (trx) => {
    const carrierId = (
      await trx
        .insertInto('carriers')
        .values({ code: `CL-${tag}`, name: `Clearance test carrier ${tag}`, kind: 'express', created_at: STAMP.at })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const serviceId = (
      await trx.insertInto('carrier_services').values({ carrier_id: carrierId, code: 'STD', name: 'Standard' }).returning('id').executeTakeFirstOrThrow()
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
          waybill: `WB-${tag}`,
          status: 'booked',
          dispatched_at: null,
          delivered_at: null,
          created_at: STAMP.at,
          created_by: STAMP.actor,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await moveOrders(trx, [orderId], 'book', STAMP);
    return shipmentId;
  });
}

/** `count` orders, each filed (office ES280101, filed 2026-12-01 10:00 UTC, reference MRN-<n>) and booked. */
export async function bookedOrders(core: CoreApp, count = 1): Promise<Booked[]> {
  const ready = await readyOrders(core, { orders: count });
  if (ready.orderIds.length < count) throw new Error(`only ${ready.orderIds.length} ready orders`);
  const out: Booked[] = [];
  for (const orderId of ready.orderIds.slice(0, count)) {
    const reference = `26ES00MRN${String(orderId).padStart(6, '0')}`;
    const { filingId } = await call(core, 'filing.file', {
      declarationId: ready.declarationOf.get(orderId)!,
      office: 'ES280101',
      filedAt: '2026-12-01T10:00:00.000Z',
      reference,
    });
    const shipmentId = await bookByHand(core, orderId, `${orderId}`);
    const doc = await call(core, 'customs.get', { id: ready.declarationOf.get(orderId)! });
    out.push({ orderId, filingId, reference, declarationNumber: doc.number, shipmentId });
  }
  return out;
}
