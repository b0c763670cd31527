// The commands of the demo data offered on first start, by name (no zod here: the preload bundles this list).
export const DEMO_COMMANDS = ['demo.status', 'demo.load', 'demo.dismiss'] as const;
export type DemoCommand = (typeof DEMO_COMMANDS)[number];
