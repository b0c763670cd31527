// One subscription to main's events per window, fanned out to every listener: a second
// EventSource per screen would cost a connection each.
import type { AppEvent } from '../../../shared/api/commands';
import { getToken } from './token';

type Listener = (event: AppEvent) => void;

const listeners = new Set<Listener>();
const reconnectListeners = new Set<() => void>();
let stop: (() => void) | undefined;

// After the stream drops we wait well past Node's keep-alive timeout (5 s) before reconnecting.
// A harness that is shutting down ends the stream but keeps serving requests on sockets still
// open; a quick retry (EventSource's own is ~3 s) lands on one of them, opens a stream nobody will
// end, and the harness never exits. Missed events are made up for by refetching on reconnect.
const FIRST_RETRY_MS = 15_000;
const MAX_RETRY_MS = 60_000;

function dispatch(event: AppEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      console.error('event listener failed', error);
    }
  }
}

function startWeb(): () => void {
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retry = FIRST_RETRY_MS;
  let dropped = false;

  const connect = () => {
    source = new EventSource(`/api/events?token=${encodeURIComponent(getToken())}`);
    source.onopen = () => {
      retry = FIRST_RETRY_MS;
      // Events sent while we were away are lost: let screens refetch what they show.
      if (dropped) reconnectListeners.forEach((l) => l());
      dropped = false;
    };
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        dispatch(JSON.parse(message.data) as AppEvent);
      } catch {
        // A malformed message is dropped; the next refresh or event brings the screen up to date.
      }
    };
    source.onerror = () => {
      source?.close();
      dropped = true;
      timer = setTimeout(connect, retry);
      retry = Math.min(retry * 2, MAX_RETRY_MS);
    };
  };
  connect();
  return () => {
    if (timer) clearTimeout(timer);
    source?.close();
  };
}

function start(): () => void {
  const bridge = window.api;
  if (bridge) return bridge.onEvent(dispatch);
  if (typeof EventSource === 'undefined') return () => {};
  return startWeb();
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

/** Called when the event stream comes back after a drop (browser harness only). */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}
