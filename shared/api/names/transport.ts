// The commands of step 5: carriers, their services and rules, S10 number ranges, and shipments, by name (no zod: the preload bundles this).
export const TRANSPORT_COMMANDS = [] as const;
export type TransportCommand = (typeof TRANSPORT_COMMANDS)[number];
