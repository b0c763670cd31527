// The commands of the packing area, by name (no zod here: the preload bundles this list).
export const PACKING_COMMANDS = [
  'packing.presets',
  'packing.savePreset',
  'packing.settings',
  'packing.updateSettings',
  'packing.waiting',
  'packing.station',
  'packing.openParcel',
  'packing.setPreset',
  'packing.discardParcel',
  'packing.scanItem',
  'packing.removeItem',
  'packing.closeParcel',
  'packing.reopenParcel',
  'packing.finish',
  'packing.packingList',
] as const;
export type PackingCommand = (typeof PACKING_COMMANDS)[number];
