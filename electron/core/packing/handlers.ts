// The packing area's command handlers; inputs arrive validated against the contract.
import type { PackingCommand } from '../../../shared/api/names/packing';
import type { AreaHandlers } from '../api/handlerTypes';

export const packingHandlers: AreaHandlers<PackingCommand> = {};
