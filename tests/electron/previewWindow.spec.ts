// The desktop preview window for printed documents: no preload, no JavaScript, sandboxed, in its
// own session, served through despacho-doc: with the document's CSP; it prints to PDF.
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { openCore } from '../../electron/core/app';
import { HOSTILE_NAME, seedPickList } from '../integration/documentsSeed';
import { closeDespacho, freshDataDir, launchDespacho, needsElectron } from './launch';

needsElectron();

let dataDir: string;
let electronApp: ElectronApplication;
let main: Page;
let preview: Page;
let pickListId: number;

test.beforeAll(async () => {
  dataDir = freshDataDir('electron-preview');
  const core = await openCore({ dataDir, mode: 'electron', version: '0.0.0-test' });
  try {
    pickListId = (await seedPickList(core.db)).pickListId;
  } finally {
    await core.close();
  }
  electronApp = await launchDespacho(dataDir);
  main = await electronApp.firstWindow();
  await main.waitForLoadState('domcontentloaded');
  const opened = electronApp.waitForEvent('window');
  const shown = await main.evaluate((id) => window.api!['documents.pickList']({ pickListId: id, paper: 'A4' }), pickListId);
  expect(shown).toEqual({ ok: true, value: { title: 'Pick list PL-2026-0001' } }); // no url: the window is the viewer
  preview = await opened;
  await preview.waitForLoadState('domcontentloaded');
});

test.afterAll(() => closeDespacho(electronApp, dataDir));

// The literal webPreferences are pinned by tests/unit/documentsPreviewWindow.test.ts; here the
// running window is checked for what they must produce.
test('the preview window runs in its own session, without preload or script', async () => {
  const win = await electronApp.evaluate(({ BrowserWindow, session }) => {
    const w = BrowserWindow.getAllWindows().find((x) => x.webContents.getURL().startsWith('despacho-doc:'))!;
    return {
      url: w.webContents.getURL(),
      title: w.getTitle(),
      ownSession: w.webContents.session === session.fromPartition('despacho-preview'),
      defaultSession: w.webContents.session === session.defaultSession,
    };
  });
  expect(win).toMatchObject({ title: 'Pick list PL-2026-0001', ownSession: true, defaultSession: false });
  expect(win.url).toMatch(/^despacho-doc:[A-Za-z0-9_-]{22}$/);
  const globals = await preview.evaluate(() => ({
    api: typeof (window as { api?: unknown }).api,
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(globals).toEqual({ api: 'undefined', require: 'undefined', process: 'undefined' });
  // A script element the page gains does not run (javascript: false, and the CSP has no script source).
  const ran = await preview.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 1';
    document.body.append(s);
    return (window as { __pwned?: number }).__pwned ?? null;
  });
  expect(ran).toBeNull();
});

test('the document shows user text as text, with barcodes, and nothing of the app', async () => {
  await expect(preview.locator('td div', { hasText: HOSTILE_NAME })).toHaveCount(1);
  expect(await preview.locator('img, script').count()).toBe(0);
  await expect(preview.locator('svg')).toHaveCount(7);
});

test('the app window cannot load documents, and the preview cannot navigate or open windows', async () => {
  const fromApp = await main.evaluate(() =>
    fetch('despacho-doc:AAAAAAAAAAAAAAAAAAAAAA').then(
      () => 'loaded',
      () => 'refused',
    ),
  );
  expect(fromApp).toBe('refused');
  const before = preview.url();
  await preview.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await preview.waitForTimeout(1000); // give a wrongly allowed navigation time to commit
  expect(preview.url()).toBe(before);
  expect(await preview.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(electronApp.windows()).toHaveLength(2);
});

test('saves as an A4 PDF', async () => {
  const pdf = await electronApp.evaluate(async ({ BrowserWindow }) => {
    const win = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().startsWith('despacho-doc:'))!;
    const data = await win.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    return { head: data.subarray(0, 5).toString('latin1'), size: data.length };
  });
  expect(pdf.head).toBe('%PDF-');
  expect(pdf.size).toBeGreaterThan(5_000);
});
