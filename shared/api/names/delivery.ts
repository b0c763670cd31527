// The commands of step 7: loading manifests, dispatch, delivery confirmation, by name (no zod: the preload bundles this).
export const DELIVERY_COMMANDS = [
  'delivery.manifests',
  'delivery.createManifest',
  'delivery.manifest',
  'delivery.scan',
  'delivery.unload',
  'delivery.depart',
  'delivery.showManifest',
  'delivery.inTransit',
  'delivery.confirm',
  'delivery.importStatusPreview',
  'delivery.importStatus',
  'delivery.order',
] as const;
export type DeliveryCommand = (typeof DELIVERY_COMMANDS)[number];
