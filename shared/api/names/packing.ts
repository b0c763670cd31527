// The commands of the packing area, by name (no zod here: the preload bundles this list).
export const PACKING_COMMANDS = [] as const;
export type PackingCommand = (typeof PACKING_COMMANDS)[number];
