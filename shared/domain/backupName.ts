// Backup file names: the one place that says what a backup is called, so main can refuse any
// other name (a path, `..`) and the renderer can show the reason and date without asking again.

export const BACKUP_REASONS = ['daily', 'pre-migration', 'manual', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * despacho-<UTC yyyyMMdd-HHmmss>-<reason>[-<n>].sqlite. The optional -n only appears when two
 * backups of one reason fall in the same second, so neither overwrites the other.
 */
export const BACKUP_NAME_PATTERN = /^despacho-(\d{8})-(\d{6})-(daily|pre-migration|manual|pre-restore)(?:-([1-9]\d{0,2}))?\.sqlite$/;

export interface ParsedBackupName {
  reason: BackupReason;
  /** ISO 8601, UTC, to the second. */
  createdAt: string;
  seq: number;
}

export function parseBackupName(name: string): ParsedBackupName | null {
  const m = BACKUP_NAME_PATTERN.exec(name);
  if (!m) return null;
  const [, day, time, reason, seq] = m as unknown as [string, string, string, BackupReason, string | undefined];
  const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}Z`;
  const date = new Date(iso);
  // Refuses 20261399-... : a name must describe a real moment.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 19) !== iso.slice(0, 19)) return null;
  return { reason, createdAt: iso, seq: seq ? Number(seq) : 0 };
}

export function backupName(at: Date, reason: BackupReason, seq = 0): string {
  const iso = at.toISOString(); // 2026-11-26T09:05:03.123Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
  return `despacho-${stamp}-${reason}${seq > 0 ? `-${seq}` : ''}.sqlite`;
}
