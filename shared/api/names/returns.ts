// The commands of the return path: goods refused at customs, undeliverable or of a cancelled order, restocked through the ledger or written off, by name (no zod: the preload bundles this).
export const RETURNS_COMMANDS = ['returns.list', 'returns.get', 'returns.restock', 'returns.writeOff'] as const;
export type ReturnsCommand = (typeof RETURNS_COMMANDS)[number];
