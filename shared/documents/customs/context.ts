// What a customs template knows besides the document's data: its number, version, state and the
// reader's language and paper. The core fills it from the stored row and the company profile.
import type { Paper } from '../html';
import type { DocumentLanguage, DocumentStatus } from '../../schemas/customs';

export interface TemplateContext {
  /** '' for a draft. */
  number: string;
  version: number;
  status: DocumentStatus;
  lang: DocumentLanguage;
  paper: Paper;
  /** The company logo as a data: URL, or ''. */
  logo: string;
  /** ISO timestamp. */
  finalisedAt: string | null;
  finalisedBy: string | null;
  /** The version that replaced this one, when status is 'replaced'. */
  replacedByVersion?: number;
}
