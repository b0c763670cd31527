// One subscription to main's events per window, fanned out to every listener: a second
// EventSource per screen would cost a connection each.
import type { AppEvent } from '../../../shared/api/commands';
import { getToken } from './token';

type Listener = (event: AppEvent) => void;

const listeners = new Set<Listener>();
let stop: (() => void) | undefined;

function dispatch(event: AppEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      console.error('event listener failed', error);
    }
  }
}

function start(): () => void {
  const bridge = window.despacho;
  if (bridge) return bridge.onEvent(dispatch);
  if (typeof EventSource === 'undefined') return () => {};
  const source = new EventSource(`/api/events?token=${encodeURIComponent(getToken())}`);
  source.onmessage = (message: MessageEvent<string>) => {
    try {
      dispatch(JSON.parse(message.data) as AppEvent);
    } catch {
      // A malformed message is dropped; the next refresh or event brings the screen up to date.
    }
  };
  return () => source.close();
}

export function onEvent(listener: Listener): () => void {
  listeners.add(listener);
  if (!stop) stop = start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stop) {
      stop();
      stop = undefined;
    }
  };
}
