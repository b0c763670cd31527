// The commands of the whole flow at a glance: the dashboard and each order's timeline, by name (no zod: the preload bundles this).
export const FLOW_COMMANDS = [] as const;
export type FlowCommand = (typeof FLOW_COMMANDS)[number];
