// The contract-tables story of the returns area: the return path, on orders of its own (order a has
// gone on to delivery by now). Four orders ready to declare: one cancelled while booked on an open
// manifest (papers voided, filing withdrawn, shipment called off, parcels unloaded) and restocked,
// one cancelled and written off, one refused at customs and restocked (the order becomes returned),
// one sent back by the carrier after dispatch and written off.
import { readyOrders } from '../flow/readyOrders';
import { bookedOnManifest, sentBack } from '../returns/bookedOnManifest';
import type { StoryWorld } from './run';

export async function returnsStory({ run, core }: StoryWorld, _orderId: number): Promise<void> {
  const { orderIds, declarationOf } = await readyOrders(core, { orders: 4, prefix: 'RTS-' });
  const [booked, ready, rejected, undeliverable] = orderIds as [number, number, number, number];
  await bookedOnManifest(core.db, booked, declarationOf.get(booked)!, 'story');
  await run('orders.cancel', { id: booked, reason: 'Buyer withdrew' });
  await run('orders.cancel', { id: ready, reason: 'Duplicate order' });
  // Steps 6 and 7 open these returns; until their commands exist, the test-only fixture does.
  const refusedAtCustoms = await sentBack(core.db, rejected, 'customsRejected');
  const cameBack = await sentBack(core.db, undeliverable, 'undeliverable', true);

  const open = await run('returns.list', { status: 'open' });
  await run('returns.list', {});
  const first = open.find((r) => r.orderId === booked)!;
  const second = open.find((r) => r.orderId === ready)!;
  await run('returns.get', { id: first.id });
  await run('returns.restock', { returnId: first.id, binCode: 'CT-01' });
  await run('returns.writeOff', { returnId: second.id, reason: 'Packaging crushed' });
  await run('returns.restock', { returnId: refusedAtCustoms, binCode: 'CT-01' });
  await run('returns.writeOff', { returnId: cameBack, reason: 'Lost by the carrier' });
  await run('returns.get', { id: cameBack });
}
