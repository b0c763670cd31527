// The refusals of step 6, each with what happened and what to do (i18n keys under clearanceErrors.*).
import { AppError } from '../api/errors';

export const filingNotFound = (id: number) =>
  new AppError('clearanceErrors.filingNotFound', `Filing ${id} does not exist. Reload the clearance list and try again.`, { id });

export const filingNotLive = (number: string, status: string) =>
  new AppError(
    'clearanceErrors.filingNotLive',
    `Declaration ${number} in this version is ${status}: customs' outcome is recorded on the filing in force. Open the declaration's current filing and record it there.`,
    { number, status },
  );

export const notBooked = (number: string, orderNumber: string, status: string) =>
  new AppError(
    'clearanceErrors.notBooked',
    `Order ${orderNumber} of declaration ${number} is ${status}: customs' outcome is recorded once its transport is booked. Book the carrier first.`,
    { number, orderNumber, status },
  );

export const alreadyDecided = (number: string, orderNumber: string, status: string) =>
  new AppError(
    'clearanceErrors.alreadyDecided',
    `Declaration ${number} already has customs' final word (order ${orderNumber} is ${status}). A released or rejected declaration takes no new outcome; if customs changed its mind, file a corrected declaration.`,
    { number, orderNumber, status },
  );

export const decidedBeforeFiling = (number: string, decidedAt: string, filedAt: string) =>
  new AppError(
    'clearanceErrors.decidedBeforeFiling',
    `The outcome's date ${decidedAt} is before declaration ${number} was filed (${filedAt}). Check the date customs gave.`,
    { number, decidedAt, filedAt },
  );

export const decidedBeforeLast = (number: string, decidedAt: string, lastAt: string) =>
  new AppError(
    'clearanceErrors.decidedBeforeLast',
    `The outcome's date ${decidedAt} is before the last outcome recorded on declaration ${number} (${lastAt}). Check the date customs gave.`,
    { number, decidedAt, lastAt },
  );

export const importHasErrors = (errorCount: number) =>
  new AppError(
    'clearanceErrors.importHasErrors',
    `${errorCount} problem(s) in the file, so no outcome was recorded. Correct the rows listed in the preview and import the file again.`,
    { errorCount },
  );

export const importEmpty = () => new AppError('clearanceErrors.importEmpty', 'The file has no outcome rows. Choose the file customs sent, with a header row.');

/** An outcome that fails the form's schema, in the shape dispatch gives a refused input (errors.validation). */
export function invalidOutcome(issues: { path: PropertyKey[]; message: string }[]): AppError {
  const list = issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.message }));
  const first = list[0];
  return new AppError(
    'errors.validation',
    `Some fields are not valid${first ? ` (first: ${first.path || 'input'}: ${first.code})` : ''}. Correct the fields marked and save again.`,
    { count: list.length },
    list,
  );
}
