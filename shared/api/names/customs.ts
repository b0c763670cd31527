// The commands of the customs documents area (step 3's papers), by name (no zod: the preload bundles this).
export const CUSTOMS_COMMANDS = [
  'customs.create',
  'customs.get',
  'customs.list',
  'customs.orderDocuments',
  'customs.saveDraft',
  'customs.check',
  'customs.finalise',
  'customs.amend',
  'customs.void',
  'customs.preview',
  'customs.show',
  'customs.hsSuggest',
  'customs.ports',
] as const;
export type CustomsCommand = (typeof CUSTOMS_COMMANDS)[number];
