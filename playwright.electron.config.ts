// Playwright for the real desktop window (tests/electron). Separate from playwright.config.ts
// (browser harness, tests/e2e) because these need the Electron runtime and skip without it.
// Build first: `npx electron-vite build && npx playwright test -c playwright.electron.config.ts`.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/electron',
  // One Electron app at a time: each launch is a whole browser plus the core.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
