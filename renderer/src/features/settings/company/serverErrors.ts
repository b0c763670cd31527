// Main re-checks the profile against the same schema: its issues go back on the fields they name.
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { AppError } from '../../../api/errors';
import { packMessage } from '../../../i18n/messages';

/** Sets each issue on its field; returns whether any did (if not, the caller tells the user). */
export function applyServerIssues<T extends FieldValues>(
  error: AppError,
  setError: UseFormSetError<T>,
  known: (path: string) => boolean = () => true,
): boolean {
  if (error.code !== 'errors.validation') return false;
  let placed = false;
  for (const issue of error.issues) {
    if (!issue.path || !known(issue.path)) continue;
    setError(issue.path as FieldPath<T>, { type: 'server', message: packMessage(issue.code, issue.params) });
    placed = true;
  }
  return placed;
}
