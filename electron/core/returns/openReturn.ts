// The return path's entry: goods refused at customs, undeliverable, or of a cancelled order with
// goods already picked or packed, are recorded as an open return; the clerk then restocks them
// through the ledger or writes them off with a reason (electron/core/returns/).
import type { Db } from '../audit/auditRepository';
import { appendAudit } from '../audit/auditRepository';
import type { Stamp } from '../api/stamp';
import type { ReturnCause } from '../delivery/tables';

/** Opens the order's return (one open return per order: a second call returns the first). */
export async function openReturn(trx: Db, orderId: number, cause: ReturnCause, stamp: Stamp, note = ''): Promise<number> {
  const open = await trx.selectFrom('returns').select('id').where('order_id', '=', orderId).where('status', '=', 'open').executeTakeFirst();
  if (open) return open.id;
  const row = await trx
    .insertInto('returns')
    .values({
      order_id: orderId,
      cause,
      status: 'open',
      note,
      location_id: null,
      created_at: stamp.at,
      created_by: stamp.actor,
      resolved_at: null,
      resolved_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(trx, [{ entity: 'order', entityId: orderId, action: 'returnOpened', after: { returnId: row.id, cause, note }, ...stamp }]);
  return row.id;
}
