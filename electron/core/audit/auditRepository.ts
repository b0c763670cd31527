// The append-only audit log: every change to an order is recorded here in the same transaction.
import type { Kysely, Transaction } from 'kysely';
import type { AuditEntry } from '../../../shared/api/types';
import type { DB } from '../db/schema';
import type { NewAuditRow } from './tables';

export type Db = Kysely<DB> | Transaction<DB>;

export interface AuditRecord {
  entity: string;
  entityId: number;
  action: string;
  before?: unknown;
  after?: unknown;
  /** Who and when, from the command's stamp (electron/core/api/stamp.ts). */
  at: string;
  actor: string;
}

// SQLite allows 32766 bound values per statement; 8 columns a row.
const CHUNK = 4000;

export async function appendAudit(db: Db, records: AuditRecord[]): Promise<void> {
  const rows: NewAuditRow[] = records.map((r) => ({
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entity_id: r.entityId,
    action: r.action,
    before: r.before === undefined ? null : JSON.stringify(r.before),
    after: r.after === undefined ? null : JSON.stringify(r.after),
  }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('audit_log')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function auditFor(db: Db, entity: string, entityId: number): Promise<AuditEntry[]> {
  const rows = await db.selectFrom('audit_log').selectAll().where('entity', '=', entity).where('entity_id', '=', entityId).orderBy('id', 'asc').execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  }));
}
