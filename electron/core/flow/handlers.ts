// The handlers of the whole flow at a glance: the dashboard and each order's timeline; inputs arrive validated against the contract.
import type { FlowCommand } from '../../../shared/api/names/flow';
import type { AreaHandlers } from '../api/handlerTypes';

export const flowHandlers: AreaHandlers<FlowCommand> = {};
