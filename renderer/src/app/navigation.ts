// The navbar opens on the home dashboard, follows the order's journey (the seven steps of the
// flow), then the warehouse and the office tools.
/** Above the groups: where every order is and what is stuck (features/flow/DashboardPage). */
export const HOME_ITEM = 'home';
export const FLOW_STEPS = ['orders', 'picking', 'packing', 'declarations', 'transport', 'clearance', 'delivery'] as const;
export const OFFICE_ITEMS = ['filings', 'returns', 'batches', 'printing', 'settings'] as const;
/** What the warehouse holds: the product catalogue and its stock. */
export const WAREHOUSE_ITEMS = ['products', 'stock'] as const;

/** Steps whose screens are not built yet; each gets a page saying what it will do. */
export const PLACEHOLDER_STEPS = ['batches', 'printing'] as const;
export type PlaceholderStep = (typeof PLACEHOLDER_STEPS)[number] | 'transport' | 'clearance' | 'delivery';
