// The company area's tables: the profile (one row), the contract clause templates, the destination rules.
import type { Generated } from 'kysely';

export interface CompanyProfileTable {
  /** Always 1: there is one profile. */
  id: number;
  /** JSON of shared/schemas/customs/company.ts, checked on every write. */
  data: string;
  updated_at: string;
  updated_by: string;
}

export interface ContractClausesTable {
  clause: string;
  lang: string;
  text: string;
}

export interface DestinationRulesTable {
  id: Generated<number>;
  kind: string;
  /** JSON arrays. */
  countries: string;
  methods: string;
  documents: string;
  /** JSON of the kind's parameters (ruleParamsSchema). */
  params: string;
  source: string;
  source_date: string;
  note: string;
  active: number;
}

export interface CompanyTables {
  company_profile: CompanyProfileTable;
  contract_clauses: ContractClausesTable;
  destination_rules: DestinationRulesTable;
}
