// Orders whose declaration is filed (status declared), ready for step 5: the ready orders of the
// flow fixtures, each filed through filing.file. One closed parcel each, shipping method 'express',
// destination ES, so the seeded rules propose DHL Express.
import type { CoreApp } from '../../../electron/core/app';
import type { WarehouseSpec } from '../../support/warehouse';
import { readyOrders } from '../flow/readyOrders';
import { call } from '../support/core';

export async function declaredOrders(core: CoreApp, spec: WarehouseSpec = {}): Promise<number[]> {
  const { orderIds, declarationOf } = await readyOrders(core, spec);
  for (const orderId of orderIds) {
    await call(core, 'filing.file', { declarationId: declarationOf.get(orderId)!, office: 'ES280101', filedAt: '2026-11-29T09:00:00.000Z' });
  }
  return orderIds;
}

/** The id of a seeded service, by carrier and service code. */
export async function serviceId(core: CoreApp, carrier: string, code: string): Promise<number> {
  const c = (await call(core, 'transport.carriers', {})).find((x) => x.code === carrier);
  const s = c?.services.find((x) => x.code === code);
  if (!s) throw new Error(`no service ${carrier}/${code}`);
  return s.id;
}
