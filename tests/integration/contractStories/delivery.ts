// The contract-tables story of the delivery area: loads order a's parcel on a manifest (scanned,
// unloaded, scanned again), prints it, departs (dispatch), confirms a's delivery by hand; a second
// order of its own goes out with a and comes back undeliverable through the carrier's status file.
import { clearOrder } from '../delivery/clearedOrders';
import { readyOrders } from '../flow/readyOrders';
import type { StoryWorld } from './run';

export async function deliveryStory({ run, core }: StoryWorld, orderId: number): Promise<void> {
  // Until steps 4 to 6 carry order a to 'cleared' in their stories, the test-only fixture does
  // (it keeps the shipment transport booked, if any).
  const a = await clearOrder(core.db, orderId, 'DLV');
  const { orderIds } = await readyOrders(core, { orders: 1, prefix: 'DLV-' });
  // The second order goes with a's carrier, whichever booked a (transport's story or the fixture).
  const carrier = await core.db.selectFrom('carriers').select('code').where('id', '=', a.carrierId).executeTakeFirstOrThrow();
  const back = await clearOrder(core.db, orderIds[0]!, carrier.code);
  if (back.carrierId !== a.carrierId) throw new Error('the story needs both orders with one carrier');

  await run('delivery.manifests', {});
  const m = await run('delivery.createManifest', {
    carrierId: a.carrierId,
    vehiclePlate: '4821 KLM',
    driver: 'Juan Gómez',
    plannedDeparture: '2026-12-04T16:30',
  });
  await run('delivery.scan', { manifestId: m.id, code: a.trackingNumbers[0]! });
  await run('delivery.unload', { manifestId: m.id, parcelId: a.parcelIds[0]! });
  for (const code of [...a.trackingNumbers, ...back.trackingNumbers]) await run('delivery.scan', { manifestId: m.id, code });
  await run('delivery.manifest', { id: m.id });
  await run('delivery.showManifest', { id: m.id, paper: 'A4' });
  await run('delivery.depart', { id: m.id });
  await run('delivery.inTransit', {});
  await run('delivery.confirm', { orderId, deliveredAt: '2026-12-06T11:20', receiver: 'Lucía Fernández' });
  const file = `Tracking number,Status,Date,Receiver\n${back.trackingNumbers[0]},Undeliverable,2026-12-07,\n${a.trackingNumbers[0]},Delivered,2026-12-06,Lucía Fernández\n`;
  await run('delivery.importStatusPreview', { fileName: 'status.csv', text: file });
  await run('delivery.importStatus', { fileName: 'status.csv', text: file });
  await run('delivery.order', { orderId });
}
