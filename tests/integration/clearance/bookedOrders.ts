// Orders in 'booked', for the clearance tests: ready orders filed through filing.file, then booked
// through transport.book with a test carrier of their own (typed numbers, one per closed parcel).
import type { CoreApp } from '../../../electron/core/app';
import { testCarrier } from '../delivery/clearedOrders';
import { call } from '../support/core';
import { readyOrders } from '../flow/readyOrders';

export interface Booked {
  orderId: number;
  filingId: number;
  reference: string;
  declarationNumber: string;
  shipmentId: number;
}

/** Books one declared order through transport.book, by the test carrier "CL-<tag>"; returns the shipment. */
export async function bookByHand(core: CoreApp, orderId: number, tag: string): Promise<number> {
  const code = `CL-${tag}`
    .toUpperCase()
    .replace(/[^A-Z0-9_-]/g, '')
    .slice(0, 20);
  const { serviceId } = await testCarrier(core.db, code);
  // The proposal lists the closed parcels the booking carries: one number each.
  const { parcels } = await call(core, 'transport.propose', { orderId });
  const waybill = `WB${code.replace(/[^A-Z0-9]/g, '')}${String(orderId).padStart(6, '0')}`;
  const numbers = parcels.map((_p, i) => (i === 0 ? waybill : `${waybill}P${i + 1}`));
  return (await call(core, 'transport.book', { orderId, serviceId, numbers })).shipmentId;
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
