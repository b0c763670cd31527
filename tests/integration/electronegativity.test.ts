// Static security scan of the desktop app with Electronegativity, gated by an allowlist whose
// entries each say why a finding is acceptable here. The same gate is run on a deliberately
// insecure fixture to prove it really fails.
//
// What is scanned: a copy of electron/ (main, preload, core) plus renderer/index.html, the page the
// window loads, whose CSP meta tag is the only CSP the scanner can see (protocol.ts sends the
// same policy as a header, which it cannot detect). Paths in findings are relative to that copy.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AllowEntry,
  type GateResult,
  SECURITY_DIR,
  describeFindings,
  electronVersionOf,
  readAllowlist,
  securityGate,
} from '../security/electronegativityGate';
import { webPreferenceProblems } from '../security/webPreferences';

const ROOT = join(__dirname, '../..');
const FIXTURE = join(SECURITY_DIR, 'insecure-fixture');
const ELECTRON_VERSION = electronVersionOf(join(ROOT, 'package.json'));
const SCAN_TIMEOUT = 120_000;

let stage: string;
let app: Promise<GateResult>;
let fixture: Promise<GateResult>;

beforeAll(() => {
  stage = mkdtempSync(join(tmpdir(), 'despacho-scan-'));
  cpSync(join(ROOT, 'electron'), join(stage, 'electron'), { recursive: true });
  const page = join(ROOT, 'renderer', 'index.html');
  if (existsSync(page)) {
    mkdirSync(join(stage, 'renderer'));
    cpSync(page, join(stage, 'renderer', 'index.html'));
  }
  // Both scans start now and run side by side; each test awaits the one it needs.
  app = securityGate(stage, ELECTRON_VERSION);
  fixture = securityGate(FIXTURE, ELECTRON_VERSION);
  // Failures surface in the tests that await them, not as unhandled rejections.
  app.catch(() => undefined);
  fixture.catch(() => undefined);
});

afterAll(async () => {
  await Promise.allSettled([app, fixture]);
  rmSync(stage, { recursive: true, force: true });
});

describe('Electronegativity security gate', () => {
  it('every allowlist entry names a rule and gives a real reason', () => {
    const entries = readAllowlist();
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries as AllowEntry[]) {
      expect(e.ruleId, JSON.stringify(e)).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(e.reason.trim().length, `reason for ${e.ruleId} is too short to be a real reason`).toBeGreaterThanOrEqual(80);
    }
  });

  it(
    'finds nothing in electron/ and the renderer page beyond the allowlist',
    async () => {
      const result = await app;
      console.log(`[electronegativity] Electron ${ELECTRON_VERSION}; app findings:\n  ${describeFindings(result.findings).join('\n  ')}`);
      expect(result.parseErrors, 'files the scanner could not parse are blind spots').toEqual([]);
      expect(describeFindings(result.violations)).toEqual([]);
      // The scan really looked at the app: the window and its preload were seen.
      expect(result.findings.some((f) => f.file === 'electron/main/window.ts')).toBe(true);
    },
    SCAN_TIMEOUT,
  );

  it(
    'has no stale allowlist entries (each one still explains a finding)',
    async () => {
      const result = await app;
      const used = new Set(result.usedEntries.map((e) => JSON.stringify(e)));
      const unused = readAllowlist().filter((e) => !used.has(JSON.stringify(e)));
      expect(
        unused.map((e) => `${e.ruleId} ${e.files?.join(',') ?? ''}`),
        'remove entries whose finding is gone',
      ).toEqual([]);
    },
    SCAN_TIMEOUT,
  );

  it(
    'fails on the deliberately insecure fixture',
    async () => {
      const result = await fixture;
      expect(result.parseErrors).toEqual([]);
      const rules = new Set(result.violations.map((f) => f.ruleId));
      console.log(`[electronegativity] fixture violations: ${[...rules].sort().join(', ')}`);
      for (const rule of [
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
        'INSECURE_CONTENT_JS_CHECK',
        'HTTP_RESOURCES_JS_CHECK',
        'EXPERIMENTAL_FEATURES_JS_CHECK',
        'REMOTE_MODULE_JS_CHECK',
        'CERTIFICATE_ERROR_EVENT_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
        'HTTP_RESOURCES_WITH_NODE_INTEGRATION_GLOBAL_CHECK',
        // Allowlisted for the app, but only in the app's file / with the app's message:
        'AUXCLICK_JS_CHECK',
        'OPEN_EXTERNAL_JS_CHECK',
        'CSP_GLOBAL_CHECK', // here "No CSP has been detected", which is never allowed
      ]) {
        expect(rules.has(rule), `${rule} should be reported for the fixture`).toBe(true);
      }
    },
    SCAN_TIMEOUT,
  );
});

describe('webPreferences of every window', () => {
  it('are literal and secure in electron/', () => {
    const { windows, problems } = webPreferenceProblems(ROOT, [join(ROOT, 'electron')]);
    expect(windows, 'no BrowserWindow found: the check would pass vacuously').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('are reported for the insecure fixture', () => {
    const { windows, problems } = webPreferenceProblems(ROOT, [FIXTURE]);
    expect(windows).toBe(1);
    for (const option of [
      'contextIsolation',
      'sandbox',
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'webSecurity',
      'allowRunningInsecureContent',
      'webviewTag',
      'enableBlinkFeatures',
    ]) {
      expect(
        problems.some((p) => p.includes(`webPreferences.${option} `)),
        `${option} should be reported`,
      ).toBe(true);
    }
  });
});
