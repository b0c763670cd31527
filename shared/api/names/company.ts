// The commands of the company area (the shipper's own profile, contract clause templates and the
// destination rules the documents are checked against), by name (no zod: the preload bundles this).
export const COMPANY_COMMANDS = [
  'company.get',
  'company.update',
  'company.clauses',
  'company.updateClauses',
  'company.rules',
  'company.saveRule',
  'company.deleteRule',
] as const;
export type CompanyCommand = (typeof COMPANY_COMMANDS)[number];
