// What the checks find on a document: a problem names the field it is about (a path in the
// document's data, or `company.<field>` for the company profile), so the editor can link to it.
import type { DocumentType } from '../../schemas/customs';

export type ProblemSource = 'required' | 'rule' | 'consistency' | 'company' | 'form';

export interface Problem {
  /** Stable across checks of the same situation: what an override names. */
  key: string;
  /** i18n key of the message (customs.problems.*), with its parameters. */
  code: string;
  params?: Record<string, string | number>;
  /** Field path in the document's data ("consignee.taxId", "items.2.hsCode") or "company.legalName". */
  path: string;
  source: ProblemSource;
  /** The document the field is in, when the problem is about another document than the one checked. */
  documentId?: number;
  documentType?: DocumentType;
  ruleId?: number;
  /** Errors block finalising; consistency mismatches may be overridden with a written reason. */
  severity: 'error' | 'warning';
  overridable: boolean;
}
