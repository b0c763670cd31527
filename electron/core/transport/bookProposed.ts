// Booking a selection of declared orders at once with the service the rules propose for each: the
// clerk's wave after the declarations are filed. An order the rules cannot place (no rule, parcel
// over every limit, a courier that wants typed numbers) stays waiting with its reason.
import type { Kysely } from 'kysely';
import type { BookProposedResult } from '../../../shared/api/contracts/transport';
import { eachOrder } from '../api/eachOrder';
import type { Stamp } from '../api/stamp';
import type { DB } from '../db/schema';
import { bookShipment } from './shipmentService';

export async function bookProposed(db: Kysely<DB>, orderIds: number[], stamp: Stamp): Promise<BookProposedResult> {
  const { done, refused } = await eachOrder(db, orderIds, (trx, orderId) => bookShipment(trx, { orderId }, stamp));
  return {
    booked: done.map(({ orderId, value }) => ({ orderId, waybill: value.waybill, ...(value.warning ? { warning: value.warning } : {}) })),
    refused,
  };
}
