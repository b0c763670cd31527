// The backups' command handlers. The service lives with the core (electron/core/app.ts) because a
// restore swaps the data file under every other command.
import type { BackupsCommand } from '../../../shared/api/names/backups';
import type { AreaHandlers } from '../api/handlerTypes';

export const backupsHandlers: AreaHandlers<BackupsCommand> = {
  'backups.list': (_input, ctx) => ctx.backups.list(),
  'backups.create': (_input, ctx) => ctx.backups.create(),
  'backups.restore': (input, ctx) => ctx.backups.restore(input.name),
};
