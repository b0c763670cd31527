// The handlers of step 6: customs outcomes on filed declarations (released, held, rejected), by hand or imported; inputs arrive validated against the contract.
import type { ClearanceCommand } from '../../../shared/api/names/clearance';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { listClearance, orderClearance } from './clearanceQueries';
import { commitOutcomeFile, previewOutcomeFile } from './outcomeImport';
import { recordOutcome } from './outcomeService';

export const clearanceHandlers: AreaHandlers<ClearanceCommand> = {
  'clearance.list': async (input, ctx) => {
    // How long each declaration has waited is measured on the core's clock, as every change is.
    const { at } = await stampOf(ctx);
    return listClearance(ctx.db, input, at);
  },
  'clearance.record': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => recordOutcome(trx, input, 'hand', stamp));
  },
  'clearance.importPreview': (input, ctx) => previewOutcomeFile(ctx.db, input.text),
  'clearance.importCommit': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => commitOutcomeFile(trx, input.text, stamp));
  },
  'clearance.ofOrder': (input, ctx) => orderClearance(ctx.db, input.orderId),
};
