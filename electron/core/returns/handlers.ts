// The handlers of the return path: goods refused at customs, undeliverable or of a cancelled order, restocked through the ledger or written off; inputs arrive validated against the contract.
import type { ReturnsCommand } from '../../../shared/api/names/returns';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { getReturn, listReturns } from './returnsQueries';
import { restockReturn, writeOffReturn } from './returnsService';

export const returnsHandlers: AreaHandlers<ReturnsCommand> = {
  'returns.list': (input, ctx) => listReturns(ctx.db, input),
  'returns.get': (input, ctx) => getReturn(ctx.db, input.id),
  'returns.restock': async (input, ctx) => restockReturn(ctx.db, input, await stampOf(ctx)),
  'returns.writeOff': async (input, ctx) => writeOffReturn(ctx.db, input, await stampOf(ctx)),
};
