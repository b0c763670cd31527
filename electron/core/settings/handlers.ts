// The settings area's command handlers, and the app's own facts for Settings -> About.
import type { SettingsCommand } from '../../../shared/api/names/settings';
import type { AreaHandlers } from '../api/handlerTypes';
import { getSettings, updateSettings } from './settingsService';

export const settingsHandlers: AreaHandlers<SettingsCommand> = {
  'app.info': async (_input, ctx) => ctx.info,
  'settings.get': (_input, ctx) => getSettings(ctx.db, ctx.osUser),
  'settings.update': (input, ctx) => updateSettings(ctx.db, input, ctx.osUser),
};
