// Set-up shared by the customs end-to-end specs: orders brought to packed through the real
// commands (catalogue and stock from the fixtures, confirmed, picked, one parcel each), and a
// company profile with everything the final documents draw from the shipper.
import { type cleanOrder, fixture } from '../unit/support/orders';
import type { HarnessProcess } from './harness';
interface PickLine {
  id: number;
  remaining: string;
  container: string;
  binCode: string;
  sku: string;
}
interface Station {
  lines: { sku: string; left: string }[];
  parcels: { id: number; computedGrossKg: string }[];
}

/** Catalogue and stock from the fixtures, then orders confirmed, picked and packed one parcel each, all through the commands. */
export async function packedOrders(harness: HarnessProcess, orders: ReturnType<typeof cleanOrder>[]): Promise<number[]> {
  await harness.call('demo.dismiss', {});
  await harness.call('products.importCommit', { fileName: 'products.csv', text: fixture('products.csv') });
  await harness.call('stock.importCommit', { fileName: 'stock.csv', text: fixture('stock-opening.csv') });
  const ids: number[] = [];
  for (const order of orders) ids.push(((await harness.call('orders.create', { order })) as { id: number }).id);
  await harness.call('orders.confirm', { ids });
  const plan = (await harness.call('picking.plan', { orderIds: ids, containerMode: 'perOrder' })) as { pickList: { id: number } };
  const pickList = (await harness.call('picking.get', { id: plan.pickList.id })) as { lines: PickLine[] };
  for (const l of pickList.lines) {
    await harness.call('picking.pick', { lineId: l.id, quantity: l.remaining, container: l.container, binCode: l.binCode, productCode: l.sku });
  }
  const [preset] = (await harness.call('packing.presets', {})) as { id: number }[];
  for (const orderId of ids) {
    const parcel = (await harness.call('packing.openParcel', { orderId, presetId: preset!.id })) as { id: number };
    const station = async () => (await harness.call('packing.station', { orderId })) as Station;
    for (const l of (await station()).lines) await harness.call('packing.scanItem', { parcelId: parcel.id, code: l.sku, quantity: l.left });
    const grossKg = (await station()).parcels.find((p) => p.id === parcel.id)!.computedGrossKg;
    await harness.call('packing.closeParcel', { parcelId: parcel.id, grossKg });
    await harness.call('packing.finish', { orderId });
  }
  return ids;
}

/** Everything a final declaration, invoice and packing list draw from the shipper. */
export const COMPANY = {
  legalName: 'Shenzhen Despacho Trading Co., Ltd.',
  addresses: [{ kind: 'registered', address: '88 Keyuan Road, Nanshan', city: 'Shenzhen', postalCode: '518057', state: 'Guangdong', country: 'CN' }],
  identifiers: [
    { scheme: 'CN_CUSTOMS', value: '4403960ABC', country: 'CN', label: '' },
    { scheme: 'USCI', value: '91440300MA5XXXXXX1', country: 'CN', label: '' },
  ],
  phone: '+86 755 8888 0000',
  email: 'export@example.cn',
  bank: {
    bankName: 'Bank of China Shenzhen',
    accountHolder: 'Shenzhen Despacho Trading',
    iban: '',
    swift: 'BKCHCNBJ45A',
    accountNumber: '7788990011',
    bankAddress: '',
  },
  signatories: [{ name: 'Li Wei', role: 'Export manager' }],
  defaultIncoterm: 'DAP',
  defaultCurrency: 'USD',
};
