// The one secure BrowserWindow, plus the guards every web contents gets: no new windows, no
// webviews, no navigation away from our own origin, no permissions.
import path from 'node:path';
import { app, BrowserWindow, shell, type Session, type WebContents } from 'electron';
import { isExternalLink, originOf } from './sender';

/** Refuse every permission (camera, notifications, geolocation...): the app needs none. */
export function lockDownSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/**
 * Installs the guards on every web contents as it is created, so a window or frame created by
 * any path gets them before it can load anything.
 */
export function guardAllWebContents(allowedOrigins: string[]): void {
  const allowed = new Set(allowedOrigins.map((o) => originOf(o)));
  const isOwn = (url: string) => {
    const origin = originOf(url);
    return origin !== null && allowed.has(origin);
  };

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links to the web open in the user's browser, never inside the app with our preload.
      if (isExternalLink(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => {
      if (!isOwn(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isOwn(event.url)) event.preventDefault();
    });
  });
}

export function createMainWindow(startUrl: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false, // shown on ready-to-show, so the user never sees an empty white frame
    title: 'Despacho',
    webPreferences: {
      // electron-vite emits out/main/index.js and out/preload/index.js side by side.
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
      // Middle-click would ask for a new window; the open handler denies it anyway, this stops the ask.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-fail-load', (_event, code, description, url) => {
    console.error(`Despacho: the window could not load ${url} (${code} ${description}).`);
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`Despacho: the window's renderer stopped (${details.reason}).`);
  });
  // Failures are reported by did-fail-load above; the rejection carries nothing more.
  win.loadURL(startUrl).catch(() => undefined);
  return win;
}
