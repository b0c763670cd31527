// Delivery confirmation: by hand (date, receiver) or from the carrier's status file, all or
// nothing. Delivered shipments close the order ('deliver'); undeliverable ones come back
// ('returnToSender') and open the order's return, which the returns area resolves.
import type {
  DeliveryConfirmed,
  StatusImportOutcome,
  StatusImportPreview,
  StatusRowAction,
  StatusRowError,
  StatusRowPlan,
} from '../../../shared/api/contracts/delivery';
import type { ConfirmDeliveryInput } from '../../../shared/schemas/delivery';
import { AppError } from '../api/errors';
import type { Stamp } from '../api/stamp';
import type { Db } from '../audit/auditRepository';
import { moveOrders } from '../orders/workflow';
import { openReturn } from '../returns/openReturn';
import { parseStatusFile } from './statusFile';

interface ShipmentOfNumber {
  shipmentId: number;
  shipmentStatus: string;
  orderId: number;
  orderNumber: string;
  orderStatus: string;
}

function shipmentQuery(db: Db) {
  return db
    .selectFrom('shipments as s')
    .innerJoin('orders as o', 'o.id', 's.order_id')
    .select(['s.id as shipmentId', 's.status as shipmentStatus', 'o.id as orderId', 'o.order_number as orderNumber', 'o.status as orderStatus'])
    .where('s.status', '<>', 'cancelled');
}

/** The live shipment a tracking number or waybill names. */
async function shipmentOfNumber(db: Db, number: string): Promise<ShipmentOfNumber | undefined> {
  const variants = [...new Set([number, number.toUpperCase()])];
  return (
    (await shipmentQuery(db)
      .where('s.id', 'in', db.selectFrom('shipment_parcels').select('shipment_id').where('tracking_number', 'in', variants))
      .executeTakeFirst()) ?? (await shipmentQuery(db).where('s.waybill', 'in', variants).executeTakeFirst())
  );
}

export async function confirmDelivery(trx: Db, input: ConfirmDeliveryInput, stamp: Stamp): Promise<DeliveryConfirmed> {
  const number = input.trackingNumber?.trim() ?? '';
  const found =
    input.orderId !== undefined ? await shipmentQuery(trx).where('s.order_id', '=', input.orderId).executeTakeFirst() : await shipmentOfNumber(trx, number);
  if (!found)
    throw new AppError('delivery.errors.noShipment', 'No shipment was found for that order or number; check the number on the label.', {
      code: number || String(input.orderId),
    });
  if (found.orderStatus === 'delivered')
    throw new AppError('delivery.errors.alreadyDelivered', `Order ${found.orderNumber} is already delivered.`, { order: found.orderNumber });
  if (found.orderStatus !== 'in_transit')
    throw new AppError(
      'delivery.errors.notInTransit',
      `Order ${found.orderNumber} is ${found.orderStatus}, not in transit; only a dispatched order can be delivered.`,
      {
        order: found.orderNumber,
        status: found.orderStatus,
      },
    );
  const deliveredAt = input.deliveredAt.trim();
  const receiver = input.receiver.trim();
  await deliver(trx, [{ ...found, date: deliveredAt, receiver }], stamp, 'hand');
  return { orderId: found.orderId, orderNumber: found.orderNumber, deliveredAt, receiver };
}

async function deliver(trx: Db, rows: (ShipmentOfNumber & { date: string; receiver: string })[], stamp: Stamp, source: 'hand' | 'import'): Promise<void> {
  if (rows.length === 0) return;
  for (const r of rows) {
    await trx.updateTable('shipments').set({ status: 'delivered', delivered_at: r.date, receiver: r.receiver }).where('id', '=', r.shipmentId).execute();
  }
  const byOrder = new Map(rows.map((r) => [r.orderId, r]));
  await moveOrders(
    trx,
    rows.map((r) => r.orderId),
    'deliver',
    stamp,
    (id) => ({ after: { deliveredAt: byOrder.get(id)!.date, receiver: byOrder.get(id)!.receiver, source } }),
  );
}

interface CheckedFile {
  preview: StatusImportPreview;
  plans: (StatusRowPlan & { shipment?: ShipmentOfNumber })[];
}

/** Checks every row against the database: the number must be a dispatched shipment's. Nothing is written. */
async function checkFile(db: Db, text: string): Promise<CheckedFile> {
  const parsed = parseStatusFile(text);
  const errors: StatusRowError[] = [...parsed.errors];
  const plans: CheckedFile['plans'] = [];
  for (const r of parsed.rows) {
    const shipment = await shipmentOfNumber(db, r.trackingNumber);
    const fail = (code: string, params: Record<string, string | number>) => errors.push({ row: r.row, field: 'trackingNumber', code, params });
    if (!shipment) {
      fail('delivery.import.unknownNumber', { value: r.trackingNumber });
      continue;
    }
    let action: StatusRowAction;
    if (r.kind === 'transit') action = 'ignored';
    else if (r.kind === 'delivered' && shipment.orderStatus === 'delivered') action = 'unchanged';
    else if (r.kind === 'undeliverable' && (shipment.orderStatus === 'returning' || shipment.orderStatus === 'returned')) action = 'unchanged';
    else if (shipment.orderStatus === 'in_transit') action = r.kind === 'delivered' ? 'deliver' : 'return';
    else {
      fail('delivery.import.notInTransit', { value: r.trackingNumber, order: shipment.orderNumber, status: shipment.orderStatus });
      continue;
    }
    plans.push({
      row: r.row,
      trackingNumber: r.trackingNumber,
      orderNumber: shipment.orderNumber,
      action,
      status: r.status,
      date: r.date,
      receiver: r.receiver,
      shipment,
    });
  }
  // Two numbers of one shipment in one file must agree, or the order would move twice.
  const perShipment = new Map<number, StatusRowPlan>();
  for (const p of plans) {
    const first = perShipment.get(p.shipment!.shipmentId);
    if (first && first.action !== p.action && (p.action === 'deliver' || p.action === 'return'))
      errors.push({ row: p.row, field: 'status', code: 'delivery.import.conflict', params: { value: p.trackingNumber, first: first.row } });
    else if (!first) perShipment.set(p.shipment!.shipmentId, p);
  }
  errors.sort((a, b) => a.row - b.row);
  const counts: Record<StatusRowAction, number> = { deliver: 0, return: 0, unchanged: 0, ignored: 0 };
  for (const p of plans) counts[p.action]++;
  return {
    preview: {
      headers: parsed.headers,
      missingFields: parsed.missingFields,
      rowCount: parsed.rowCount,
      rows: plans.slice(0, 500).map(({ shipment: _s, ...p }) => p),
      counts,
      errors: errors.slice(0, 1000),
      errorCount: errors.length,
    },
    plans,
  };
}

export async function previewStatusFile(db: Db, text: string): Promise<StatusImportPreview> {
  return (await checkFile(db, text)).preview;
}

/** All or nothing: a file with any row error is refused before anything is written. */
export async function importStatusFile(trx: Db, text: string, stamp: Stamp): Promise<StatusImportOutcome> {
  const { preview, plans } = await checkFile(trx, text);
  if (preview.errorCount > 0 || preview.missingFields.length > 0)
    throw new AppError(
      'delivery.import.refused',
      `The file has ${preview.errorCount} row errors; nothing was imported. Correct the rows shown and import it again.`,
      {
        count: preview.errorCount,
      },
    );
  // One move per shipment, even when the file names several of its parcels.
  const once = new Map<number, (typeof plans)[number]>();
  for (const p of plans) if ((p.action === 'deliver' || p.action === 'return') && !once.has(p.shipment!.shipmentId)) once.set(p.shipment!.shipmentId, p);
  const toDeliver = [...once.values()].filter((p) => p.action === 'deliver');
  const toReturn = [...once.values()].filter((p) => p.action === 'return');
  await deliver(
    trx,
    toDeliver.map((p) => ({ ...p.shipment!, date: p.date, receiver: p.receiver })),
    stamp,
    'import',
  );
  if (toReturn.length > 0) {
    await trx
      .updateTable('shipments')
      .set({ status: 'returning' })
      .where(
        'id',
        'in',
        toReturn.map((p) => p.shipment!.shipmentId),
      )
      .execute();
    const byOrder = new Map(toReturn.map((p) => [p.shipment!.orderId, p]));
    await moveOrders(trx, [...byOrder.keys()], 'returnToSender', stamp, (id) => ({
      after: { carrierStatus: byOrder.get(id)!.status, date: byOrder.get(id)!.date },
    }));
    // The note is the carrier's own word for what happened ("Address unknown"); the return keeps its own date.
    for (const p of toReturn) await openReturn(trx, p.shipment!.orderId, 'undeliverable', stamp, p.status);
  }
  return { delivered: toDeliver.length, returned: toReturn.length, unchanged: preview.counts.unchanged, ignored: preview.counts.ignored };
}
