// A command over a selection of orders (book the selected, file the selected): each order's work
// runs in its own transaction, so one order the app refuses stays as it was, with its reason, while
// the others go ahead. Only the app's own refusals are reported per order; anything else is a fault
// and stops the run.
import type { Kysely, Transaction } from 'kysely';
import type { OrderRefusal } from '../../../shared/api/types';
import type { DB } from '../db/schema';
import { AppError } from './errors';

export async function eachOrder<T>(
  db: Kysely<DB>,
  orderIds: number[],
  work: (trx: Transaction<DB>, orderId: number) => Promise<T>,
): Promise<{ done: { orderId: number; value: T }[]; refused: OrderRefusal[] }> {
  const done: { orderId: number; value: T }[] = [];
  const refused: OrderRefusal[] = [];
  for (const orderId of [...new Set(orderIds)]) {
    try {
      done.push({ orderId, value: await db.transaction().execute((trx) => work(trx, orderId)) });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      refused.push({ orderId, code: e.code, message: e.message, params: e.params ?? {} });
    }
  }
  return { done, refused };
}
