// The settings area's commands (and the app's own facts shown under Settings -> About).
import { z } from 'zod';
import { actorName } from '../../schemas/settings';
import { type Command, command, none } from '../command';
import type { SettingsCommand } from '../names/settings';
import type * as T from '../types';

export const settingsContract = {
  'app.info': command<T.AppInfo>()(none),
  'settings.get': command<T.Settings>()(none, { reads: ['settings'] }),
  'settings.update': command<T.Settings>()(
    z
      .object({
        language: z.enum(['en', 'es']).optional(),
        // The name on every audit entry and stock movement: one line of plain text.
        actor: actorName.optional(),
      })
      .strict(),
    { writes: ['settings'] },
  ),
} satisfies Record<SettingsCommand, Command<z.ZodType, unknown>>;
