// The handlers of step 6: customs outcomes on filed declarations (released, held, rejected), by hand or imported; inputs arrive validated against the contract.
import type { ClearanceCommand } from '../../../shared/api/names/clearance';
import type { AreaHandlers } from '../api/handlerTypes';

export const clearanceHandlers: AreaHandlers<ClearanceCommand> = {};
