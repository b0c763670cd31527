// Where a problem takes the broker: a field of this document, a field of another document, or the
// company profile in Settings (which focuses the field named in ?field=).
import type { Problem } from '../../../../../../shared/domain/customs/problems';

export type ProblemTarget = { kind: 'here'; path: string } | { kind: 'elsewhere'; to: string } | { kind: 'none' };

export function problemTarget(problem: Problem, documentId: number): ProblemTarget {
  if (problem.documentId !== undefined && problem.documentId !== documentId) {
    const field = problem.path ? `?field=${encodeURIComponent(problem.path)}` : '';
    return { kind: 'elsewhere', to: `/customs/documents/${problem.documentId}${field}` };
  }
  if (problem.path.startsWith('company.')) return { kind: 'elsewhere', to: `/settings?field=${encodeURIComponent(problem.path)}` };
  if (problem.path) return { kind: 'here', path: problem.path };
  return { kind: 'none' };
}

export interface ProblemGroups {
  /** Must be fixed before finalising. */
  errors: Problem[];
  /** Disagreements with the other documents: fixed, or accepted with a written reason. */
  mismatches: Problem[];
  warnings: Problem[];
}

export function groupProblems(problems: Problem[]): ProblemGroups {
  return {
    errors: problems.filter((p) => !p.overridable && p.severity === 'error'),
    mismatches: problems.filter((p) => p.overridable),
    warnings: problems.filter((p) => !p.overridable && p.severity !== 'error'),
  };
}
