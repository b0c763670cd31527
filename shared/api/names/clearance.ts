// The commands of step 6: customs outcomes on filed declarations (released, held, rejected), by hand or imported, by name (no zod: the preload bundles this).
export const CLEARANCE_COMMANDS = ['clearance.list', 'clearance.record', 'clearance.importPreview', 'clearance.importCommit', 'clearance.ofOrder'] as const;
export type ClearanceCommand = (typeof CLEARANCE_COMMANDS)[number];
