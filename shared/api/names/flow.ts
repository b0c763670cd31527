// The commands of the whole flow at a glance: the dashboard and each order's timeline, by name (no zod: the preload bundles this).
export const FLOW_COMMANDS = ['flow.dashboard', 'flow.settings', 'flow.saveSettings', 'flow.timeline'] as const;
export type FlowCommand = (typeof FLOW_COMMANDS)[number];
