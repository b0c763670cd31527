// The body of every IPC handler: refuse senders that are not our own page, then hand the input to
// the core, which validates it against the contract. Imports nothing from 'electron' (types only)
// so the refusal rules are tested in plain Node.
import type { Envelope } from '../../shared/api/commands';
import { isTrustedSender } from './sender';

export const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'errors.forbidden', message: 'This request did not come from a Despacho screen and was refused.' },
};

const INTERNAL: Envelope<never> = {
  ok: false,
  error: { code: 'errors.internal', message: 'Something went wrong inside Despacho. Try again; if it keeps happening, restart the app.' },
};

/** The part of Electron's IpcMainInvokeEvent the guard looks at. */
export interface SenderEvent {
  senderFrame?: { url: string } | null;
}

export type Dispatch = (name: string, input: unknown) => Promise<Envelope<unknown>>;

export function guardedHandler(dispatch: Dispatch, name: string, allowedOrigins: string[]) {
  return async (event: SenderEvent, input: unknown): Promise<Envelope<unknown>> => {
    // senderFrame is null when the frame has navigated away or been destroyed meanwhile.
    if (!isTrustedSender(event.senderFrame?.url, allowedOrigins)) return FORBIDDEN;
    try {
      return await dispatch(name, input);
    } catch (err) {
      // dispatch is meant never to throw; if it does, answer with an envelope anyway, because a
      // rejection crossing IPC reaches the renderer as a bare message without a code.
      console.error(`Despacho: command ${name} failed unexpectedly.`, err);
      return INTERNAL;
    }
  };
}
