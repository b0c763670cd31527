// The commands of the settings area (and the app's own facts), by name (no zod here: the preload bundles this list).
export const SETTINGS_COMMANDS = ['app.info', 'settings.get', 'settings.update'] as const;
export type SettingsCommand = (typeof SETTINGS_COMMANDS)[number];
