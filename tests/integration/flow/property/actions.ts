// The clerk's and broker's commands a property run draws from, each applied through the REAL command
// (core.dispatch), never a service. An action names an order by its index in the run's world; the
// ids it needs besides (the filing, the parcel's number, the open manifest, the return) are looked
// up as a user would find them on screen. 'advance' takes the order's next step forward, whatever
// it is, so random sequences get through all seven steps instead of stalling at the first.
import fc from 'fast-check';
import type { World } from './world';

export type Action =
  /** `detour` takes the other road where there is one: held at customs, undeliverable, written off. */
  | { k: 'advance'; o: number; detour: boolean; twice: boolean }
  | { k: 'file'; o: number; twice: boolean }
  | { k: 'book'; o: number; twice: boolean }
  | { k: 'outcome'; o: number; outcome: 'released' | 'held' | 'rejected'; twice: boolean }
  | { k: 'createManifest'; twice: boolean }
  | { k: 'scan'; o: number; twice: boolean }
  | { k: 'unload'; o: number; twice: boolean }
  | { k: 'depart'; twice: boolean }
  | { k: 'deliver'; o: number; twice: boolean }
  | { k: 'undeliverable'; o: number; twice: boolean }
  | { k: 'cancel'; o: number; twice: boolean }
  | { k: 'restock'; o: number; twice: boolean }
  | { k: 'writeOff'; o: number; twice: boolean }
  | { k: 'confirm'; o: number; twice: boolean }
  | { k: 'hold'; o: number; twice: boolean }
  | { k: 'release'; o: number; twice: boolean };

/** One command as sent: its name and input (undefined when there is nothing to send it to yet). */
export interface Sent {
  name: string;
  input: unknown;
}

const o = fc.integer({ min: 0, max: 2 });
// Most commands are sent once; some are clicked twice at once, as a double click or two windows do.
// One in five; shrinks towards a single click.
const twice = fc.integer({ min: 0, max: 4 }).map((n) => n === 4);
const tagged = <K extends Action['k']>(k: K) => fc.constant(k);

export const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.record({ k: tagged('advance'), o, detour: fc.integer({ min: 0, max: 3 }).map((n) => n === 3), twice }), weight: 20 },
  { arbitrary: fc.record({ k: tagged('file'), o, twice }), weight: 1 },
  { arbitrary: fc.record({ k: tagged('book'), o, twice }), weight: 1 },
  { arbitrary: fc.record({ k: tagged('outcome'), o, outcome: fc.constantFrom('released' as const, 'held' as const, 'rejected' as const), twice }), weight: 2 },
  { arbitrary: fc.record({ k: tagged('createManifest'), twice }), weight: 1 },
  { arbitrary: fc.record({ k: tagged('scan'), o, twice }), weight: 2 },
  { arbitrary: fc.record({ k: tagged('unload'), o, twice }), weight: 1 },
  { arbitrary: fc.record({ k: tagged('depart'), twice }), weight: 2 },
  { arbitrary: fc.record({ k: tagged('deliver'), o, twice }), weight: 1 },
  { arbitrary: fc.record({ k: tagged('undeliverable'), o, twice }), weight: 1 },
  { arbitrary: fc.record({ k: tagged('cancel'), o, twice }), weight: 2 },
  { arbitrary: fc.record({ k: tagged('restock'), o, twice }), weight: 1 },
  { arbitrary: fc.record({ k: tagged('writeOff'), o, twice }), weight: 1 },
  { arbitrary: fc.record({ k: tagged('confirm'), o, twice }), weight: 1 },
  { arbitrary: fc.record({ k: tagged('hold'), o, twice }), weight: 1 },
  { arbitrary: fc.record({ k: tagged('release'), o, twice }), weight: 1 },
);

const FILED_AT = '2026-12-01T10:00:00.000Z';
const DECIDED = '2026-12-02';

async function statusOf(world: World, orderId: number): Promise<string> {
  return (await world.setup.core.db.selectFrom('orders').select('status').where('id', '=', orderId).executeTakeFirstOrThrow()).status;
}

/** The order's newest filing (live or not): the one the clearance screen would show it under. */
async function filingOf(world: World, orderId: number): Promise<number | undefined> {
  const row = await world.setup.core.db
    .selectFrom('declaration_filings as f')
    .innerJoin('declaration_filing_orders as o', 'o.filing_id', 'f.id')
    .select('f.id')
    .where('o.order_id', '=', orderId)
    .orderBy('f.id', 'desc')
    .executeTakeFirst();
  return row?.id;
}

/** The order's parcel: its tracking number from the newest shipment, and its id. */
async function parcelOf(world: World, orderId: number): Promise<{ parcelId: number; trackingNumber: string } | undefined> {
  const row = await world.setup.core.db
    .selectFrom('shipment_parcels as sp')
    .innerJoin('shipments as s', 's.id', 'sp.shipment_id')
    .select(['sp.parcel_id', 'sp.tracking_number'])
    .where('s.order_id', '=', orderId)
    .orderBy('s.id', 'desc')
    .executeTakeFirst();
  return row && { parcelId: row.parcel_id, trackingNumber: row.tracking_number };
}

/** The newest manifest of the postal carrier (open or departed: a departed one tests the refusals). */
async function latestManifest(world: World): Promise<{ id: number; status: string } | undefined> {
  return world.setup.core.db
    .selectFrom('manifests')
    .select(['id', 'status'])
    .where('carrier_id', '=', world.setup.postalCarrierId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

async function returnOf(world: World, orderId: number): Promise<number | undefined> {
  const row = await world.setup.core.db.selectFrom('returns').select('id').where('order_id', '=', orderId).orderBy('id', 'desc').executeTakeFirst();
  return row?.id;
}

const newManifest = (world: World): Sent => ({
  name: 'delivery.createManifest',
  input: { carrierId: world.setup.postalCarrierId, vehiclePlate: '4821 KLM', driver: 'Juan Gómez', plannedDeparture: '2026-12-04T16:30' },
});

/** The command an action stands for, in the world as it is now; undefined when there is nothing to aim it at. */
export async function commandFor(world: World, a: Action): Promise<Sent | undefined> {
  if (a.k === 'createManifest') return newManifest(world);
  if (a.k === 'depart') {
    const m = await latestManifest(world);
    return m && { name: 'delivery.depart', input: { id: m.id } };
  }
  const orderId = world.orderIds[a.o]!;
  switch (a.k) {
    case 'advance':
      return advance(world, orderId, a.detour);
    case 'file': {
      const declarationId = world.declarationOf.get(orderId);
      return declarationId === undefined ? undefined : { name: 'filing.file', input: { declarationId, office: 'ES280101', filedAt: FILED_AT } };
    }
    case 'book':
      return { name: 'transport.book', input: { orderId, serviceId: world.setup.postalServiceId } };
    case 'outcome': {
      const filingId = await filingOf(world, orderId);
      if (filingId === undefined) return undefined;
      const extra =
        a.outcome === 'held'
          ? { requested: 'Physical inspection', dueDate: '2026-12-09' }
          : a.outcome === 'rejected'
            ? { reason: 'Goods under embargo' }
            : { presented: 'Signed invoice', presentedAt: DECIDED };
      return { name: 'clearance.record', input: { filingId, outcome: a.outcome, decidedAt: DECIDED, ...extra } };
    }
    case 'scan':
    case 'unload': {
      const [m, p] = [await latestManifest(world), await parcelOf(world, orderId)];
      if (!m || !p) return undefined;
      return a.k === 'scan'
        ? { name: 'delivery.scan', input: { manifestId: m.id, code: p.trackingNumber } }
        : { name: 'delivery.unload', input: { manifestId: m.id, parcelId: p.parcelId } };
    }
    case 'deliver':
      return { name: 'delivery.confirm', input: { orderId, deliveredAt: '2026-12-06T11:20', receiver: 'Lucía Fernández' } };
    case 'undeliverable': {
      const p = await parcelOf(world, orderId);
      return (
        p && {
          name: 'delivery.importStatus',
          input: { fileName: 'status.csv', text: `Tracking number,Status,Date,Receiver\n${p.trackingNumber},Undeliverable,2026-12-07,\n` },
        }
      );
    }
    case 'cancel':
      return { name: 'orders.cancel', input: { id: orderId, reason: 'Customer changed their mind' } };
    case 'restock':
    case 'writeOff': {
      const returnId = await returnOf(world, orderId);
      if (returnId === undefined) return undefined;
      return a.k === 'restock'
        ? { name: 'returns.restock', input: { returnId, binCode: world.setup.returnsBin } }
        : { name: 'returns.writeOff', input: { returnId, reason: 'Packaging crushed' } };
    }
    case 'confirm':
      return { name: 'orders.confirm', input: { ids: [orderId] } };
    case 'hold':
      return { name: 'orders.hold', input: { id: orderId, reason: 'Address to check' } };
    case 'release':
      return { name: 'orders.release', input: { id: orderId } };
  }
}

/** The order's next step forward, as the screen of its step would offer it. */
async function advance(world: World, orderId: number, detour: boolean): Promise<Sent | undefined> {
  const o = world.orderIds.indexOf(orderId);
  switch (await statusOf(world, orderId)) {
    case 'documents_ready':
      return commandFor(world, { k: 'file', o, twice: false });
    case 'declared':
      return commandFor(world, { k: 'book', o, twice: false });
    case 'booked':
      return commandFor(world, { k: 'outcome', o, outcome: detour ? 'held' : 'released', twice: false });
    case 'customs_held':
      return commandFor(world, { k: 'outcome', o, outcome: detour ? 'rejected' : 'released', twice: false });
    case 'cleared': {
      const m = await latestManifest(world);
      if (!m || m.status !== 'open') return newManifest(world);
      const p = await parcelOf(world, orderId);
      const loaded =
        p && (await world.setup.core.db.selectFrom('manifest_parcels').select('manifest_id').where('parcel_id', '=', p.parcelId).executeTakeFirst());
      return loaded ? { name: 'delivery.depart', input: { id: loaded.manifest_id } } : commandFor(world, { k: 'scan', o, twice: false });
    }
    case 'in_transit':
      return commandFor(world, { k: detour ? 'undeliverable' : 'deliver', o, twice: false });
    case 'rejected':
    case 'returning':
    case 'cancelled':
      return commandFor(world, { k: detour ? 'writeOff' : 'restock', o, twice: false });
    case 'received':
      return commandFor(world, { k: 'confirm', o, twice: false });
    case 'on_hold':
      return commandFor(world, { k: 'release', o, twice: false });
    default:
      return undefined;
  }
}

const step = (o: number, detour = false): Action => ({ k: 'advance', o, detour, twice: false });

/**
 * Order 0 delivered (released, loaded, departed twice at once, confirmed), order 1 held, rejected and
 * written off, order 2 (confirmed) cancelled; each step also retried once after it went through.
 */
export const WHOLE_WAY: Action[] = [
  ...[0, 0, 0, 0, 0].map((o) => step(o)),
  { k: 'depart', twice: true },
  step(0),
  { k: 'deliver', o: 0, twice: false },
  ...[1, 1].map((o) => step(o)),
  step(1, true),
  step(1, true),
  step(1, true),
  { k: 'writeOff', o: 1, twice: false },
  { k: 'cancel', o: 2, twice: true },
  { k: 'restock', o: 2, twice: false },
];
