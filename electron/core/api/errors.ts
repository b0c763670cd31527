// Errors that reach the user. `code` is an i18n key the renderer translates; `message` is the
// English text for logs and for callers without translations.
import type { AppErrorShape } from '../../../shared/api/commands';

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params?: Record<string, string | number>,
    readonly issues?: AppErrorShape['issues'],
  ) {
    super(message);
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message, params: this.params, issues: this.issues };
  }
}

export const notFound = (what: string, id: number) => new AppError('errors.notFound', `${what} ${id} does not exist (it may have been removed).`, { what, id });
