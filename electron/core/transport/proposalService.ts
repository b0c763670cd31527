// The proposal for an order (which rule, which service, why the others were passed over), the
// check of a service the clerk picks, and the orders waiting to be booked. Pure reads: the
// deciding is shared/domain/transport (fit.ts, proposal.ts).
import Decimal from 'decimal.js';
import type { ProposalView, ServiceChoice, WaitingOrder } from '../../../shared/api/contracts/transport';
import { departureOf, serviceFit } from '../../../shared/domain/transport/fit';
import { proposeService as propose } from '../../../shared/domain/transport/proposal';
import type { Db } from '../audit/auditRepository';
import { serviceNotFound } from './errors';
import { type OrderFacts, type ServiceFacts, orderFacts, ordersFacts, rulesFacts, servicesFacts } from './orderFacts';

/** Setup read once for many orders. */
export interface TransportSetup {
  services: ServiceFacts[];
  rules: Awaited<ReturnType<typeof rulesFacts>>;
}

export async function loadSetup(db: Db): Promise<TransportSetup> {
  return { services: await servicesFacts(db), rules: await rulesFacts(db) };
}

/** `at` is the moment of asking (the core's clock or the booking's stamp), read in local time. */
export function choiceOf(service: ServiceFacts, order: OrderFacts, at: Date): ServiceChoice {
  const reasons = serviceFit(service, order);
  return {
    serviceId: service.id,
    carrierId: service.carrierId,
    carrierName: service.carrierName,
    serviceName: service.serviceName,
    s10Indicator: service.s10Indicator,
    numberPattern: service.numberPattern,
    fits: reasons.length === 0,
    reasons,
    departure: departureOf(service.cutoff, at.getDay(), at.getHours() * 60 + at.getMinutes()),
  };
}

export function proposalFor(setup: TransportSetup, order: OrderFacts, at: Date): ProposalView {
  const byId = new Map(setup.services.map((s) => [s.id, s]));
  const result = propose(setup.rules, order, (serviceId) => {
    const s = byId.get(serviceId);
    return s ? serviceFit(s, order) : [{ key: 'transport.fit.missing', params: { serviceId } }];
  });
  const rulesById = new Map(setup.rules.map((r) => [r.id, r]));
  const looked = result.looked.map((l) => ({
    ruleId: l.ruleId,
    position: l.position,
    note: rulesById.get(l.ruleId)?.note ?? '',
    serviceName: byId.get(l.serviceId) ? `${byId.get(l.serviceId)!.carrierName} ${byId.get(l.serviceId)!.serviceName}` : '',
    ...(l.skipped ? { skipped: l.skipped } : {}),
    ...(l.reasons ? { reasons: l.reasons } : {}),
  }));
  const services = setup.services.filter((s) => s.active && s.carrierActive).map((s) => choiceOf(s, order, at));
  return {
    orderId: order.id,
    proposed: result.ok
      ? { ...choiceOf(byId.get(result.serviceId)!, order, at), ruleId: result.ruleId, ruleNote: rulesById.get(result.ruleId)?.note ?? '' }
      : null,
    why: result.ok ? null : result.why,
    looked,
    services,
    parcels: order.parcels.map((p) => ({ id: p.id, seq: p.seq, grossKg: p.grossKg })),
  };
}

export async function proposeService(db: Db, orderId: number, at: Date): Promise<ProposalView> {
  return proposalFor(await loadSetup(db), await orderFacts(db, orderId), at);
}

export async function checkService(db: Db, orderId: number, serviceId: number, at: Date): Promise<ServiceChoice> {
  const order = await orderFacts(db, orderId);
  const service = (await servicesFacts(db)).find((s) => s.id === serviceId);
  if (!service) throw serviceNotFound(serviceId);
  return choiceOf(service, order, at);
}

export async function waitingOrders(db: Db, at: Date): Promise<WaitingOrder[]> {
  const ids = (await db.selectFrom('orders').select('id').where('status', '=', 'declared').orderBy('id').limit(500).execute()).map((r) => r.id);
  const facts = await ordersFacts(db, ids);
  const setup = await loadSetup(db);
  return ids.map((id) => {
    const order = facts.get(id)!;
    const view = proposalFor(setup, order, at);
    const gross = order.parcels.reduce((sum, p) => sum.plus(new Decimal(p.grossKg || '0')), new Decimal(0));
    return {
      orderId: id,
      orderNumber: order.orderNumber,
      consignee: order.consignee,
      country: order.country,
      shippingLine: order.shippingLine,
      shippingMethod: order.shippingMethod,
      parcelCount: order.parcels.length,
      grossKg: gross.toString(),
      proposed: view.proposed,
      why: view.why,
    };
  });
}
