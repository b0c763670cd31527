// The commands of the orders area (step 1: enter, import, check, confirm, hold, cancel), by name
// (no zod here: the preload bundles this list).
export const ORDERS_COMMANDS = [
  'orders.list',
  'orders.get',
  'orders.create',
  'orders.update',
  'orders.check',
  'orders.confirm',
  'orders.hold',
  'orders.release',
  'orders.cancel',
  'orders.importPreview',
  'orders.importCommit',
  'orders.importCancel',
] as const;
export type OrdersCommand = (typeof ORDERS_COMMANDS)[number];
