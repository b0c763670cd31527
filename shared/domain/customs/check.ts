// Every check of one customs document in one list: what the company profile lacks, what the
// document lacks, what the destination rules ask and where it disagrees with its siblings.
import type { CompanyProfile } from '../../schemas/customs';
import type { DestinationRule } from '../../schemas/customs/rules';
import { companyProblems } from './companyNeeds';
import { type CheckedDocument, type PackedParcels, consistencyProblems } from './consistency';
import type { Problem } from './problems';
import { requiredFieldProblems } from './required';
import { ruleProblems } from './rules';

export interface CheckInput {
  doc: CheckedDocument;
  /** The other current documents of the same order(s). */
  others: CheckedDocument[];
  parcels: PackedParcels | null;
  rules: DestinationRule[];
  profile: CompanyProfile;
  /** Where the goods go and how: what decides which rules apply. */
  country: string;
  method: string;
}

const byPath = new Intl.Collator('en', { numeric: true });

/** Errors first, then in the order of the fields ("items.2" before "items.10"); one problem per key. */
export function checkDocument(input: CheckInput): Problem[] {
  const { doc, others, parcels, rules, profile, country, method } = input;
  const all = [
    ...companyProblems(doc.type, profile),
    ...requiredFieldProblems(doc),
    ...ruleProblems(doc, rules, { country, method }),
    ...consistencyProblems(doc, others, parcels),
  ];
  const seen = new Set<string>();
  const unique = all.filter((p) => !seen.has(p.key) && seen.add(p.key));
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return unique.sort((a, b) => rank(a) - rank(b) || byPath.compare(a.path, b.path));
}
