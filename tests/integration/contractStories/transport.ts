// The contract-tables story of the transport area: the setup (carriers, services, rules, an S10
// range, each kind imported from a file), then order a booked with S10 numbers from the range
// (declared -> booked, waybill into its filing), and an order of its own booked from a carrier's
// file of numbers. Leaves order a booked.
import type { CoreApp } from '../../../electron/core/app';
import { readyOrders } from '../flow/readyOrders';
import type { StoryWorld } from './run';

async function finalDeclaration(core: CoreApp, orderId: number): Promise<number> {
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

export async function transportStory({ run, core }: StoryWorld, orderId: number): Promise<void> {
  const carrier = await run('transport.saveCarrier', {
    code: 'STORYPOST',
    name: 'Story Post',
    kind: 'postal',
    numberPattern: '',
    trackingUrl: 'https://post.example/track/{number}',
    active: true,
  });
  const { services: _services, ...edited } = carrier;
  await run('transport.saveCarrier', { ...edited, name: 'Story Post Office' });
  const service = await run('transport.saveService', {
    carrierId: carrier.id,
    code: 'CP',
    name: 'Story parcel',
    s10Indicator: 'CP',
    countries: ['*'],
    maxParcelKg: '30',
    maxValue: '',
    valueCurrency: '',
    maxLengthCm: '150',
    maxLengthGirthCm: '300',
    cutoff: '17:00',
    active: true,
  });
  await run('transport.carriers', {});
  const rule = await run('transport.saveRule', {
    position: 1,
    match: 'contains',
    pattern: '',
    method: '',
    countries: ['*'],
    serviceId: service.id,
    note: 'Everything by Story Post',
    active: true,
  });
  const { id: _id, carrierName: _c, serviceName: _s, ...ruleInput } = rule;
  const spare = await run('transport.saveRule', { ...ruleInput, method: '', position: 2, note: 'Spare' });
  await run('transport.deleteRule', { id: spare.id });
  await run('transport.rules', {});
  await run('transport.saveRange', {
    carrierId: carrier.id,
    indicator: 'CP',
    country: 'ES',
    firstSerial: 10_000_000,
    lastSerial: 10_000_999,
    warnRemaining: 100,
    active: true,
  });
  await run('transport.ranges', {});

  await run('transport.import', { kind: 'carriers', csv: 'code,name,kind,number_pattern\nSTORYX,Story Express,express,^\\d{9}$\n' });
  await run('transport.import', { kind: 'services', csv: 'carrier,code,name,countries,max_parcel_kg\nSTORYX,STD,Story Standard,EU,30\n' });
  await run('transport.import', {
    kind: 'rules',
    csv: 'position,match,pattern,method,countries,carrier,service,note\n900,word,storyx,,EU,STORYX,STD,Imported\n',
  });

  await run('transport.waiting', {});
  await run('transport.propose', { orderId });
  await run('transport.check', { orderId, serviceId: service.id });
  const booked = await run('transport.book', { orderId });
  if (!booked.waybill.startsWith('CP')) throw new Error(`order ${orderId} was booked with ${booked.waybill}, not from the S10 range`);

  // A second order, booked from a carrier's file.
  const { orderIds } = await readyOrders(core, { orders: 1, prefix: 'TRN-' });
  const other = orderIds[0]!;
  await run('filing.file', { declarationId: await finalDeclaration(core, other), office: 'ES004611', filedAt: '2026-12-04T09:40:00.000Z' });
  const express = (await run('transport.carriers', {})).find((c) => c.code === 'STORYX')!.services[0]!;
  const { order } = await run('orders.get', { id: other });
  const imported = await run('transport.importNumbers', { serviceId: express.id, csv: `order number,tracking number\n${order.orderNumber},123456789\n` });
  if (!imported.ok) throw new Error(`the numbers file was refused: ${JSON.stringify(imported.errors)}`);

  // A third, booked with the clerk's "book the selected" (its proposed service, from the S10 range).
  const third = (await readyOrders(core, { orders: 1, prefix: 'TRW-' })).orderIds[0]!;
  await run('filing.file', { declarationId: await finalDeclaration(core, third), office: 'ES004611', filedAt: '2026-12-04T09:50:00.000Z' });
  const wave = await run('transport.bookProposed', { orderIds: [third] });
  if (wave.booked.length !== 1) throw new Error(`the selection booking refused order ${third}: ${JSON.stringify(wave.refused)}`);

  await run('transport.shipments', { search: '' });
  await run('transport.ofOrder', { orderId });
  await run('transport.showWaybill', { orderId });
}
