// The handlers of step 5: carriers, their services and rules, S10 number ranges, and shipments; inputs arrive validated against the contract.
import type { TransportCommand } from '../../../shared/api/names/transport';
import type { AreaHandlers } from '../api/handlerTypes';

export const transportHandlers: AreaHandlers<TransportCommand> = {};
