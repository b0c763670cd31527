// Reads filings: one row per filing version, the orders each covers, its chain of corrections and
// what an order's page shows (the filing in force and the declaration it could file now).
import { sql } from 'kysely';
import type { FilingDetail, FilingStatus, FilingSummary, OrderFiling } from '../../../shared/api/contracts/filing';
import { type OrderStatus, UNDER_SUPERVISION } from '../../../shared/domain/orderStatus';
import type { DocumentType } from '../../../shared/schemas/customs';
import { notFound } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import { filingNotFound } from './errors';
import { parseSnapshot } from './snapshot';
import type { FilingRow } from './tables';

/** Customs documents that are filed with customs: the export declaration, or the CN 22/23 of a postal consignment. */
export const FILEABLE_TYPES: readonly DocumentType[] = ['declaration', 'postal'];

export async function findFiling(db: Db, id: number): Promise<FilingRow> {
  const row = await db.selectFrom('declaration_filings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw filingNotFound(id);
  return row;
}

/** The order's filing in force (status 'filed'), if it has one. */
export async function liveFilingOfOrder(db: Db, orderId: number): Promise<FilingRow | undefined> {
  return db
    .selectFrom('declaration_filings as f')
    .innerJoin('declaration_filing_orders as o', 'o.filing_id', 'f.id')
    .selectAll('f')
    .where('o.order_id', '=', orderId)
    .where('f.status', '=', 'filed')
    .orderBy('f.id', 'desc')
    .executeTakeFirst();
}

export async function filingOrders(db: Db, filingIds: number[]): Promise<Map<number, { ids: number[]; numbers: string[] }>> {
  const out = new Map<number, { ids: number[]; numbers: string[] }>();
  if (filingIds.length === 0) return out;
  const rows = await db
    .selectFrom('declaration_filing_orders as f')
    .innerJoin('orders as o', 'o.id', 'f.order_id')
    .select(['f.filing_id', 'o.id', 'o.order_number'])
    .where('f.filing_id', 'in', filingIds)
    .orderBy('o.id')
    .execute();
  for (const r of rows) {
    const entry = out.get(r.filing_id) ?? { ids: [], numbers: [] };
    entry.ids.push(r.id);
    entry.numbers.push(r.order_number);
    out.set(r.filing_id, entry);
  }
  return out;
}

async function summaries(db: Db, rows: FilingRow[]): Promise<FilingSummary[]> {
  if (rows.length === 0) return [];
  const orders = await filingOrders(
    db,
    rows.map((r) => r.id),
  );
  const docs = await db
    .selectFrom('customs_documents')
    .select(['id', 'number', 'type', 'version'])
    .where(
      'id',
      'in',
      rows.map((r) => r.declaration_id),
    )
    .execute();
  const docOf = new Map(docs.map((d) => [d.id, d]));
  return rows.map((r) => {
    const doc = docOf.get(r.declaration_id);
    return {
      id: r.id,
      declarationId: r.declaration_id,
      number: doc?.number ?? '',
      documentType: (doc?.type ?? 'declaration') as DocumentType,
      version: r.version,
      documentVersion: doc?.version ?? 0,
      status: r.status,
      office: r.office,
      filedAt: r.filed_at,
      reference: r.reference,
      referenceAt: r.reference_at,
      transportDocument: r.transport_document,
      orderIds: orders.get(r.id)?.ids ?? [],
      orderNumbers: orders.get(r.id)?.numbers ?? [],
      createdAt: r.created_at,
      createdBy: r.created_by,
    };
  });
}

export async function loadFiling(db: Db, id: number): Promise<FilingDetail> {
  const row = await findFiling(db, id);
  const [summary] = await summaries(db, [row]);
  const chainRows = await db
    .selectFrom('declaration_filings as f')
    .innerJoin('customs_documents as c', 'c.id', 'f.declaration_id')
    .select(['f.id', 'f.version', 'f.status', 'f.filed_at', 'f.reference', 'f.replaces_id', 'c.version as documentVersion'])
    .where('f.root_id', '=', row.root_id)
    .orderBy('f.version')
    .execute();
  const snapshot = parseSnapshot(row.snapshot);
  return {
    ...summary!,
    replacesId: row.replaces_id,
    replacedById: chainRows.find((c) => c.replaces_id === row.id)?.id ?? null,
    withdrawnReason: row.withdrawn_reason,
    documents: snapshot.documents.map(({ data: _data, ...doc }) => doc),
    chain: chainRows.map((c) => ({
      id: c.id,
      version: c.version,
      status: c.status as FilingStatus,
      filedAt: c.filed_at,
      reference: c.reference,
      documentVersion: c.documentVersion,
    })),
  };
}

export async function listFilings(
  db: Db,
  query: { status?: FilingStatus; awaitingReference?: boolean; search: string; offset: number; limit: number },
): Promise<{ rows: FilingSummary[]; total: number }> {
  let q = db.selectFrom('declaration_filings as f');
  if (query.status) q = q.where('f.status', '=', query.status);
  // A replaced or withdrawn filing never gets its reference: only those in force wait for one.
  if (query.awaitingReference) q = q.where('f.status', '=', 'filed').where('f.reference', '=', '');
  const search = query.search.trim();
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // The reference, the office, the declaration's number or one of its orders' numbers.
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`f.reference like ${like} escape '\\'`,
        sql<boolean>`f.office like ${like} escape '\\'`,
        eb.exists(
          eb
            .selectFrom('customs_documents as c')
            .select('c.id')
            .whereRef('c.id', '=', 'f.declaration_id')
            .where(sql<boolean>`c.number like ${like} escape '\\'`),
        ),
        eb.exists(
          eb
            .selectFrom('declaration_filing_orders as fo')
            .innerJoin('orders as o', 'o.id', 'fo.order_id')
            .select('fo.order_id')
            .whereRef('fo.filing_id', '=', 'f.id')
            .where(sql<boolean>`o.order_number like ${like} escape '\\'`),
        ),
      ]),
    );
  }
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll('f').orderBy('f.filed_at', 'desc').orderBy('f.id', 'desc').offset(query.offset).limit(query.limit).execute();
  return { rows: await summaries(db, rows), total: Number(n) };
}

/** What the order's page shows of step 4. */
export async function orderFiling(db: Db, orderId: number): Promise<OrderFiling> {
  const order = await db.selectFrom('orders').select(['id', 'status']).where('id', '=', orderId).executeTakeFirst();
  if (!order) throw notFound('Order', orderId);
  const rows = await db
    .selectFrom('declaration_filings as f')
    .innerJoin('declaration_filing_orders as o', 'o.filing_id', 'f.id')
    .selectAll('f')
    .where('o.order_id', '=', orderId)
    .orderBy('f.id', 'desc')
    .execute();
  const live = rows.find((r) => r.status === 'filed');
  // A final declaration of the order that was never filed: the first filing, or a correction.
  const candidates = await db
    .selectFrom('customs_documents as c')
    .innerJoin('customs_document_orders as d', 'd.document_id', 'c.id')
    .select(['c.id', 'c.type', 'c.number', 'c.version', 'c.root_id'])
    .where('d.order_id', '=', orderId)
    .where('c.status', '=', 'final')
    .where('c.type', 'in', [...FILEABLE_TYPES])
    // root_id as well as declaration_id: the root is what declaration_filings is indexed by.
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('declaration_filings as f').select('f.id').whereRef('f.root_id', '=', 'c.root_id').whereRef('f.declaration_id', '=', 'c.id')),
      ),
    )
    .orderBy('c.id')
    .execute();
  // While a filing is in force only a newer version of the same declaration can be filed (a correction).
  const status = order.status as OrderStatus;
  const fileable = live
    ? UNDER_SUPERVISION.includes(status)
      ? candidates.find((c) => c.root_id === live.root_id)
      : undefined
    : status === 'documents_ready'
      ? (candidates.find((c) => c.type === 'declaration') ?? candidates[0])
      : undefined;
  return {
    orderId,
    orderStatus: status,
    live: live ? await loadFiling(db, live.id) : null,
    history: await summaries(db, rows),
    fileable: fileable
      ? { id: fileable.id, type: fileable.type as DocumentType, number: fileable.number, version: fileable.version, correction: live !== undefined }
      : null,
  };
}
