// The commands of step 7: loading manifests, dispatch, delivery confirmation and returns, by name (no zod: the preload bundles this).
export const DELIVERY_COMMANDS = [] as const;
export type DeliveryCommand = (typeof DELIVERY_COMMANDS)[number];
