// The one contract between renderer and main: every command, the zod schema main re-checks its
// input with, the type of its result, and the tables it reads and writes (for refresh events).
import type { z } from 'zod';
import type { Command } from './command';
import { type AppEvent, type CommandName, type Envelope } from './commands';
import { backupsContract } from './contracts/backups';
import { catalogueContract } from './contracts/catalogue';
import { companyContract } from './contracts/company';
import { customsContract } from './contracts/customs';
import { demoContract } from './contracts/demo';
import { documentsContract } from './contracts/documents';
import { inventoryContract } from './contracts/inventory';
import { ordersContract } from './contracts/orders';
import { packingContract } from './contracts/packing';
import { pickingContract } from './contracts/picking';
import { settingsContract } from './contracts/settings';
import { shippingContract } from './contracts/shipping';
import { uploadsContract } from './contracts/uploads';
import { filingContract } from './contracts/filing';
import { transportContract } from './contracts/transport';
import { clearanceContract } from './contracts/clearance';
import { deliveryContract } from './contracts/delivery';
import { flowContract } from './contracts/flow';
import { returnsContract } from './contracts/returns';

export { type Command, command, jobIdSchema } from './command';

// Each area declares its commands in contracts/<area>.ts; this list only gathers them.
export const contract = {
  ...settingsContract,
  ...demoContract,
  ...ordersContract,
  ...backupsContract,
  ...catalogueContract,
  ...inventoryContract,
  ...pickingContract,
  ...packingContract,
  ...documentsContract,
  ...uploadsContract,
  ...shippingContract,
  ...companyContract,
  ...customsContract,
  ...filingContract,
  ...transportContract,
  ...clearanceContract,
  ...deliveryContract,
  ...returnsContract,
  ...flowContract,
} satisfies Record<CommandName, Command<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type CommandInput<K extends CommandName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CommandName> = z.output<Contract[K]['input']>;
export type CommandResult<K extends CommandName> = Contract[K] extends Command<z.ZodType, infer R> ? R : never;

/** The typed API the renderer programs against: one named async method per command. */
export type Api = { [K in CommandName]: (input: CommandInput<K>) => Promise<CommandResult<K>> };

/**
 * What the preload exposes as `window.api`: one method per command, plus `onEvent`. Methods answer
 * with an envelope instead of throwing, because errors crossing contextBridge lose everything but
 * their message. (Command names all contain a dot, so none can clash with `onEvent`.)
 */
export type BridgeApi = { [K in CommandName]: (input: CommandInput<K>) => Promise<Envelope<CommandResult<K>>> };
export type Bridge = BridgeApi & {
  onEvent(listener: (event: AppEvent) => void): () => void;
};
