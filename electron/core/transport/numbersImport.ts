// A carrier's file of tracking numbers ("order number, tracking number", one row per parcel, in
// parcel order) booked with one service, all or nothing. Every order goes through the same
// booking as the transport page (bookShipment), so every check applies; the first refusal of each
// order becomes its row's error, and any error rolls the whole file back.
import type { NumbersImportOutcome } from '../../../shared/api/contracts/transport';
import { type ImportRowError, readCsv } from '../../../shared/import/orderCsv';
import { AppError } from '../api/errors';
import type { Stamp } from '../api/stamp';
import type { Db } from '../audit/auditRepository';
import { bookShipment } from './shipmentService';

/** Thrown to undo the transaction of a file with a wrong row; the handler returns its outcome. */
export class NumbersRolledBack extends Error {
  constructor(readonly outcome: NumbersImportOutcome) {
    super('numbers import rolled back');
  }
}

const ORDER_HEADER = /order|pedido/i;
const NUMBER_HEADER = /track|waybill|number|n[uú]mero|awb|seguimiento/i;

export async function importNumbers(trx: Db, serviceId: number, csv: string, stamp: Stamp): Promise<NumbersImportOutcome> {
  const { headers, rows, rowNumbers, headerRowNumber, errors } = readCsv(csv);
  const orderCol = headers.findIndex((h) => ORDER_HEADER.test(h));
  const numberCol = headers.findIndex((h, i) => i !== orderCol && NUMBER_HEADER.test(h));
  if (orderCol === -1)
    errors.push({ row: headerRowNumber, column: 'order number', code: 'transport.import.missingColumn', params: { column: 'order number' } });
  if (numberCol === -1)
    errors.push({ row: headerRowNumber, column: 'tracking number', code: 'transport.import.missingColumn', params: { column: 'tracking number' } });
  if (errors.length > 0) throw new NumbersRolledBack({ ok: false, booked: [], errors });

  const byOrder = new Map<string, { row: number; numbers: string[] }>();
  rows.forEach((cells, i) => {
    const orderNumber = (cells[orderCol] ?? '').trim();
    const number = (cells[numberCol] ?? '').replace(/[\s-]+/g, '').toUpperCase();
    const row = rowNumbers[i]!;
    if (!orderNumber) return errors.push({ row, column: headers[orderCol], code: 'transport.import.noOrder' });
    if (!/^[A-Z0-9]{4,40}$/.test(number))
      return errors.push({ row, column: headers[numberCol], code: 'transport.validation.number', params: { value: number } });
    const group = byOrder.get(orderNumber) ?? { row, numbers: [] };
    group.numbers.push(number);
    byOrder.set(orderNumber, group);
  });

  const found =
    byOrder.size === 0
      ? []
      : await trx
          .selectFrom('orders')
          .select(['id', 'order_number'])
          .where('order_number', 'in', [...byOrder.keys()])
          .execute();
  const idOf = new Map(found.map((o) => [o.order_number, o.id]));
  const booked: NumbersImportOutcome['booked'] = [];
  for (const [orderNumber, group] of byOrder) {
    const orderId = idOf.get(orderNumber);
    if (!orderId) {
      errors.push({ row: group.row, column: headers[orderCol], code: 'transport.import.unknownOrder', params: { value: orderNumber } });
      continue;
    }
    try {
      const { waybill } = await bookShipment(trx, { orderId, serviceId, numbers: group.numbers }, stamp);
      booked.push({ orderNumber, waybill });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const error: ImportRowError = { row: group.row, code: e.code, ...(e.params ? { params: e.params } : {}) };
      errors.push(error);
      // The failed booking may have written part of itself: the whole file is undone below.
    }
  }
  if (errors.length > 0) throw new NumbersRolledBack({ ok: false, booked: [], errors: errors.sort((a, b) => a.row - b.row) });
  return { ok: true, booked, errors: [] };
}
