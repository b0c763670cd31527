// The company area's commands: the profile every document draws the shipper from, the contract
// clause templates (English and Spanish) and the destination rules, each re-checked in main.
import { z } from 'zod';
import {
  CONTRACT_CLAUSES,
  type ContractClause,
  companyProfileSchema,
  type CompanyProfile,
  DOCUMENT_LANGUAGES,
  type DocumentLanguage,
} from '../../schemas/customs';
import { type DestinationRule, destinationRuleSchema } from '../../schemas/customs/rules';
import { type Command, byId, command, none } from '../command';
import type { CompanyCommand } from '../names/company';
import { text } from '../../schemas/common';

export type ClauseTemplates = Record<DocumentLanguage, Record<ContractClause, string>>;

export const clausesUpdateSchema = z
  .object({
    lang: z.enum(DOCUMENT_LANGUAGES),
    // An object of the known clauses (strict), not a record: any other key is refused, "__proto__" too.
    clauses: z
      .object(Object.fromEntries(CONTRACT_CLAUSES.map((c) => [c, text(4000).optional()])) as Record<ContractClause, z.ZodOptional<ReturnType<typeof text>>>)
      .strict(),
  })
  .strict();

export const companyContract = {
  'company.get': command<CompanyProfile>()(none, { reads: ['company_profile'] }),
  // A saved profile has at least its legal name: an empty input (a bug, a lost form) never wipes it.
  'company.update': command<CompanyProfile>()(
    companyProfileSchema.refine((p) => p.legalName !== '', { path: ['legalName'], error: 'validation.required' }),
    { writes: ['company_profile', 'audit_log'] },
  ),
  'company.clauses': command<ClauseTemplates>()(none, { reads: ['contract_clauses'] }),
  'company.updateClauses': command<ClauseTemplates>()(clausesUpdateSchema, { writes: ['contract_clauses', 'audit_log'] }),
  'company.rules': command<DestinationRule[]>()(none, { reads: ['destination_rules'] }),
  'company.saveRule': command<DestinationRule>()(destinationRuleSchema, { writes: ['destination_rules', 'audit_log'] }),
  'company.deleteRule': command<{ id: number }>()(byId, { writes: ['destination_rules', 'audit_log'] }),
} satisfies Record<CompanyCommand, Command<z.ZodType, unknown>>;
