// The life of a customs document: created prefilled from packed orders, saved as a draft while the
// broker types, checked, finalised (numbered from its series, frozen, who and when recorded),
// amended into a new version that replaces it when finalised, or voided with a reason.
import type { CustomsDocument, DocumentCheck } from '../../../shared/api/contracts/customs';
import { DOCUMENT_KINDS } from '../../../shared/documents/customs/registry';
import { checkDocument } from '../../../shared/domain/customs/check';
import type { CheckedDocument } from '../../../shared/domain/customs/consistency';
import type { Problem } from '../../../shared/domain/customs/problems';
import { documentTotals } from '../../../shared/domain/customs/totals';
import type { AnyDocumentData, DocumentLanguage, DocumentType } from '../../../shared/schemas/customs';
import type { Paper } from '../../../shared/documents/html';
import { AppError } from '../api/errors';
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit } from '../audit/auditRepository';
import { buildDocumentData } from './builders';
import { type CheckFacts, loadCheckFacts } from './checkFacts';
import { type DocumentRow, currentDocumentsOf, dataOf, findRow, loadDocument, ordersOf } from './documentRepository';
import { nextNumber } from './numbering';
import { markReadyOrders } from './readiness';
import { loadDocumentSources } from './sources';

const TYPE_NAMES: Record<DocumentType, string> = {
  declaration: 'export declaration',
  invoice: 'commercial invoice',
  contract: 'sales contract',
  packing_list: 'packing list',
  postal: 'CN 22/CN 23',
};

/** One audit entry per order the document covers, so each order's history shows its papers. */
async function auditOrders(db: Db, orderIds: number[], action: string, after: Record<string, unknown>, stamp: Stamp) {
  await appendAudit(
    db,
    orderIds.map((id) => ({ entity: 'order', entityId: id, action, after, ...stamp })),
  );
}

export async function createDocument(
  db: Db,
  input: { type: DocumentType; orderIds: number[]; lang: DocumentLanguage; paper: Paper },
  stamp: Stamp,
): Promise<{ id: number }> {
  const orderIds = [...new Set(input.orderIds)].sort((a, b) => a - b);
  const sources = await loadDocumentSources(db, orderIds);
  // One current document of a kind per order: a second would split what customs sees.
  const existing = (await currentDocumentsOf(db, orderIds)).find((r) => r.type === input.type);
  if (existing) {
    const orders = (await ordersOf(db, [existing.id])).get(existing.id);
    throw new AppError(
      'customsErrors.alreadyExists',
      `Order ${orders?.numbers.join(', ') ?? ''} already has a ${TYPE_NAMES[input.type]} (document ${existing.id}). Open it, or void it first to start again.`,
      { id: existing.id, order: orders?.numbers.join(', ') ?? '' },
    );
  }
  const content = buildDocumentData(sources, input.type, input.lang, stamp);
  const { id } = await db
    .insertInto('customs_documents')
    .values({
      type: input.type,
      status: 'draft',
      version: 1,
      root_id: 0,
      replaces_id: null,
      number: '',
      lang: input.lang,
      paper: input.paper,
      data: JSON.stringify(content.data),
      revision: 0,
      created_at: stamp.at,
      created_by: stamp.actor,
      updated_at: stamp.at,
      finalised_at: null,
      finalised_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('customs_documents').set({ root_id: id }).where('id', '=', id).execute();
  await db
    .insertInto('customs_document_orders')
    .values(orderIds.map((order_id) => ({ document_id: id, order_id })))
    .execute();
  await auditOrders(db, orderIds, 'documentCreated', { documentId: id, type: input.type }, stamp);
  return { id };
}

const notDraft = (row: DocumentRow) =>
  new AppError('customsErrors.notDraft', `Document ${row.number || row.id} is ${row.status}: it can no longer change. Amend it to make a new version.`, {
    id: row.id,
    number: row.number,
    status: row.status,
  });

export async function saveDraft(
  db: Db,
  input: { id: number; revision: number; lang?: DocumentLanguage; paper?: Paper; content: AnyDocumentData },
  stamp: Stamp,
): Promise<{ revision: number; updatedAt: string }> {
  const row = await findRow(db, input.id);
  if (row.status !== 'draft') throw notDraft(row);
  if (input.content.type !== row.type) {
    throw new AppError('customsErrors.wrongType', `Document ${row.id} is a ${TYPE_NAMES[row.type as DocumentType]}, not a ${TYPE_NAMES[input.content.type]}.`, {
      id: row.id,
    });
  }
  if (input.revision !== row.revision) {
    throw new AppError(
      'customsErrors.staleRevision',
      `Document ${row.id} was changed in another window since you opened it. Reload it to see the latest version; your typing is kept on this computer.`,
      { id: row.id },
    );
  }
  const revision = row.revision + 1;
  // Guarded by the revision too: two saves racing on the same revision cannot both land.
  const result = await db
    .updateTable('customs_documents')
    .set({
      data: JSON.stringify(input.content.data),
      lang: input.lang ?? row.lang,
      paper: input.paper ?? row.paper,
      revision,
      updated_at: stamp.at,
    })
    .where('id', '=', row.id)
    .where('revision', '=', row.revision)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1)
    throw new AppError('customsErrors.staleRevision', `Document ${row.id} was changed in another window.`, { id: row.id });
  return { revision, updatedAt: stamp.at };
}

/** Everything the checks find on a document, with its live totals. */
export async function checkStoredDocument(db: Db, id: number): Promise<DocumentCheck & { row: DocumentRow; orderIds: number[]; facts: CheckFacts }> {
  const row = await findRow(db, id);
  const doc = dataOf(row);
  const orderIds = (await ordersOf(db, [id])).get(id)?.ids ?? [];
  const others: CheckedDocument[] = (await currentDocumentsOf(db, orderIds)).filter((r) => r.root_id !== row.root_id).map((r) => ({ id: r.id, ...dataOf(r) }));
  const facts = await loadCheckFacts(db, orderIds);
  const problems = checkDocument({
    doc: { id, ...doc },
    others,
    parcels: facts.parcels,
    rules: facts.rules,
    profile: facts.profile,
    country: facts.country,
    method: facts.method,
  });
  const t = documentTotals(doc);
  const totals: Record<string, string> = {
    goods: t.goods,
    freight: t.freight,
    insurance: t.insurance,
    otherCosts: t.otherCosts,
    total: t.total,
    quantity: t.quantity,
    netKg: t.netKg,
    grossKg: t.grossKg,
    items: String(t.items),
    currency: t.currency,
  };
  return { problems, totals, row, orderIds, facts };
}

const asIssues = (problems: Problem[]) => problems.map((p) => ({ path: p.path, code: p.code, ...(p.params ? { params: p.params } : {}) }));

export async function finaliseDocument(
  db: Db,
  input: { id: number; revision: number; overrides: { key: string; reason: string }[] },
  stamp: Stamp,
): Promise<CustomsDocument> {
  const { problems, row, orderIds, facts } = await checkStoredDocument(db, input.id);
  if (row.status !== 'draft') throw notDraft(row);
  if (input.revision !== row.revision) {
    throw new AppError('customsErrors.staleRevision', `Document ${row.id} was changed in another window since you checked it. Reload it and finalise again.`, {
      id: row.id,
    });
  }
  const blocking = problems.filter((p) => p.severity === 'error' && !p.overridable);
  if (blocking.length > 0) {
    throw new AppError(
      'customsErrors.cannotFinalise',
      `This document cannot be finalised yet: ${blocking.length} problem(s) must be fixed first (see the problems list, each links to its field).`,
      { count: blocking.length },
      asIssues(blocking),
    );
  }
  const given = new Map(input.overrides.map((o) => [o.key, o.reason]));
  const mismatches = problems.filter((p) => p.severity === 'error' && p.overridable);
  const open = mismatches.filter((p) => !given.get(p.key)?.trim());
  if (open.length > 0) {
    throw new AppError(
      'customsErrors.mismatchesOpen',
      `${open.length} problem(s) that can be accepted are still open (mismatches with other documents or destination rules): correct them, or give a written reason to accept each one.`,
      { count: open.length },
      asIssues(open),
    );
  }

  const doc = dataOf(row);
  const kind = DOCUMENT_KINDS[row.type as DocumentType];
  // An amendment keeps the number of the document it amends; version 1 takes the next of its series.
  const number = row.number || (await nextNumber(db, kind.series, facts.profile.series[kind.series], Number(stamp.at.slice(0, 4))));
  await db
    .updateTable('customs_documents')
    .set({ status: 'final', number, finalised_at: stamp.at, finalised_by: stamp.actor, updated_at: stamp.at, revision: row.revision + 1 })
    .where('id', '=', row.id)
    .where('status', '=', 'draft')
    .execute();
  if (row.replaces_id !== null) {
    await db.updateTable('customs_documents').set({ status: 'replaced', updated_at: stamp.at }).where('id', '=', row.replaces_id).execute();
  }
  const accepted = mismatches.map((p) => ({ key: p.key, reason: given.get(p.key)!.trim() }));
  if (accepted.length > 0) {
    await db
      .insertInto('customs_overrides')
      .values(accepted.map((o) => ({ document_id: row.id, problem_key: o.key, reason: o.reason, created_at: stamp.at, created_by: stamp.actor })))
      .execute();
  }
  await appendAudit(db, [
    {
      entity: 'customsDocument',
      entityId: row.root_id,
      action: 'documentFinalised',
      after: { id: row.id, type: row.type, number, version: row.version, goods: documentTotals(doc).goods, overrides: accepted },
      ...stamp,
    },
  ]);
  await auditOrders(db, orderIds, 'documentFinalised', { documentId: row.id, type: row.type, number, version: row.version, overrides: accepted }, stamp);
  await markReadyOrders(db, orderIds, stamp, facts.rules);
  return loadDocument(db, row.id);
}

export async function amendDocument(db: Db, id: number, stamp: Stamp): Promise<{ id: number }> {
  const row = await findRow(db, id);
  if (row.status !== 'final') {
    throw new AppError('customsErrors.notFinal', `Only a final document can be amended; document ${row.number || row.id} is ${row.status}.`, {
      id: row.id,
      status: row.status,
    });
  }
  const draft = await db
    .selectFrom('customs_documents')
    .select(['id', 'version'])
    .where('root_id', '=', row.root_id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (draft) {
    throw new AppError(
      'customsErrors.alreadyAmended',
      `Document ${row.number} already has a draft version ${draft.version} (document ${draft.id}): continue that one.`,
      {
        id: draft.id,
        number: row.number,
        version: draft.version,
      },
    );
  }
  const orderIds = (await ordersOf(db, [id])).get(id)?.ids ?? [];
  const { id: newId } = await db
    .insertInto('customs_documents')
    .values({
      type: row.type,
      status: 'draft',
      version: row.version + 1,
      root_id: row.root_id,
      replaces_id: row.id,
      number: row.number,
      lang: row.lang,
      paper: row.paper,
      data: row.data,
      revision: 0,
      created_at: stamp.at,
      created_by: stamp.actor,
      updated_at: stamp.at,
      finalised_at: null,
      finalised_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('customs_document_orders')
    .values(orderIds.map((order_id) => ({ document_id: newId, order_id })))
    .execute();
  await auditOrders(db, orderIds, 'documentAmended', { documentId: newId, replaces: row.id, number: row.number, version: row.version + 1 }, stamp);
  return { id: newId };
}

export async function voidDocument(db: Db, id: number, reason: string, stamp: Stamp): Promise<CustomsDocument> {
  const row = await findRow(db, id);
  const orderIds = (await ordersOf(db, [id])).get(id)?.ids ?? [];
  if (row.status === 'replaced' || row.status === 'void') {
    throw new AppError('customsErrors.cannotVoid', `Document ${row.number || row.id} is ${row.status} already.`, { id: row.id, status: row.status });
  }
  if (row.status === 'final') {
    // Once an order is ready to declare (or declared), its final papers are what customs relies on:
    // they are corrected by amendment, never withdrawn.
    const moved = await db
      .selectFrom('orders')
      .select(['order_number', 'status'])
      .where('id', 'in', orderIds)
      .where('status', '<>', 'packed')
      .executeTakeFirst();
    if (moved) {
      throw new AppError(
        'customsErrors.voidAfterReady',
        `Order ${moved.order_number} is ${moved.status}: its final documents can only be amended, not voided.`,
        { order: moved.order_number, status: moved.status },
      );
    }
  }
  await db.updateTable('customs_documents').set({ status: 'void', void_reason: reason, updated_at: stamp.at }).where('id', '=', id).execute();
  await auditOrders(db, orderIds, 'documentVoided', { documentId: id, type: row.type, number: row.number, version: row.version, reason }, stamp);
  return loadDocument(db, id);
}
