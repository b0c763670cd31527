// The inventory area's command handlers; inputs arrive validated against the contract.
import type { InventoryCommand } from '../../../shared/api/names/inventory';
import type { AreaHandlers } from '../api/handlerTypes';

export const inventoryHandlers: AreaHandlers<InventoryCommand> = {};
