// The company area's command handlers; inputs arrive validated against the contract. Each write
// runs in one transaction with its audit entry.
import type { CompanyCommand } from '../../../shared/api/names/company';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { loadClauses, saveClauses } from './clausesRepository';
import { loadCompanyProfile, saveCompanyProfile } from './profileRepository';
import { deleteDestinationRule, listDestinationRules, saveDestinationRule } from './rulesRepository';

export const companyHandlers: AreaHandlers<CompanyCommand> = {
  'company.get': (_input, ctx) => loadCompanyProfile(ctx.db),
  'company.update': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => saveCompanyProfile(trx, input, stamp));
  },
  'company.clauses': (_input, ctx) => loadClauses(ctx.db),
  'company.updateClauses': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => saveClauses(trx, input.lang, input.clauses, stamp));
  },
  'company.rules': (_input, ctx) => listDestinationRules(ctx.db),
  'company.saveRule': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => saveDestinationRule(trx, input, stamp));
  },
  'company.deleteRule': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => deleteDestinationRule(trx, input.id, stamp));
  },
};
