// One IPC handler per contract command. The sender is checked here; the input is validated by
// the core against the contract's zod schema, so main never trusts what the renderer sends.
import { ipcMain, type BrowserWindow } from 'electron';
import { COMMAND_NAMES, EVENT_CHANNEL, type Envelope } from '../../shared/api/commands';
import type { CoreApp } from '../core/app';
import { isTrustedSender } from './sender';

/** The channel main pushes AppEvents on. The preload repeats this literal (it may not import main code). */

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: {
    code: 'errors.forbidden',
    message: 'This request did not come from a Despacho screen and was refused.',
  },
};

const internalError = (): Envelope<never> => ({
  ok: false,
  error: {
    code: 'errors.internal',
    message: 'Something went wrong inside Despacho. Try again; if it keeps happening, restart the app.',
  },
});

/** Registers the handlers; returns a function that removes them again. */
export function registerIpc(core: CoreApp, allowedOrigins: string[]): () => void {
  for (const name of COMMAND_NAMES) {
    ipcMain.handle(name, async (event, input: unknown) => {
      // senderFrame is null when the frame has navigated away or been destroyed meanwhile.
      if (!isTrustedSender(event.senderFrame?.url, allowedOrigins)) return FORBIDDEN;
      try {
        return await core.dispatch(name, input);
      } catch (err) {
        // dispatch is meant never to throw; if it does, answer with an envelope anyway, because a
        // rejection crossing IPC reaches the renderer as a bare message without a code.
        console.error(`Despacho: command ${name} failed unexpectedly.`, err);
        return internalError();
      }
    });
  }
  return () => {
    for (const name of COMMAND_NAMES) ipcMain.removeHandler(name);
  };
}

/** Pushes core events (tables changed, progress) to the window until it closes. */
export function forwardEvents(core: CoreApp, win: BrowserWindow, allowedOrigins: string[]): () => void {
  const unsubscribe = core.onEvent((appEvent) => {
    if (win.isDestroyed() || win.webContents.isDestroyed()) return;
    // Navigation is already blocked; this also keeps data from a page that is somehow not ours.
    if (!isTrustedSender(win.webContents.getURL(), allowedOrigins)) return;
    win.webContents.send(EVENT_CHANNEL, appEvent);
  });
  win.once('closed', unsubscribe);
  return unsubscribe;
}
