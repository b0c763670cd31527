// Step 4: filing a final declaration with customs. The first filing of a declaration puts its
// orders under customs supervision ('declare' through the order workflow); a correction is a newer
// final version of the same declaration filed again, linked to the filing it replaces. What was
// filed is frozen in a snapshot (a trigger refuses any change), and the customs reference is set once.
import { type OrderStatus, UNDER_SUPERVISION } from '../../../shared/domain/orderStatus';
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit } from '../audit/auditRepository';
import { findRow, ordersOf } from '../customs/documentRepository';
import { moveOrders } from '../orders/workflow';
import {
  alreadyFiled,
  emptyOffice,
  noLiveFiling,
  noOrders,
  notADeclaration,
  notFileable,
  orderNotReady,
  orderNotUnderSupervision,
  referenceAlreadySet,
  referenceEmpty,
} from './errors';
import { FILEABLE_TYPES, filingOrders, findFiling, liveFilingOfOrder } from './filingRepository';
import { buildSnapshot } from './snapshot';

export { liveFilingOfOrder };

export interface FileDeclarationInput {
  declarationId: number;
  office: string;
  /** ISO 8601: when it was lodged with customs (the broker's word, not the clock's). */
  filedAt: string;
  reference?: string;
}

/** Files a final declaration (or CN 22/23): the first filing declares its orders; a newer version corrects the filing in force. */
export async function fileDeclaration(trx: Db, input: FileDeclarationInput, stamp: Stamp): Promise<{ filingId: number; orderIds: number[] }> {
  const office = input.office.trim();
  if (!office) throw emptyOffice();
  const reference = (input.reference ?? '').trim();
  const doc = await findRow(trx, input.declarationId);
  const what = doc.number || `#${doc.id}`;
  if (!FILEABLE_TYPES.includes(doc.type as never)) throw notADeclaration(what, doc.type);
  if (doc.status !== 'final') throw notFileable(what, doc.status);
  // By the declaration's root too: filings carry their declaration's root_id, and only that is
  // indexed (declaration_filings_version), so this stays one index seek however many are filed.
  const filedBefore = await trx
    .selectFrom('declaration_filings')
    .select('id')
    .where('root_id', '=', doc.root_id)
    .where('declaration_id', '=', doc.id)
    .executeTakeFirst();
  if (filedBefore) throw alreadyFiled(what, doc.version, filedBefore.id);

  const covered = (await ordersOf(trx, [doc.id])).get(doc.id);
  if (!covered || covered.ids.length === 0) throw noOrders(what);
  const orders = covered.ids.map((id, i) => ({ id, orderNumber: covered.numbers[i]! }));
  const statuses = await trx.selectFrom('orders').select(['id', 'status', 'order_number']).where('id', 'in', covered.ids).execute();

  // The filing in force for an earlier version of this declaration, if any: then this is a correction.
  const previous = await trx
    .selectFrom('declaration_filings')
    .selectAll()
    .where('root_id', '=', doc.root_id)
    .where('status', '=', 'filed')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  if (previous) {
    const off = statuses.find((o) => !UNDER_SUPERVISION.includes(o.status as OrderStatus));
    if (off) throw orderNotUnderSupervision(off.order_number, off.status);
  } else {
    const off = statuses.find((o) => o.status !== 'documents_ready');
    if (off) throw orderNotReady(off.order_number, off.status);
  }

  const last = await trx
    .selectFrom('declaration_filings')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('root_id', '=', doc.root_id)
    .executeTakeFirst();
  const version = Number(last?.v ?? 0) + 1;
  const snapshot = await buildSnapshot(trx, doc, orders);
  if (previous) {
    await trx.updateTable('declaration_filings').set({ status: 'replaced' }).where('id', '=', previous.id).execute();
  }
  const { id: filingId } = await trx
    .insertInto('declaration_filings')
    .values({
      declaration_id: doc.id,
      root_id: doc.root_id,
      version,
      replaces_id: previous?.id ?? null,
      status: 'filed',
      office,
      filed_at: input.filedAt,
      reference,
      reference_at: reference ? stamp.at : null,
      // The booked shipment's waybill still travels with the corrected declaration.
      transport_document: previous?.transport_document ?? '',
      snapshot: JSON.stringify(snapshot),
      created_at: stamp.at,
      created_by: stamp.actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('declaration_filing_orders')
    .values(covered.ids.map((order_id) => ({ filing_id: filingId, order_id })))
    .execute();

  const filed = { filingId, declarationId: doc.id, number: doc.number, documentVersion: doc.version, version, office, filedAt: input.filedAt, reference };
  if (previous) {
    await appendAudit(
      trx,
      covered.ids.map((id) => ({
        entity: 'order',
        entityId: id,
        action: 'filingCorrected',
        before: { filingId: previous.id, version: previous.version, reference: previous.reference },
        after: filed,
        ...stamp,
      })),
    );
  } else {
    await moveOrders(trx, covered.ids, 'declare', stamp, () => ({ after: filed }));
  }
  return { filingId, orderIds: covered.ids };
}

/** Records the reference customs gave a filing. Set once: the same reference again changes nothing, another is refused. */
export async function setReference(trx: Db, input: { filingId: number; reference: string }, stamp: Stamp): Promise<void> {
  const reference = input.reference.trim();
  if (!reference) throw referenceEmpty();
  const row = await findFiling(trx, input.filingId);
  if (row.reference === reference) return;
  if (row.reference !== '') throw referenceAlreadySet(row.id, row.reference);
  await trx.updateTable('declaration_filings').set({ reference, reference_at: stamp.at }).where('id', '=', row.id).execute();
  const orderIds = (await filingOrders(trx, [row.id])).get(row.id)?.ids ?? [];
  await appendAudit(
    trx,
    orderIds.map((id) => ({
      entity: 'order',
      entityId: id,
      action: 'filingReference',
      after: { filingId: row.id, version: row.version, reference },
      ...stamp,
    })),
  );
}

/** Step 5: the booked shipment's waybill becomes the transport document of the order's filing in force. */
export async function setTransportDocument(trx: Db, orderId: number, waybill: string, stamp: Stamp): Promise<void> {
  const live = await liveFilingOfOrder(trx, orderId);
  if (!live) {
    const order = await trx.selectFrom('orders').select('order_number').where('id', '=', orderId).executeTakeFirst();
    throw noLiveFiling(order?.order_number ?? `#${orderId}`);
  }
  if (live.transport_document === waybill) return;
  await trx.updateTable('declaration_filings').set({ transport_document: waybill }).where('id', '=', live.id).execute();
  await appendAudit(trx, [
    {
      entity: 'order',
      entityId: orderId,
      action: 'filingTransportDocument',
      before: { filingId: live.id, transportDocument: live.transport_document },
      after: { filingId: live.id, transportDocument: waybill },
      ...stamp,
    },
  ]);
}

/**
 * A cancelled order's filing in force is withdrawn (customs is told the goods will not go). The
 * filing is one declaration for all its orders, so it is withdrawn for each of them.
 */
export async function withdrawFilingsOf(trx: Db, orderId: number, reason: string, stamp: Stamp): Promise<void> {
  const live = await liveFilingOfOrder(trx, orderId);
  if (!live) return;
  await trx.updateTable('declaration_filings').set({ status: 'withdrawn', withdrawn_reason: reason }).where('id', '=', live.id).execute();
  const orderIds = (await filingOrders(trx, [live.id])).get(live.id)?.ids ?? [orderId];
  await appendAudit(
    trx,
    orderIds.map((id) => ({ entity: 'order', entityId: id, action: 'filingWithdrawn', after: { filingId: live.id, version: live.version, reason }, ...stamp })),
  );
}
