// One IPC handler per contract command. The sender is checked here; the input is validated by
// the core against the contract's zod schema, so main never trusts what the renderer sends.
import { ipcMain, type BrowserWindow } from 'electron';
import { COMMAND_NAMES, EVENT_CHANNEL } from '../../shared/api/commands';
import type { CoreApp } from '../core/app';
import { guardedHandler } from './guardedHandler';
import { isTrustedSender } from './sender';

/** Registers the handlers; returns a function that removes them again. */
export function registerIpc(core: CoreApp, allowedOrigins: string[]): () => void {
  for (const name of COMMAND_NAMES) {
    ipcMain.handle(name, guardedHandler(core.dispatch, name, allowedOrigins));
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
