// Reads customs documents: one row per version, the orders each covers, its versions and overrides.
import type { CustomsDocument, DocumentSummary, DocumentVersion } from '../../../shared/api/contracts/customs';
import type { Paper } from '../../../shared/documents/html';
import { type AnyDocumentData, DATA_SCHEMAS, type DocumentLanguage, type DocumentStatus, type DocumentType } from '../../../shared/schemas/customs';
import { AppError } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import type { CustomsDocumentsTable } from './tables';
import type { Selectable } from 'kysely';

export type DocumentRow = Selectable<CustomsDocumentsTable>;

export const documentNotFound = (id: number) =>
  new AppError('customsErrors.notFound', `Customs document ${id} does not exist (it may have been removed). Reload the list and try again.`, { id });

/** The stored data read back through its schema: defaults fill fields an older version did not have. */
export function dataOf(row: Pick<DocumentRow, 'type' | 'data'>): AnyDocumentData {
  const type = row.type as DocumentType;
  return { type, data: DATA_SCHEMAS[type].parse(JSON.parse(row.data)) } as AnyDocumentData;
}

/** A party-like name for lists: the consignee (or addressee, buyer) of the document. */
function consigneeOf(doc: AnyDocumentData): string {
  switch (doc.type) {
    case 'declaration':
    case 'invoice':
    case 'packing_list':
      return doc.data.consignee.name || doc.data.consignee.company;
    case 'contract':
      return doc.data.buyer.name || doc.data.buyer.company;
    case 'postal':
      return doc.data.addressee.name || doc.data.addressee.company;
  }
}

export async function findRow(db: Db, id: number): Promise<DocumentRow> {
  const row = await db.selectFrom('customs_documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw documentNotFound(id);
  return row;
}

export async function ordersOf(db: Db, documentIds: number[]): Promise<Map<number, { ids: number[]; numbers: string[] }>> {
  const out = new Map<number, { ids: number[]; numbers: string[] }>();
  if (documentIds.length === 0) return out;
  const rows = await db
    .selectFrom('customs_document_orders as d')
    .innerJoin('orders as o', 'o.id', 'd.order_id')
    .select(['d.document_id', 'o.id', 'o.order_number'])
    .where('d.document_id', 'in', documentIds)
    .orderBy('o.id')
    .execute();
  for (const r of rows) {
    const entry = out.get(r.document_id) ?? { ids: [], numbers: [] };
    entry.ids.push(r.id);
    entry.numbers.push(r.order_number);
    out.set(r.document_id, entry);
  }
  return out;
}

export function summaryOf(row: DocumentRow, orders: { ids: number[]; numbers: string[] } | undefined, doc = dataOf(row)): DocumentSummary {
  return {
    id: row.id,
    type: row.type as DocumentType,
    status: row.status as DocumentStatus,
    version: row.version,
    number: row.number,
    lang: row.lang as DocumentLanguage,
    orderIds: orders?.ids ?? [],
    orderNumbers: orders?.numbers ?? [],
    consignee: consigneeOf(doc),
    updatedAt: row.updated_at,
    finalisedAt: row.finalised_at,
  };
}

export async function loadDocument(db: Db, id: number): Promise<CustomsDocument> {
  const row = await findRow(db, id);
  const doc = dataOf(row);
  const orders = (await ordersOf(db, [id])).get(id);
  const versionRows = await db
    .selectFrom('customs_documents')
    .select(['id', 'version', 'status', 'number', 'finalised_at', 'replaces_id'])
    .where('root_id', '=', row.root_id)
    .orderBy('version')
    .execute();
  const versions: DocumentVersion[] = versionRows.map((v) => ({
    id: v.id,
    version: v.version,
    status: v.status as DocumentStatus,
    number: v.number,
    finalisedAt: v.finalised_at,
  }));
  const overrides = await db
    .selectFrom('customs_overrides')
    .select(['problem_key', 'reason', 'created_at', 'created_by'])
    .where('document_id', '=', id)
    .orderBy('id')
    .execute();
  return {
    ...summaryOf(row, orders, doc),
    ...doc,
    paper: row.paper as Paper,
    revision: row.revision,
    createdAt: row.created_at,
    createdBy: row.created_by,
    finalisedBy: row.finalised_by,
    replacesId: row.replaces_id,
    replacedById: versionRows.find((v) => v.replaces_id === id)?.id ?? null,
    versions,
    overrides: overrides.map((o) => ({ key: o.problem_key, reason: o.reason, at: o.created_at, actor: o.created_by })),
  };
}

/**
 * The current version of every document of these orders: the latest version of each document
 * that is not void (a draft amendment stands for its document; its final predecessor still counts
 * as final for readiness until it is replaced).
 */
export async function currentDocumentsOf(db: Db, orderIds: number[]): Promise<DocumentRow[]> {
  if (orderIds.length === 0) return [];
  const rows = await db
    .selectFrom('customs_documents as c')
    .innerJoin('customs_document_orders as d', 'd.document_id', 'c.id')
    .selectAll('c')
    .distinct()
    .where('d.order_id', 'in', orderIds)
    .where('c.status', '<>', 'void')
    .where('c.status', '<>', 'replaced')
    .orderBy('c.id')
    .execute();
  // Of a final and its draft amendment, the draft is the one being worked on.
  const latest = new Map<number, DocumentRow>();
  for (const r of rows) {
    const seen = latest.get(r.root_id);
    if (!seen || r.version > seen.version) latest.set(r.root_id, r);
  }
  return [...latest.values()];
}
