// The commands of step 4: filing a final declaration with customs, its reference, corrections and the snapshot as filed, by name (no zod: the preload bundles this).
export const FILING_COMMANDS = [
  'filing.file',
  'filing.fileOrders',
  'filing.setReference',
  'filing.list',
  'filing.get',
  'filing.ofOrder',
  'filing.show',
] as const;
export type FilingCommand = (typeof FILING_COMMANDS)[number];
