// App lifecycle only: one instance, open the core, one secure window, close the core on quit.
import path from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { DamagedDatabaseError, openCore, restoreBeforeOpen, StartupError, type CoreApp } from '../core/app';
import { askToRestoreDamaged, backUpNow, restoreFromMenu } from './backupDialogs';
import { forwardEvents, registerIpc } from './ipc';
import { buildMenu } from './menu';
import { createPreviewHost } from './print/previewHost';
import { APP_ORIGIN, APP_START_URL, registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, guardAllWebContents, lockDownSession } from './window';

// A data folder from the environment (tests, a second profile) also becomes Chromium's profile
// folder, so separate data folders never share the single-instance lock, cache or storage.
const dataDirOverride = process.env.DESPACHO_DATA_DIR ? path.resolve(process.env.DESPACHO_DATA_DIR) : null;
if (dataDirOverride) app.setPath('userData', dataDirOverride);

// Both must happen before 'ready'.
registerAppScheme();
app.enableSandbox();

// The dev server URL is honoured only in development: in a packaged app an environment variable
// must not be able to point the window (and its IPC trust) at another site.
const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
const allowedOrigins = devServerUrl ? [APP_ORIGIN, devServerUrl] : [APP_ORIGIN];

let core: CoreApp | null = null;
let mainWindow: BrowserWindow | null = null;
let closingCore = false;

const spanish = () => app.getLocale().toLowerCase().startsWith('es');

async function failStartup(err: unknown): Promise<void> {
  const title = spanish() ? 'Despacho no pudo iniciarse' : 'Despacho could not start';
  const message =
    err instanceof StartupError
      ? err.userMessage
      : spanish()
        ? `Ocurrió un error inesperado al iniciar: ${String(err instanceof Error ? err.message : err)}\n\nCierre Despacho e inténtelo de nuevo. Si vuelve a ocurrir, contacte con soporte y mencione este mensaje.`
        : `An unexpected error happened while starting: ${String(err instanceof Error ? err.message : err)}\n\nClose Despacho and try again. If it happens again, contact support and mention this message.`;
  console.error('Despacho: startup failed.', err);
  dialog.showErrorBox(title, message);
  await core?.close().catch(() => undefined);
  core = null;
  app.exit(1); // no window was shown; a non-zero code tells launchers and tests it failed
}

function reportMenuError(err: unknown): void {
  console.error('Despacho: a backup action failed.', err);
  dialog.showErrorBox(spanish() ? 'No se ha podido hacer' : 'That did not work', String(err instanceof Error ? err.message : err));
}

/**
 * Opens the core; a damaged data file is never used: the user chooses between restoring the latest
 * good backup (then the app starts normally) and quitting. Null when the user quit.
 */
async function openOrRecover(dataDir: string): Promise<CoreApp | null> {
  const options = { dataDir, mode: 'electron' as const, version: app.getVersion() };
  try {
    return await openCore(options);
  } catch (err) {
    if (!(err instanceof DamagedDatabaseError)) throw err;
    console.error('Despacho: the data file is damaged.', err.message);
    if (!(await askToRestoreDamaged(err)) || !err.latestBackup) {
      app.exit(1);
      return null;
    }
    await restoreBeforeOpen(dataDir, err.latestBackup.name);
    return openCore(options); // a second failure is reported by failStartup like any other
  }
}

async function start(): Promise<void> {
  lockDownSession(session.defaultSession);
  serveRenderer(path.join(__dirname, '../renderer'));
  const opened = await openOrRecover(dataDirOverride ?? app.getPath('userData'));
  if (!opened) return;
  core = opened;
  // Printed documents open in preview windows of their own (no preload, no script).
  core.setDocumentHost(createPreviewHost());
  // Handlers first: the renderer calls the API as soon as it loads.
  registerIpc(core, allowedOrigins);
  buildMenu({
    backUpNow: () => void backUpNow(opened, mainWindow).catch(reportMenuError),
    restoreBackup: () => void restoreFromMenu(opened, mainWindow).catch(reportMenuError),
  });
  mainWindow = createMainWindow(devServerUrl ?? APP_START_URL);
  forwardEvents(core, mainWindow, allowedOrigins);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Despacho already has this data folder open; it focuses its window (below).
  app.quit();
} else {
  guardAllWebContents(allowedOrigins);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Quit on the last window everywhere, macOS included: there is nothing to do without one.
  app.on('window-all-closed', () => app.quit());

  // Closing the database is asynchronous: hold the quit until it is done, then quit again.
  app.on('will-quit', (event) => {
    if (!core) return;
    event.preventDefault();
    if (closingCore) return;
    closingCore = true;
    core
      .close()
      .catch((err: unknown) => console.error('Despacho: closing the data file failed.', err))
      .finally(() => {
        core = null;
        app.quit();
      });
  });

  app.whenReady().then(start).catch(failStartup);
}
