// Packed orders for the customs tests: a seeded warehouse, picked through the ledger, then packed
// through the real packing commands (one parcel per order, weighed at its computed weight).
import type { CoreApp } from '../../../electron/core/app';
import { productBins } from '../../../electron/core/inventory/balances';
import { pick } from '../../../electron/core/inventory/ledger';
import { moveOrders } from '../../../electron/core/orders/workflow';
import type { CompanyProfileInput } from '../../../shared/schemas/customs/company';
import { TEST_STAMP } from '../../support/stamp';
import { type WarehouseSpec, seedWarehouse } from '../../support/warehouse';
import { call } from '../support/core';

export async function packedOrders(core: CoreApp, spec: WarehouseSpec = {}): Promise<number[]> {
  const seeded = await seedWarehouse(core.db, { orders: 1, linesPerOrder: 2, quantityPerLine: 2, ...spec });
  await core.db.transaction().execute(async (trx) => {
    for (const [n, orderId] of seeded.orderIds.entries()) {
      const lines = await trx.selectFrom('order_lines').select(['id', 'product_id', 'quantity']).where('order_id', '=', orderId).execute();
      for (const line of lines) {
        const bin = (await productBins(trx, line.product_id!)).find((b) => b.onHand > 0)!;
        const container = `${spec.prefix ?? ''}T-${n + 1}`;
        await pick(
          trx,
          { orderId, orderLineId: line.id, productId: line.product_id!, locationId: bin.locationId, container, qtyMilli: Number(line.quantity) * 1000 },
          TEST_STAMP,
        );
      }
    }
    await moveOrders(trx, seeded.orderIds, 'startPicking', TEST_STAMP);
    await moveOrders(trx, seeded.orderIds, 'finishPicking', TEST_STAMP);
  });
  const presetId = (await call(core, 'packing.presets', {}))[0]!.id;
  for (const orderId of seeded.orderIds) {
    const parcel = await call(core, 'packing.openParcel', { orderId, presetId });
    const lines = await core.db
      .selectFrom('order_lines')
      .innerJoin('products', 'products.id', 'order_lines.product_id')
      .select(['products.sku', 'order_lines.quantity'])
      .where('order_id', '=', orderId)
      .execute();
    for (const l of lines) await call(core, 'packing.scanItem', { parcelId: parcel.id, code: l.sku, quantity: l.quantity });
    const weighed = (await call(core, 'packing.station', { orderId })).parcels.find((p) => p.id === parcel.id)!.computedGrossKg;
    await call(core, 'packing.closeParcel', { parcelId: parcel.id, grossKg: weighed });
    await call(core, 'packing.finish', { orderId });
  }
  return seeded.orderIds;
}

/** A profile with everything every document type needs. */
export const FULL_PROFILE: CompanyProfileInput = {
  legalName: 'Despacho Test Exports S.L.',
  addresses: [{ kind: 'registered', address: 'Calle Mayor 1', city: 'Madrid', postalCode: '28001', state: '', country: 'ES' }],
  identifiers: [
    { scheme: 'EORI', value: 'ESB12345678', country: 'ES', label: '' },
    { scheme: 'VAT', value: 'ESB12345678', country: 'ES', label: '' },
    { scheme: 'IOSS', value: 'IM7240000001', country: 'ES', label: '' },
  ],
  phone: '+34 910 000 000',
  email: 'export@example.com',
  bank: {
    bankName: 'Banco Test',
    accountHolder: 'Despacho Test Exports S.L.',
    iban: 'ES9121000418450200051332',
    swift: 'CAIXESBBXXX',
    accountNumber: '',
    bankAddress: '',
  },
  signatories: [{ name: 'Ana García', role: 'Export manager' }],
  defaultIncoterm: 'DAP',
  defaultPlace: 'Madrid',
  paymentTerms: '30 days net',
};
