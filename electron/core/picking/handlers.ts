// The picking area's command handlers; inputs arrive validated against the contract.
import type { PickingCommand } from '../../../shared/api/names/picking';
import type { AreaHandlers } from '../api/handlerTypes';

export const pickingHandlers: AreaHandlers<PickingCommand> = {};
