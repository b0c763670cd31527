// Starting the real desktop app for the Electron specs: the same build, flags and data folder
// handling in every spec, and the skip (with its reason) where the runtime is missing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinaryPath } from './electronBinary';

export const root = path.resolve(__dirname, '../..');
const binary = electronBinaryPath();

/** Call at the top of a spec: skips it where Electron is not installed, and runs its tests in order. */
export function needsElectron(): void {
  test.skip(!binary, 'The Electron binary is not installed on this machine (its download is unreachable here); these tests run where it is.');
  test.describe.configure({ mode: 'serial' });
}

export function freshDataDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `despacho-${tag}-`));
}

/** Launches the built app on `dataDir`. */
export async function launchDespacho(dataDir: string): Promise<ElectronApplication> {
  expect(fs.existsSync(path.join(root, 'out/main/index.js')), 'Build first: npx electron-vite build').toBe(true);
  return _electron.launch({
    // Pass the executable: without it Playwright calls require('electron'), which tries to download.
    executablePath: binary!,
    // The project folder (package.json "main" -> out/main/index.js) rather than the file itself, so
    // app.getName()/getVersion() are Despacho's and not Electron's.
    // Chromium refuses to start as root (CI containers) unless its OS sandbox is turned off.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
    cwd: root,
    env: { ...process.env, DESPACHO_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
  });
}

export async function closeDespacho(app: ElectronApplication | undefined, dataDir: string | undefined): Promise<void> {
  await app?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

/** A fresh data folder asks who is using the app, then offers the demo: answer both, as a user would. */
export async function answerFirstStart(page: Page, name = 'Electron Tester'): Promise<void> {
  const welcome = page.getByRole('dialog', { name: 'Who is using Despacho?' });
  await welcome.getByLabel('Your name').fill(name);
  await welcome.getByRole('button', { name: 'Continue' }).click();
  await expect(welcome).toBeHidden();
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('button', { name: 'Start empty' })).toHaveCount(0);
}
