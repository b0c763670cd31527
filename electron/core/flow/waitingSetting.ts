// The threshold past which an order waiting at a step is shown as stuck, kept in the settings table.
import type { Kysely } from 'kysely';
import { DEFAULT_WAITING_HOURS, type FlowSettings, MAX_WAITING_HOURS } from '../../../shared/api/contracts/flow';
import type { Stamp } from '../api/stamp';
import { type Db, appendAudit } from '../audit/auditRepository';
import type { DB } from '../db/schema';
import { readSetting, writeSetting } from '../settings/settingsService';

const WAITING_KEY = 'flow.waitingHours';

/** The saved threshold in hours; the default when none was saved or the value cannot be read. */
export async function readWaitingHours(db: Db): Promise<number> {
  const value = Number(await readSetting(db, WAITING_KEY));
  return Number.isInteger(value) && value >= 1 && value <= MAX_WAITING_HOURS ? value : DEFAULT_WAITING_HOURS;
}

export async function getFlowSettings(db: Db): Promise<FlowSettings> {
  return { waitingHours: await readWaitingHours(db) };
}

/** Saved with an audit entry, so who changed what counts as stuck can be seen later. */
export async function saveFlowSettings(db: Kysely<DB>, input: FlowSettings, stamp: Stamp): Promise<FlowSettings> {
  return db.transaction().execute(async (trx) => {
    const before = await readWaitingHours(trx);
    await writeSetting(trx, WAITING_KEY, String(input.waitingHours));
    await appendAudit(trx, [{ entity: 'settings', entityId: 0, action: 'waitingThresholdChanged', before: { waitingHours: before }, after: input, ...stamp }]);
    return getFlowSettings(trx);
  });
}
