// The contract-tables story of the filing area: files order a's final declaration (documents_ready -> declared), and leaves it filed;
// then files a second order's declaration as a batch.
import { readyOrders } from '../flow/readyOrders';
import type { StoryWorld } from './run';

export async function filingStory({ run, core }: StoryWorld, orderId: number): Promise<void> {
  const { documents } = await run('customs.orderDocuments', { orderId });
  const declaration = documents.find((d) => d.type === 'declaration' && d.status === 'final');
  if (!declaration) throw new Error(`order ${orderId} has no final declaration to file`);
  await run('filing.ofOrder', { orderId });
  const { filingId } = await run('filing.file', { declarationId: declaration.id, office: 'ES004611', filedAt: '2026-12-04T09:30:00.000Z' });
  await run('filing.setReference', { filingId, reference: '26ES00461100000001' });
  await run('filing.list', { search: '26ES' });
  await run('filing.get', { id: filingId });
  await run('filing.ofOrder', { orderId });
  await run('filing.show', { id: filingId });

  // A broker's batch: another ready order filed from the selection of the filed declarations page.
  const batch = (await readyOrders(core, { orders: 1, prefix: 'FLB-' })).orderIds;
  const filed = await run('filing.fileOrders', { orderIds: batch, office: 'ES004611', filedAt: '2026-12-04T09:35:00.000Z' });
  if (filed.filed.length !== 1) throw new Error(`the batch filing refused: ${JSON.stringify(filed.refused)}`);
}
