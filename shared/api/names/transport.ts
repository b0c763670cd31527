// The commands of step 5: carriers, their services and rules, S10 number ranges, and shipments, by name (no zod: the preload bundles this).
export const TRANSPORT_COMMANDS = [
  'transport.carriers',
  'transport.saveCarrier',
  'transport.saveService',
  'transport.rules',
  'transport.saveRule',
  'transport.deleteRule',
  'transport.ranges',
  'transport.saveRange',
  'transport.import',
  'transport.waiting',
  'transport.propose',
  'transport.check',
  'transport.book',
  'transport.bookProposed',
  'transport.importNumbers',
  'transport.shipments',
  'transport.ofOrder',
  'transport.showWaybill',
] as const;
export type TransportCommand = (typeof TRANSPORT_COMMANDS)[number];
