// Step 6: customs' word on a filed declaration. Released goods leave customs supervision ('clear');
// held ones stay ('customsHold', a second hold only adds its outcome); a rejection sends the order
// to the return path ('customsReject', the shipment called off, a return opened). Each outcome
// keeps who recorded it, when, and the document versions customs had (the filing's snapshot).
import type { PresentedDocument } from '../../../shared/api/contracts/clearance';
import { type RecordOutcomeInput, recordOutcomeSchema } from '../../../shared/schemas/clearance';
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit } from '../audit/auditRepository';
import { moveOrders } from '../orders/workflow';
import { openReturn } from '../returns/openReturn';
import { invalidOutcome } from './errors';
import { loadFilingState } from './outcomeRepository';
import { outcomeRefusal } from './outcomeRules';
import { cancelShipmentOf } from '../transport/shipmentService';

export type { RecordOutcomeInput };

/** The document versions filed, as customs had them before it. */
async function presentedDocuments(trx: Db, filingId: number): Promise<PresentedDocument[]> {
  const row = await trx.selectFrom('declaration_filings').select('snapshot').where('id', '=', filingId).executeTakeFirstOrThrow();
  const snapshot = JSON.parse(row.snapshot) as { documents?: PresentedDocument[] };
  return (snapshot.documents ?? []).map(({ id, type, number, version }) => ({ id, type, number, version }));
}

export async function recordOutcome(trx: Db, input: RecordOutcomeInput, source: 'hand' | 'import', stamp: Stamp): Promise<{ outcomeId: number }> {
  const parsed = recordOutcomeSchema.safeParse(input);
  if (!parsed.success) throw invalidOutcome(parsed.error.issues);
  const v = parsed.data;
  const state = await loadFilingState(trx, v.filingId);
  const refusal = outcomeRefusal(state, v);
  if (refusal) throw refusal;

  const documents = await presentedDocuments(trx, v.filingId);
  const { id: outcomeId } = await trx
    .insertInto('clearance_outcomes')
    .values({
      filing_id: v.filingId,
      outcome: v.outcome,
      decided_at: v.decidedAt,
      requested: v.requested ?? '',
      presented: v.presented ?? '',
      presented_at: v.presentedAt || null,
      due_date: v.outcome === 'held' ? v.dueDate || null : null,
      reason: v.reason ?? '',
      note: v.note ?? '',
      documents: JSON.stringify(documents),
      source,
      recorded_at: stamp.at,
      recorded_by: stamp.actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const after = { filingId: v.filingId, outcomeId, outcome: v.outcome, decidedAt: v.decidedAt, source, documents };
  const detail = () => ({ after });
  const ids = state.orders.map((o) => o.id);
  if (v.outcome === 'released') {
    await moveOrders(trx, ids, 'clear', stamp, detail);
  } else if (v.outcome === 'held') {
    const booked = state.orders.filter((o) => o.status === 'booked').map((o) => o.id);
    const held = state.orders.filter((o) => o.status === 'customs_held').map((o) => o.id);
    if (booked.length > 0) await moveOrders(trx, booked, 'customsHold', stamp, () => ({ after: { ...after, requested: v.requested, dueDate: v.dueDate } }));
    // Already held: customs asked again (or for more); the order stays held, the request is on record.
    if (held.length > 0)
      await appendAudit(
        trx,
        held.map((id) => ({
          entity: 'order',
          entityId: id,
          action: 'customsHeldAgain',
          after: { ...after, requested: v.requested, dueDate: v.dueDate },
          ...stamp,
        })),
      );
  } else {
    await moveOrders(trx, ids, 'customsReject', stamp, () => ({ after: { ...after, reason: v.reason } }));
    for (const id of ids) {
      await cancelShipmentOf(trx, id, stamp);
      await openReturn(trx, id, 'customsRejected', stamp, v.reason ?? '');
    }
  }
  return { outcomeId };
}
