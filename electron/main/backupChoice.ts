// Turns the file the user picked in the "Restore a backup" dialog into a backup name, or null when
// it is not a backup directly inside the backups folder. No Electron import: unit-tested in Node.
import { realpathSync } from 'node:fs';
import nodePath from 'node:path';
import { BACKUP_NAME_PATTERN } from '../../shared/domain/backupName';

function real(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

/**
 * The dialog only starts in the backups folder; the user can still walk elsewhere or pick a link.
 * So: resolve links, require the file's folder to be the backups folder itself, and the name to
 * be a backup's name. The core checks the name again before it restores anything.
 */
export function backupNameFromPath(chosen: string, backupsFolder: string): string | null {
  const file = real(chosen);
  const folder = real(backupsFolder);
  if (!file || !folder) return null;
  if (nodePath.dirname(file) !== folder) return null;
  const name = nodePath.basename(file);
  return BACKUP_NAME_PATTERN.test(name) ? name : null;
}
