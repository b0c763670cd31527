// The backups' commands: copies of the data file, listed, made on request and restored.
import { z } from 'zod';
import { BACKUP_NAME_PATTERN } from '../../domain/backupName';
import { type Command, command, none } from '../command';
import { DATA_TABLES } from '../commands';
import type { BackupsCommand } from '../names/backups';
import type * as T from '../types';

export const backupsContract = {
  'backups.list': command<T.BackupList>()(none, { reads: ['backups'] }),
  'backups.create': command<T.BackupInfo>()(none, { writes: ['backups'] }),
  // Only a bare name from the list: main looks it up in the backups folder and nowhere else.
  'backups.restore': command<T.RestoreOutcome>()(
    z.object({ name: z.string().max(100).regex(BACKUP_NAME_PATTERN, { error: 'backups.errors.badName' }) }).strict(),
    { writes: [...DATA_TABLES, 'backups'] },
  ),
} satisfies Record<BackupsCommand, Command<z.ZodType, unknown>>;
