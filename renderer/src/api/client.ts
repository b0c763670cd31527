// The typed API over whichever transport this window has: the preload bridge in Electron,
// HTTP on 127.0.0.1 in the browser harness. Screens only ever see `api`.
import { COMMAND_NAMES, type AppErrorShape, type CommandName, type Envelope } from '../../../shared/api/commands';
import type { Api, BridgeApi, CommandInput, CommandResult } from '../../../shared/api/contract';
import { AppError } from './errors';
import { getToken } from './token';

function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new AppError(envelope.error);
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function overHttp<K extends CommandName>(name: K, input: CommandInput<K>): Promise<Envelope<CommandResult<K>>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${getToken()}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch (error) {
    // fetch only rejects when the server cannot be reached at all.
    throw new AppError({ code: 'errors.offline', message: error instanceof Error ? error.message : 'offline' });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isEnvelope(body)) return body as Envelope<CommandResult<K>>;
  const code = response.status === 401 || response.status === 403 ? 'errors.forbidden' : 'errors.internal';
  const error: AppErrorShape = { code, message: `HTTP ${response.status}`, params: { status: response.status } };
  return { ok: false, error };
}

async function call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandResult<K>> {
  const bridge = window.api;
  if (bridge) {
    let envelope: Envelope<CommandResult<K>>;
    try {
      envelope = await (bridge as BridgeApi)[name](input);
    } catch (error) {
      // The bridge itself failing means main is gone or the channel closed.
      throw new AppError({ code: 'errors.offline', message: error instanceof Error ? error.message : 'offline' });
    }
    return unwrap(envelope);
  }
  return unwrap(await overHttp(name, input));
}

function buildApi(): Api {
  const entries = COMMAND_NAMES.map((name) => [name, (input: CommandInput<typeof name>) => call(name, input)] as const);
  return Object.fromEntries(entries) as unknown as Api;
}

export const api: Api = buildApi();

/** Calls a command chosen at run time (query hooks); same typing as `api[name]`. */
export function callCommand<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandResult<K>> {
  return call(name, input);
}
