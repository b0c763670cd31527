// A window that shows one rendered document and prints it or saves it as PDF. It has no preload
// and no JavaScript: the page is data to look at, so it gets no way to reach the app or run code.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions, type Session } from 'electron';
import type { RenderedDocument } from '../../core/documents/host';
import { previewWindowLabels } from '../../core/documents/labels';
import { PREVIEW_PARTITION } from './documentProtocol';

/** Refuses everything a document could ask for: permissions, downloads. */
export function lockDownPreviewSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
}

export function openPreviewWindow(doc: RenderedDocument, url: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 900,
    height: 1000,
    title: doc.title,
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      partition: PREVIEW_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // The page may not go anywhere, open anything or change its title to something of its own.
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-redirect', (event) => event.preventDefault());
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.on('page-title-updated', (event) => event.preventDefault());

  const menu = Menu.buildFromTemplate(previewMenu(doc, win));
  win.setMenu(menu); // Windows and Linux; on macOS the same items are on right-click
  win.webContents.on('context-menu', () => menu.popup({ window: win }));
  win.once('ready-to-show', () => win.show());
  win.loadURL(url).catch((err: unknown) => console.error(`Despacho: the document ${doc.title} could not be shown.`, err));
  return win;
}

function previewMenu(doc: RenderedDocument, win: BrowserWindow): MenuItemConstructorOptions[] {
  const t = previewWindowLabels(doc.lang);
  return [
    {
      label: t.file,
      submenu: [
        { label: t.print, accelerator: 'CmdOrCtrl+P', click: () => win.webContents.print({ printBackground: true }) },
        { label: t.savePdf, accelerator: 'CmdOrCtrl+S', click: () => void saveAsPdf(doc, win) },
        { type: 'separator' },
        { label: t.close, accelerator: 'CmdOrCtrl+W', click: () => win.close() },
      ],
    },
  ];
}

async function saveAsPdf(doc: RenderedDocument, win: BrowserWindow): Promise<void> {
  const t = previewWindowLabels(doc.lang);
  const choice = await dialog.showSaveDialog(win, {
    title: t.savePdf.replace(/…$/, ''),
    defaultPath: join(app.getPath('documents'), doc.suggestedFileName),
    filters: [{ name: t.pdfFilter, extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return;
  try {
    const pdf = await win.webContents.printToPDF({ pageSize: doc.paper, printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true });
    await writeFile(choice.filePath, pdf);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    dialog.showErrorBox(t.savePdf.replace(/…$/, ''), t.saveFailed.replace('{{reason}}', reason));
  }
}
