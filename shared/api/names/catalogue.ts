// The commands of the catalogue area, by name (no zod here: the preload bundles this list).
export const CATALOGUE_COMMANDS = [
  'products.list',
  'products.get',
  'products.create',
  'products.update',
  'products.hsSearch',
  'products.importPreview',
  'products.importCommit',
  'products.importCancel',
] as const;
export type CatalogueCommand = (typeof CATALOGUE_COMMANDS)[number];
