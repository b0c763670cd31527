// What cancelling an order before dispatch undoes besides its reservation: its open customs papers
// are voided, a live filing withdrawn, a booked shipment cancelled, its parcels taken off any
// manifest still loading, and goods already picked or packed put on the return path, so the clerk
// restocks or writes them off (returnsService). All inside the cancel's transaction.
import { GOODS_IN_HAND, type OrderStatus } from '../../../shared/domain/orderStatus';
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit } from '../audit/auditRepository';
import { openReturn } from './openReturn';
import { withdrawFilingsOf } from '../filing/filingService';
import { cancelShipmentOf } from '../transport/shipmentService';

export interface CancelCleanup {
  voidedDocuments: number[];
  unloadedParcels: number[];
  returnId: number | null;
}

/**
 * Voids the order's drafts and its final documents customs has not been given. A filed declaration
 * stays as filed (its filing is withdrawn instead): what customs received is never rewritten. The
 * final documents' trigger lets their status change, which is all a void writes. customs.void
 * refuses finals once the order is ready to declare; a cancel is the one case that may.
 */
async function voidOpenDocuments(trx: Db, orderId: number, reason: string, stamp: Stamp): Promise<number[]> {
  const docs = await trx
    .selectFrom('customs_documents')
    .innerJoin('customs_document_orders', 'customs_document_orders.document_id', 'customs_documents.id')
    .select(['customs_documents.id', 'customs_documents.type', 'customs_documents.number', 'customs_documents.version', 'customs_documents.status'])
    .where('customs_document_orders.order_id', '=', orderId)
    .where('customs_documents.status', 'in', ['draft', 'final'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('declaration_filings').select('declaration_filings.id').whereRef('declaration_filings.declaration_id', '=', 'customs_documents.id')),
      ),
    )
    .orderBy('customs_documents.id')
    .execute();
  if (docs.length === 0) return [];
  const ids = docs.map((d) => d.id);
  const voidReason = `order cancelled: ${reason}`;
  await trx.updateTable('customs_documents').set({ status: 'void', void_reason: voidReason, updated_at: stamp.at }).where('id', 'in', ids).execute();
  // Every order a document covers hears of it: a consignment document shared with another order
  // must be made again for that one.
  const covers = await trx.selectFrom('customs_document_orders').select(['document_id', 'order_id']).where('document_id', 'in', ids).execute();
  await appendAudit(
    trx,
    covers.map((c) => {
      const d = docs.find((x) => x.id === c.document_id)!;
      return {
        entity: 'order',
        entityId: c.order_id,
        action: 'documentVoided',
        after: { documentId: d.id, type: d.type, number: d.number, version: d.version, reason: voidReason },
        ...stamp,
      };
    }),
  );
  return ids;
}

/** The order's parcels come off manifests still loading; a departed manifest is history and stays. */
async function unloadParcels(trx: Db, orderId: number, stamp: Stamp): Promise<number[]> {
  const loaded = await trx
    .selectFrom('manifest_parcels')
    .innerJoin('manifests', 'manifests.id', 'manifest_parcels.manifest_id')
    .innerJoin('parcels', 'parcels.id', 'manifest_parcels.parcel_id')
    .select(['manifest_parcels.parcel_id', 'manifests.id as manifestId', 'manifests.number'])
    .where('parcels.order_id', '=', orderId)
    .where('manifests.status', '=', 'open')
    .execute();
  if (loaded.length === 0) return [];
  const ids = loaded.map((p) => p.parcel_id);
  await trx.deleteFrom('manifest_parcels').where('parcel_id', 'in', ids).execute();
  await appendAudit(
    trx,
    loaded.map((p) => ({
      entity: 'order',
      entityId: orderId,
      action: 'parcelUnloaded',
      after: { parcelId: p.parcel_id, manifestId: p.manifestId, manifest: p.number },
      ...stamp,
    })),
  );
  return ids;
}

/** Everything a cancel undoes besides the reservation, given the status the order was cancelled from. */
export async function cleanUpCancelledOrder(trx: Db, orderId: number, from: OrderStatus, reason: string, stamp: Stamp): Promise<CancelCleanup> {
  const voidedDocuments = await voidOpenDocuments(trx, orderId, reason, stamp);
  // A filed declaration is withdrawn (what customs received stays as filed); a booked carrier is called off.
  await withdrawFilingsOf(trx, orderId, `order cancelled: ${reason}`, stamp);
  await cancelShipmentOf(trx, orderId, stamp);
  const unloadedParcels = await unloadParcels(trx, orderId, stamp);
  const returnId = GOODS_IN_HAND.includes(from) ? await openReturn(trx, orderId, 'cancelled', stamp, reason) : null;
  return { voidedDocuments, unloadedParcels, returnId };
}
