// The documents list for the office: every version, filtered by status and type, searched by
// document number or order number, newest first.
import { sql } from 'kysely';
import type { DocumentSummary } from '../../../shared/api/contracts/customs';
import type { DocumentStatus, DocumentType } from '../../../shared/schemas/customs';
import type { Db } from '../audit/auditRepository';
import { ordersOf, summaryOf } from './documentRepository';

export async function listDocuments(
  db: Db,
  query: { search: string; offset: number; limit: number; status?: DocumentStatus; type?: DocumentType },
): Promise<{ rows: DocumentSummary[]; total: number }> {
  let q = db.selectFrom('customs_documents as c');
  if (query.status) q = q.where('c.status', '=', query.status);
  if (query.type) q = q.where('c.type', '=', query.type);
  const search = query.search.trim();
  if (search) {
    // instr, not LIKE: what the user types is matched as text, '%' and '_' included.
    const needle = search.toLowerCase();
    q = q.where((eb) =>
      eb.or([
        eb(sql`instr(lower(c.number), ${needle})`, '>', 0),
        eb.exists(
          eb
            .selectFrom('customs_document_orders as d')
            .innerJoin('orders as o', 'o.id', 'd.order_id')
            .select('d.order_id')
            .whereRef('d.document_id', '=', 'c.id')
            .where(sql`instr(lower(o.order_number), ${needle})`, '>', 0),
        ),
      ]),
    );
  }
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q.selectAll('c').orderBy('c.updated_at', 'desc').orderBy('c.id', 'desc').limit(query.limit).offset(query.offset).execute();
  const orders = await ordersOf(
    db,
    rows.map((r) => r.id),
  );
  return { rows: rows.map((r) => summaryOf(r, orders.get(r.id))), total: Number(total) };
}
