// The world a property run plays in: one real core, set up once (the postal carrier's S10 range, a
// returns bin), and per run a few fresh orders: two ready to declare (documents_ready with a final
// declaration) and one confirmed with its stock reserved, so cancel and confirm paths run too.
import type { CoreApp } from '../../../../electron/core/app';
import { seedWarehouse } from '../../../support/warehouse';
import { serviceId } from '../../transport/declaredOrders';
import { call } from '../../support/core';
import { readyOrders } from '../readyOrders';

export interface CoreSetup {
  core: CoreApp;
  /** Correos' postal parcel service, whose numbers come from an S10 range: no typed numbers needed. */
  postalServiceId: number;
  postalCarrierId: number;
  returnsBin: string;
}

export interface World {
  setup: CoreSetup;
  /** The run's orders: the ready ones first, the confirmed one last. */
  orderIds: number[];
  /** The final declaration of each ready order, by order id. */
  declarationOf: Map<number, number>;
}

export async function setUpCore(core: CoreApp): Promise<CoreSetup> {
  const postalServiceId = await serviceId(core, 'CORREOS', 'CP');
  const correos = (await call(core, 'transport.carriers', {})).find((c) => c.code === 'CORREOS')!;
  // A range far larger than any run can use, so a booking is never refused for running out.
  await call(core, 'transport.saveRange', {
    carrierId: correos.id,
    indicator: 'CP',
    country: 'ES',
    firstSerial: 10_000_000,
    lastSerial: 19_999_999,
    warnRemaining: 1,
    active: true,
  });
  await call(core, 'locations.save', { location: { warehouse: 'MAIN', zone: 'R', binCode: 'RET-01', walkOrder: 99 } });
  return { core, postalServiceId, postalCarrierId: correos.id, returnsBin: 'RET-01' };
}

let worlds = 0;

export async function freshWorld(setup: CoreSetup): Promise<World> {
  const n = ++worlds;
  const ready = await readyOrders(setup.core, { orders: 2, products: 3, bins: 3, prefix: `P${n}R-` });
  const early = await seedWarehouse(setup.core.db, { orders: 1, products: 2, bins: 2, linesPerOrder: 2, quantityPerLine: 2, prefix: `P${n}C-` });
  return { setup, orderIds: [...ready.orderIds, ...early.orderIds], declarationOf: ready.declarationOf };
}
