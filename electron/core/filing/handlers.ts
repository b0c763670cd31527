// The handlers of step 4: filing a final declaration with customs, its reference, corrections and the snapshot as filed; inputs arrive validated against the contract.
import type { FilingCommand } from '../../../shared/api/names/filing';
import type { AreaHandlers } from '../api/handlerTypes';

export const filingHandlers: AreaHandlers<FilingCommand> = {};
