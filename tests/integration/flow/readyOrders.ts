// Orders ready to declare, for the tests of steps 4 to 7: packed through the real commands, with
// every document their destination needs created and finalised (accepted mismatches get a reason),
// and a final export declaration among them, so step 4 has something to file.
import type { CoreApp } from '../../../electron/core/app';
import type { WarehouseSpec } from '../../support/warehouse';
import { FULL_PROFILE, packedOrders } from '../customs/packedOrders';
import { call } from '../support/core';

export interface ReadyOrders {
  orderIds: number[];
  /** The final declaration of each order, by order id. */
  declarationOf: Map<number, number>;
}

async function finalised(core: CoreApp, type: 'declaration' | 'invoice' | 'contract' | 'packing_list' | 'postal', orderId: number): Promise<number> {
  const { id } = await call(core, 'customs.create', { type, orderIds: [orderId], lang: 'en' });
  const check = await call(core, 'customs.check', { id });
  const overrides = check.problems.filter((p) => p.overridable).map((p) => ({ key: p.key, reason: 'checked by hand' }));
  const { revision } = await call(core, 'customs.get', { id });
  await call(core, 'customs.finalise', { id, revision, overrides });
  return id;
}

/** Packed orders whose documents are all final: status documents_ready, one declaration each. */
export async function readyOrders(core: CoreApp, spec: WarehouseSpec = {}): Promise<ReadyOrders> {
  const orderIds = await packedOrders(core, spec);
  await call(core, 'company.update', FULL_PROFILE);
  const declarationOf = new Map<number, number>();
  for (const orderId of orderIds) {
    const { required } = await call(core, 'customs.orderDocuments', { orderId });
    // The declaration first: the other papers are checked against it.
    const types = ['declaration' as const, ...required.filter((t) => t !== 'declaration')];
    for (const type of types) {
      const id = await finalised(core, type, orderId);
      if (type === 'declaration') declarationOf.set(orderId, id);
    }
    const { status } = await call(core, 'orders.get', { id: orderId });
    if (status !== 'documents_ready') throw new Error(`order ${orderId} is ${status} after its documents were finalised`);
  }
  return { orderIds, declarationOf };
}
