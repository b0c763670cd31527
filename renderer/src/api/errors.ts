// The one error type the renderer sees from the API: an i18n code plus its parameters.
import type { AppErrorShape } from '../../../shared/api/commands';

export type Params = Record<string, string | number>;
export type Issue = NonNullable<AppErrorShape['issues']>[number];

export class AppError extends Error {
  readonly code: string;
  readonly params: Params;
  readonly issues: Issue[];

  constructor(shape: AppErrorShape) {
    super(shape.message || shape.code);
    this.name = 'AppError';
    this.code = shape.code;
    this.params = shape.params ?? {};
    this.issues = shape.issues ?? [];
  }
}

/** Anything thrown (AppError, a bug, a rejected promise) as an AppError, so screens handle one shape. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError({ code: 'errors.internal', message, params: { detail: message } });
}
