// The real desktop window: it opens on the orders screen, exposes only the typed API, saves and
// confirms an order through the form, and refuses navigation and new windows.
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { COMMAND_NAMES } from '../../shared/api/commands';
import { answerFirstStart, closeDespacho, freshDataDir, launchDespacho, needsElectron } from './launch';

needsElectron();

let dataDir: string;
let electronApp: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  dataDir = freshDataDir('electron');
  electronApp = await launchDespacho(dataDir);
  page = await electronApp.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  await answerFirstStart(page);
});

test.afterAll(() => closeDespacho(electronApp, dataDir));

test('opens on the orders screen with only the typed API exposed', async () => {
  expect(page.url()).toMatch(/^app:\/\/despacho\//);
  await expect(page.getByRole('heading', { name: 'Orders' }).first()).toBeVisible();

  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    module: typeof (globalThis as { module?: unknown }).module,
    ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
    apiKeys: Object.keys(window.api ?? {}).sort(),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.module).toBe('undefined');
  expect(globals.ipcRenderer).toBe('undefined');
  expect(globals.apiKeys).toEqual([...COMMAND_NAMES, 'onEvent'].sort());

  const info = await page.evaluate(() => window.api!['app.info']({}));
  expect(info.ok).toBe(true);
});

test('serves the renderer with a strict CSP and refuses paths outside it', async () => {
  const result = await page.evaluate(async () => {
    const index = await fetch('/index.html');
    const escape = await fetch('/%2e%2e%2fmain%2findex.js');
    const backslash = await fetch('/..%5cmain%5cindex.js');
    return {
      status: index.status,
      csp: index.headers.get('content-security-policy'),
      escape: escape.status,
      backslash: backslash.status,
    };
  });
  expect(result.status).toBe(200);
  expect(result.csp).toContain("script-src 'self'");
  expect(result.csp).toContain("object-src 'none'");
  expect(result.escape).toBe(404);
  expect(result.backslash).toBe(404);
});

test('creates an order through the form and confirms it', async () => {
  await page
    .getByRole('button', { name: 'New order' })
    .or(page.getByRole('link', { name: 'New order' }))
    .first()
    .click();

  await page.getByLabel('Order number').first().fill('E2E-ELECTRON-1');
  await page.getByLabel('Consignee name').fill('Lucía Fernández');
  await page.getByLabel('Address line 1').fill('Calle Mayor 1');
  await page.getByLabel('City').fill('Madrid');
  await page.getByLabel('Postal code').fill('28013');
  const country = page.getByLabel('Country', { exact: true });
  await country.fill('Spain');
  await page.getByRole('option', { name: 'Spain' }).first().click();
  await page.getByLabel('Phone').fill('+34 912 345 678');

  if ((await page.getByLabel(/SKU/).count()) === 0) await page.getByRole('button', { name: 'Add line' }).click();
  await page.getByLabel(/SKU/).first().fill('SKU-001');
  await page
    .getByLabel(/Description/)
    .first()
    .fill('Leather wallet');
  await page.getByLabel(/Brand/).first().fill('Acme');
  await page.getByLabel(/Model/).first().fill('W-1');
  await page
    .getByLabel(/Quantity/)
    .first()
    .fill('2');
  await page
    .getByLabel(/Unit price/)
    .first()
    .fill('19.90');

  await page.getByRole('button', { name: /^Save/ }).first().click();
  await expect(page.getByText('E2E-ELECTRON-1').first()).toBeVisible();

  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByText('Confirmed').first()).toBeVisible();
});

test('refuses navigation to other sites and new windows', async () => {
  const before = page.url();
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  // Give a navigation that was wrongly allowed time to commit before looking.
  await page.waitForTimeout(1000);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => location.origin)).toBe('app://despacho');

  const opened = await page.evaluate(() => window.open('http://example.com/') === null);
  expect(opened).toBe(true);
  expect(electronApp.windows()).toHaveLength(1);
});
