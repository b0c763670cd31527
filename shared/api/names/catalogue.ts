// The commands of the catalogue area, by name (no zod here: the preload bundles this list).
export const CATALOGUE_COMMANDS = [] as const;
export type CatalogueCommand = (typeof CATALOGUE_COMMANDS)[number];
