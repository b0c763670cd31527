// The append-only audit log, and the record of every file imported (orders, products, stock counts).
import type { Generated, Insertable } from 'kysely';

export interface ImportsTable {
  id: Generated<number>;
  at: string;
  file_name: string;
  file_sha256: string;
  row_count: number;
  created: number;
  existing: number;
  rejected: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  action: string;
  before: string | null;
  after: string | null;
}

export interface AuditTables {
  audit_log: AuditLogTable;
  imports: ImportsTable;
}

export type NewAuditRow = Insertable<AuditLogTable>;
