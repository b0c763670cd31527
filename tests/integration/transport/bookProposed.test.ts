// "Book the selected with their proposed service": each order booked on its own with what the rules
// propose; an order the rules cannot book stays waiting with its reason, the others go ahead.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { isValidS10 } from '../../../shared/domain/s10';
import { readyOrders } from '../flow/readyOrders';
import { call, startCore, tempRoot } from '../support/core';
import { declaredOrders, serviceId } from './declaredOrders';

const tmp = tempRoot();
let core: CoreApp;
let declared: number[];
let notFiled: number;
const count = async (table: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(core.db)).rows[0]!.n);
const statusOf = async (id: number) => (await call(core, 'orders.get', { id })).status;

beforeAll(async () => {
  core = await startCore(tmp.next());
  declared = await declaredOrders(core, { orders: 2 });
  notFiled = (await readyOrders(core, { orders: 1, prefix: 'NF-' })).orderIds[0]!;
}, 120_000);
afterAll(async () => {
  await core?.close();
  tmp.cleanup();
});

describe('booking a selection with the proposed services', () => {
  it('leaves every order waiting, each with why, when the proposed courier needs typed numbers', async () => {
    const result = await call(core, 'transport.bookProposed', { orderIds: declared });
    expect(result.booked).toEqual([]);
    expect(result.refused.map((r) => r.orderId)).toEqual(declared);
    for (const r of result.refused) expect(r.code).toMatch(/^transportErrors\./);
    expect(await count('shipments')).toBe(0);
    for (const id of declared) expect(await statusOf(id)).toBe('declared');
  });

  it('books the declared orders from the S10 range and refuses, alone, the order not yet declared', async () => {
    const correos = (await call(core, 'transport.carriers', {})).find((c) => c.code === 'CORREOS')!;
    await call(core, 'transport.saveRange', {
      carrierId: correos.id,
      indicator: 'CP',
      country: 'ES',
      firstSerial: 47312480,
      lastSerial: 47312999,
      warnRemaining: 10,
      active: true,
    });
    await call(core, 'transport.saveRule', {
      position: 1,
      match: 'contains',
      pattern: '',
      method: '',
      countries: ['*'],
      serviceId: await serviceId(core, 'CORREOS', 'CP'),
      note: 'Everything by post parcel',
      active: true,
    });
    const result = await call(core, 'transport.bookProposed', { orderIds: [declared[0]!, notFiled, declared[1]!] });
    expect(result.booked.map((b) => b.orderId)).toEqual(declared);
    for (const b of result.booked) expect(isValidS10(b.waybill)).toBe(true);
    expect(new Set(result.booked.map((b) => b.waybill)).size).toBe(2);
    expect(result.refused).toEqual([expect.objectContaining({ orderId: notFiled, code: 'transportErrors.notDeclared' })]);
    for (const id of declared) expect(await statusOf(id)).toBe('booked');
    expect(await statusOf(notFiled)).toBe('documents_ready');
  });

  it('refuses a second booking of the same orders and issues no new number', async () => {
    const shipments = await count('shipments');
    const issued = await count('issued_numbers');
    const again = await call(core, 'transport.bookProposed', { orderIds: declared });
    expect(again.booked).toEqual([]);
    expect(again.refused.map((r) => r.orderId)).toEqual(declared);
    expect(await count('shipments')).toBe(shipments);
    expect(await count('issued_numbers')).toBe(issued);
  });
});
