// The snapshot of a filing: the exact document versions that went to customs, with their data,
// frozen as JSON in declaration_filings.snapshot. It is built from the stored rows at filing time,
// so later amendments and drafts never reach what was filed.
import type { FilingSnapshot, SnapshotDocument } from '../../../shared/api/contracts/filing';
import type { Paper } from '../../../shared/documents/html';
import type { DocumentLanguage, DocumentType } from '../../../shared/schemas/customs';
import type { Db } from '../audit/auditRepository';
import { loadCompanyProfile } from '../company/profileRepository';
import type { DocumentRow } from '../customs/documentRepository';

/** The order documents print in: the declaration first, then the papers customs reads with it. */
const TYPE_ORDER: DocumentType[] = ['declaration', 'postal', 'invoice', 'contract', 'packing_list'];

function snapshotDocument(row: DocumentRow): SnapshotDocument {
  return {
    id: row.id,
    type: row.type as DocumentType,
    number: row.number,
    version: row.version,
    lang: row.lang as DocumentLanguage,
    paper: row.paper as Paper,
    finalisedAt: row.finalised_at,
    finalisedBy: row.finalised_by,
    data: JSON.parse(row.data) as unknown,
  };
}

/** The final documents of these orders now: at most one per document (a final version replaces the one before). */
async function finalDocumentsOf(db: Db, orderIds: number[]): Promise<DocumentRow[]> {
  return db
    .selectFrom('customs_documents as c')
    .innerJoin('customs_document_orders as d', 'd.document_id', 'c.id')
    .selectAll('c')
    .distinct()
    .where('d.order_id', 'in', orderIds)
    .where('c.status', '=', 'final')
    .orderBy('c.id')
    .execute();
}

export async function buildSnapshot(db: Db, declaration: DocumentRow, orders: { id: number; orderNumber: string }[]): Promise<FilingSnapshot> {
  const others = (
    await finalDocumentsOf(
      db,
      orders.map((o) => o.id),
    )
  ).filter((r) => r.id !== declaration.id);
  others.sort((a, b) => TYPE_ORDER.indexOf(a.type as DocumentType) - TYPE_ORDER.indexOf(b.type as DocumentType) || a.id - b.id);
  const { logo } = await loadCompanyProfile(db);
  return {
    declarationId: declaration.id,
    orders,
    documents: [snapshotDocument(declaration), ...others.map(snapshotDocument)],
    logo,
  };
}

export function parseSnapshot(json: string): FilingSnapshot {
  return JSON.parse(json) as FilingSnapshot;
}
