// Booking an order's shipment: the service the rules propose (or the clerk's, if it fits), one
// tracking number per closed parcel (issued from the S10 range or given), the order moved to
// 'booked', and the waybill written into the filed declaration's transport document. All in the
// caller's transaction: a refusal leaves nothing behind, not even a used serial.
import type { BookResult, ShipmentView } from '../../../shared/api/contracts/transport';
import { serviceFit } from '../../../shared/domain/transport/fit';
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit } from '../audit/auditRepository';
import { setTransportDocument } from '../filing/filingService';
import { moveOrder } from '../orders/workflow';
import { noClosedParcels, noProposal, numberCount, orderNotDeclared, serviceNotFound, serviceUnfit } from './errors';
import { checkGivenNumber, issueS10, recordIssued } from './numbers';
import { orderFacts } from './orderFacts';
import { loadSetup, proposalFor } from './proposalService';
import { shipmentsOf } from './shipmentQueries';

export { proposeService } from './proposalService';

export interface BookShipmentInput {
  orderId: number;
  serviceId?: number;
  numbers?: string[];
  cost?: string;
  currency?: string;
}

export async function bookShipment(trx: Db, input: BookShipmentInput, stamp: Stamp): Promise<BookResult> {
  const order = await orderFacts(trx, input.orderId);
  if (order.status !== 'declared') throw orderNotDeclared(order.orderNumber, order.status);
  if (order.parcels.length === 0) throw noClosedParcels(order.orderNumber);
  const setup = await loadSetup(trx);
  const proposal = proposalFor(setup, order, new Date(stamp.at));
  const serviceId = input.serviceId ?? proposal.proposed?.serviceId;
  if (serviceId === undefined) throw noProposal(order.orderNumber);
  const service = setup.services.find((s) => s.id === serviceId);
  if (!service) throw serviceNotFound(serviceId);
  const reasons = serviceFit(service, order);
  if (reasons.length > 0) throw serviceUnfit(order.orderNumber, `${service.carrierName} ${service.serviceName}`, reasons);
  const byRule = proposal.proposed?.serviceId === serviceId;

  const given = input.numbers ?? [];
  let numbers: string[];
  let warning: BookResult['warning'];
  if (service.s10Indicator !== '' && given.length === 0) {
    ({ numbers, warning } = await issueS10(trx, service, order.parcels.length));
  } else {
    if (given.length !== order.parcels.length) throw numberCount(order.orderNumber, order.parcels.length, given.length);
    numbers = given.map((n) => checkGivenNumber(service, n));
  }
  await recordIssued(trx, service.carrierId, numbers, stamp);

  const waybill = numbers[0]!;
  const shipmentId = (
    await trx
      .insertInto('shipments')
      .values({
        order_id: order.id,
        carrier_id: service.carrierId,
        service_id: service.id,
        rule_id: byRule ? proposal.proposed!.ruleId : null,
        chosen_by: byRule ? 'rule' : 'clerk',
        waybill,
        cost: input.cost ?? '',
        currency: input.currency || (input.cost ? order.currency : ''),
        status: 'booked',
        dispatched_at: null,
        delivered_at: null,
        created_at: stamp.at,
        created_by: stamp.actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await trx
    .insertInto('shipment_parcels')
    .values(order.parcels.map((p, i) => ({ shipment_id: shipmentId, parcel_id: p.id, tracking_number: numbers[i]! })))
    .execute();
  await moveOrder(trx, order.id, 'book', stamp, {
    after: { shipmentId, carrier: service.carrierName, service: service.serviceName, waybill, numbers, chosenBy: byRule ? 'rule' : 'clerk' },
  });
  await setTransportDocument(trx, order.id, waybill, stamp);
  return { shipmentId, waybill, numbers, ...(warning ? { warning } : {}) };
}

/** Calls off the order's booked shipment (a cancel, a customs rejection). Its numbers stay used. */
export async function cancelShipmentOf(trx: Db, orderId: number, stamp: Stamp): Promise<void> {
  const live = await trx.selectFrom('shipments').select(['id', 'waybill']).where('order_id', '=', orderId).where('status', '=', 'booked').execute();
  if (live.length === 0) return;
  await trx
    .updateTable('shipments')
    .set({ status: 'cancelled' })
    .where(
      'id',
      'in',
      live.map((s) => s.id),
    )
    .execute();
  await appendAudit(
    trx,
    live.map((s) => ({ entity: 'order', entityId: orderId, action: 'shipmentCancelled', after: { shipmentId: s.id, waybill: s.waybill }, ...stamp })),
  );
}

/** The order's live shipment (not cancelled) with its parcels and numbers, or null. */
export async function shipmentOfOrder(db: Db, orderId: number): Promise<ShipmentView | null> {
  const [live] = await shipmentsOf(db, (q) => q.where('shipments.order_id', '=', orderId).where('shipments.status', '<>', 'cancelled'));
  return live ?? null;
}
