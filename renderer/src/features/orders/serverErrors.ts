// Putting an error from main back onto the form fields it is about.
import type { FieldPath, UseFormSetError } from 'react-hook-form';
import type { OrderInput } from '../../../../shared/schemas/order';
import type { AppError } from '../../api/errors';
import { fieldLabel, packMessage, translateMessage } from '../../i18n/messages';

/** Sets field errors; returns the sentences for issues that match no field, for the banner. */
export function applyServerError(error: AppError, setError: UseFormSetError<OrderInput>): string[] {
  const loose: string[] = [];
  if (error.code === 'errors.validation') {
    for (const issue of error.issues) {
      // Main validates the whole command input, so paths start with "order.".
      const path = issue.path.replace(/^order\.?/, '');
      const known = path !== '' && fieldLabel(path) !== path;
      if (known || path === 'lines') {
        setError(path as FieldPath<OrderInput>, { type: 'server', message: packMessage(issue.code, issue.params) });
      } else {
        loose.push(translateMessage(issue.code, issue.params));
      }
    }
  } else if (error.code === 'errors.duplicateOrder') {
    setError('orderNumber', { type: 'server', message: packMessage(error.code, error.params) });
  }
  return loose;
}
