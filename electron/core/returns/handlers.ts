// The handlers of the return path: goods refused at customs, undeliverable or of a cancelled order, restocked through the ledger or written off; inputs arrive validated against the contract.
import type { ReturnsCommand } from '../../../shared/api/names/returns';
import type { AreaHandlers } from '../api/handlerTypes';

export const returnsHandlers: AreaHandlers<ReturnsCommand> = {};
