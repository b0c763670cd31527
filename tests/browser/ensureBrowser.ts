// Run by `npm run test:e2e` before Playwright: finds a Chromium or Chrome for the end-to-end tests,
// installing one when it can (see findBrowser.ts for the order). When there is none it prints one
// message (what was tried, what to install) and exits with 1, so the e2e run stops there instead
// of failing every test on a browser launch. It passes nothing on: whatever it found or installed
// is where playwright.config.ts looks too (the same steps, without installing).
import { findBrowser, machineProbes } from './findBrowser';

const result = findBrowser(machineProbes(), { install: true });
if (result.ok) {
  console.log(`Browser for the end-to-end tests: ${result.path} (${result.step}).`);
} else {
  console.error(result.message);
  process.exitCode = 1;
}
