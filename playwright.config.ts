// End-to-end tests in Chromium against the browser harness (the renderer and the real core over
// HTTP).
//
// The browser: `npm run test:e2e` first runs tests/browser/ensureBrowser.ts, which finds a Chromium
// or Chrome or installs one (CHROMIUM_PATH, an installed Chromium/Chrome, Playwright's own, apt-get
// on Debian as root) and stops the run with one message when it cannot. This config is evaluated
// when Playwright loads it (in the runner and again in each worker), before any globalSetup could
// run, so it resolves the browser itself, synchronously, with the same steps minus the installs:
// it lands on what ensureBrowser.ts found or installed. Run directly (`npx playwright test`) on a
// machine without a browser, it stops with the same message instead of failing every test.
import { defineConfig } from '@playwright/test';
import { findBrowser, machineProbes } from './tests/browser/findBrowser';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const browser = findBrowser(machineProbes(), { install: false });
if (!browser.ok) {
  // Playwright prints a config error's stack: keep it to the message, which says everything.
  const error = new Error(browser.message);
  error.stack = `Error: ${browser.message}`;
  throw error;
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one browser at a time keeps timings steady.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
  },
});
