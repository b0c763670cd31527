// When an order has, final, every document its destination rules ask for, it is ready to declare:
// it moves to documents_ready through the one order workflow.
import type { OrderDocuments } from '../../../shared/api/contracts/customs';
import { requiredDocuments } from '../../../shared/domain/customs/rules';
import type { DocumentType } from '../../../shared/schemas/customs';
import type { DestinationRule } from '../../../shared/schemas/customs/rules';
import type { Stamp } from '../api/stamp';
import type { Db } from '../audit/auditRepository';
import { listDestinationRules } from '../company/rulesRepository';
import { moveOrder } from '../orders/workflow';
import { ordersOf, summaryOf } from './documentRepository';
import { notFound } from '../api/errors';

async function finalTypesOf(db: Db, orderId: number): Promise<Set<DocumentType>> {
  const rows = await db
    .selectFrom('customs_documents as c')
    .innerJoin('customs_document_orders as d', 'd.document_id', 'c.id')
    .select('c.type')
    .where('d.order_id', '=', orderId)
    .where('c.status', '=', 'final')
    .execute();
  return new Set(rows.map((r) => r.type as DocumentType));
}

export async function markReadyOrders(db: Db, orderIds: number[], stamp: Stamp, activeRules?: DestinationRule[]): Promise<void> {
  if (orderIds.length === 0) return;
  const rules = activeRules ?? (await listDestinationRules(db, { activeOnly: true }));
  const orders = await db.selectFrom('orders').select(['id', 'status', 'country', 'shipping_method']).where('id', 'in', orderIds).execute();
  for (const order of orders) {
    if (order.status !== 'packed') continue;
    const { documents: required } = requiredDocuments(rules, order.country, order.shipping_method);
    if (required.length === 0) continue;
    const final = await finalTypesOf(db, order.id);
    if (required.every((t) => final.has(t))) {
      await moveOrder(db, order.id, 'documentsReady', stamp, { after: { documents: required } });
    }
  }
}

export async function orderDocuments(db: Db, orderId: number): Promise<OrderDocuments> {
  const order = await db.selectFrom('orders').select(['id', 'country', 'shipping_method', 'status']).where('id', '=', orderId).executeTakeFirst();
  if (!order) throw notFound('Order', orderId);
  const rows = await db
    .selectFrom('customs_documents as c')
    .innerJoin('customs_document_orders as d', 'd.document_id', 'c.id')
    .selectAll('c')
    .where('d.order_id', '=', orderId)
    .orderBy('c.root_id')
    .orderBy('c.version')
    .execute();
  const orders = await ordersOf(
    db,
    rows.map((r) => r.id),
  );
  const rules = await listDestinationRules(db, { activeOnly: true });
  const { documents: required } = requiredDocuments(rules, order.country, order.shipping_method);
  const final = new Set(rows.filter((r) => r.status === 'final').map((r) => r.type as DocumentType));
  const missing = required.filter((t) => !final.has(t));
  return {
    orderId,
    documents: rows.map((r) => summaryOf(r, orders.get(r.id))),
    required,
    missing,
    ready: required.length > 0 && missing.length === 0,
  };
}
