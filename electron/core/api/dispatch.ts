// The single entry for every API call, from IPC or from the HTTP harness: checks the command
// name, re-validates the input with the contract's schema, runs the handler, announces the
// tables it wrote, and turns every failure into an envelope the renderer can translate.
import { z } from 'zod';
import { type AppEvent, COMMAND_NAMES, type CommandName, type Envelope } from '../../../shared/api/commands';
import { contract } from '../../../shared/api/contract';
import { AppError } from './errors';
import { type HandlerContext, handlers } from './handlers';

const KNOWN = new Set<string>(COMMAND_NAMES);

function paramsOf(issue: z.core.$ZodIssue): Record<string, string | number> | undefined {
  const p = (issue as { params?: Record<string, string | number> }).params;
  if (p) return p;
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const limit = (issue as { maximum?: unknown; minimum?: unknown }).maximum ?? (issue as { minimum?: unknown }).minimum;
    return { limit: String(limit) };
  }
  return undefined;
}

export function validationError(error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.message, params: paramsOf(i) }));
  const first = issues[0];
  return new AppError(
    'errors.validation',
    `Some fields are not valid${first ? ` (first: ${first.path || 'input'}: ${first.code})` : ''}. Correct the fields marked and save again.`,
    { count: issues.length },
    issues,
  );
}

export type Dispatch = (name: string, input: unknown) => Promise<Envelope<unknown>>;

export function createDispatch(ctx: HandlerContext, log: (msg: string, err: unknown) => void = console.error): Dispatch {
  return async (name, input) => {
    if (!KNOWN.has(name)) {
      return { ok: false, error: { code: 'errors.unknownCommand', message: `There is no command named ${String(name).slice(0, 80)}.` } };
    }
    const command = name as CommandName;
    const spec = contract[command];
    try {
      // Inside the try: a refinement that throws must still answer with an envelope.
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: validationError(parsed.error).toShape() };
      const handler = handlers[command] as (i: unknown, c: HandlerContext) => Promise<unknown>;
      const value = await handler(parsed.data, ctx);
      if (spec.writes.length > 0) ctx.emit({ type: 'tablesChanged', tables: [...spec.writes] } satisfies AppEvent);
      return { ok: true, value };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toShape() };
      if (err instanceof z.ZodError) return { ok: false, error: validationError(err).toShape() };
      log(`Command ${command} failed`, err);
      return {
        ok: false,
        error: {
          code: 'errors.internal',
          message: `Something went wrong while running ${command}; nothing was saved. Try again, and if it keeps happening, send the log to support. (${(err as Error).message ?? err})`,
        },
      };
    }
  };
}
