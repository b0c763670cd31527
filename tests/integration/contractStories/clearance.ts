// The contract-tables story of the clearance area: order a arrives booked; customs holds it (read
// from a file, then held again by hand) and releases it, leaving it cleared. Two orders of its own
// are rejected, one by hand and one by file, so the rejection's writes (shipment called off, return
// opened) run too. The list and the order's outcomes are read along the way.
import type { CoreApp } from '../../../electron/core/app';
import { bookByHand } from '../clearance/bookedOrders';
import { readyOrders } from '../flow/readyOrders';
import type { Run, StoryWorld } from './run';

/** The order's final declaration, to file it. */
async function declarationOf(core: CoreApp, orderId: number): Promise<number> {
  const row = await core.db
    .selectFrom('customs_documents as c')
    .innerJoin('customs_document_orders as d', 'd.document_id', 'c.id')
    .select('c.id')
    .where('d.order_id', '=', orderId)
    .where('c.type', '=', 'declaration')
    .where('c.status', '=', 'final')
    .orderBy('c.id', 'desc')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The order booked with a live filing. Steps 4 and 5 leave order a so in their stories; until they
 * do (and for this story's own orders), it is filed through filing.file and booked by the test-only
 * fixture, as transport's bookShipment will.
 */
async function booked(run: Run, core: CoreApp, orderId: number, reference: string): Promise<{ filingId: number; filedAt: string; reference: string }> {
  const status = async () => (await core.db.selectFrom('orders').select('status').where('id', '=', orderId).executeTakeFirstOrThrow()).status;
  if ((await status()) === 'documents_ready') {
    await run('filing.file', { declarationId: await declarationOf(core, orderId), office: 'ES280101', filedAt: '2026-12-01T10:00:00.000Z', reference });
  }
  if ((await status()) === 'declared') await bookByHand(core, orderId, `CLR-${orderId}`);
  const filing = await core.db
    .selectFrom('declaration_filings as f')
    .innerJoin('declaration_filing_orders as o', 'o.filing_id', 'f.id')
    .innerJoin('customs_documents as c', 'c.id', 'f.declaration_id')
    .select(['f.id', 'f.filed_at', 'f.reference', 'c.number'])
    .where('o.order_id', '=', orderId)
    .where('f.status', '=', 'filed')
    .executeTakeFirstOrThrow();
  return { filingId: filing.id, filedAt: filing.filed_at, reference: filing.reference || filing.number };
}

export async function clearanceStory({ run, core }: StoryWorld, orderId: number): Promise<void> {
  const a = await booked(run, core, orderId, 'CT-MRN-A');
  const day = a.filedAt.slice(0, 10);
  await run('clearance.list', {});
  await run('clearance.list', { filter: 'all', search: a.reference });

  // Customs' file holds order a; the broker records a second request by hand, then the release.
  const file = `Declaration reference,Outcome,Date,Note,Requested,Due date\n${a.reference},retenido,${day},,Signed invoice,${day}\n`;
  await run('clearance.importPreview', { fileName: 'aduana.csv', text: file });
  await run('clearance.importCommit', { fileName: 'aduana.csv', text: file });
  await run('clearance.record', { filingId: a.filingId, outcome: 'held', decidedAt: a.filedAt, requested: 'Physical inspection', dueDate: day });
  await run('clearance.record', { filingId: a.filingId, outcome: 'released', decidedAt: a.filedAt, presented: 'Signed invoice', presentedAt: day });
  await run('clearance.ofOrder', { orderId });

  // Two orders of the story's own, refused at customs: one by hand, one by file.
  const { orderIds } = await readyOrders(core, { orders: 2, prefix: 'CLR-' });
  const [byHand, byFile] = orderIds as [number, number];
  const h = await booked(run, core, byHand, 'CT-MRN-H');
  const f = await booked(run, core, byFile, 'CT-MRN-F');
  await run('clearance.record', { filingId: h.filingId, outcome: 'rejected', decidedAt: h.filedAt, reason: 'Goods under embargo' });
  const rejections = `reference,outcome,date,note\n${f.reference},rechazado,${f.filedAt.slice(0, 10)},Prohibited goods\n`;
  await run('clearance.importCommit', { fileName: 'rechazo.csv', text: rejections });
  await run('clearance.list', { filter: 'rejected' });
}
