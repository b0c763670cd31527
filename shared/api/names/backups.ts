// The commands of the data file's backups, by name (no zod here: the preload bundles this list).
export const BACKUPS_COMMANDS = ['backups.list', 'backups.create', 'backups.restore'] as const;
export type BackupsCommand = (typeof BACKUPS_COMMANDS)[number];
