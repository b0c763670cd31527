// Booking a selection of declared orders at once with the service the rules propose for each: the
// clerk's wave after the declarations are filed. Each order is booked in its own transaction, so an
// order the rules cannot place (no rule, parcel over every limit, a courier that wants typed numbers)
// stays waiting with its reason while the others go ahead.
import type { Kysely } from 'kysely';
import type { BookProposedResult } from '../../../shared/api/contracts/transport';
import { AppError } from '../api/errors';
import type { Stamp } from '../api/stamp';
import type { DB } from '../db/schema';
import { bookShipment } from './shipmentService';

export async function bookProposed(db: Kysely<DB>, orderIds: number[], stamp: Stamp): Promise<BookProposedResult> {
  const result: BookProposedResult = { booked: [], refused: [] };
  for (const orderId of [...new Set(orderIds)]) {
    try {
      const booked = await db.transaction().execute((trx) => bookShipment(trx, { orderId }, stamp));
      result.booked.push({ orderId, waybill: booked.waybill, ...(booked.warning ? { warning: booked.warning } : {}) });
    } catch (e) {
      // Only the app's own refusals are reported per order; anything else is a fault and stops the run.
      if (!(e instanceof AppError)) throw e;
      result.refused.push({ orderId, code: e.code, message: e.message, params: e.params ?? {} });
    }
  }
  return result;
}
