// The commands of step 4: filing a final declaration with customs, its reference, corrections and the snapshot as filed, by name (no zod: the preload bundles this).
export const FILING_COMMANDS = [] as const;
export type FilingCommand = (typeof FILING_COMMANDS)[number];
