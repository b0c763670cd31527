// The Chromium (or Chrome) the end-to-end tests run in, found or installed in this order:
//   1. CHROMIUM_PATH, when it is set and names an executable;
//   2. an installed Chromium or Chrome (/usr/bin/chromium, then chromium, chromium-browser,
//      google-chrome, google-chrome-stable on PATH, then the usual macOS applications);
//   3. Playwright's own Chromium (chromium.executablePath()), downloading it with
//      `npx playwright install chromium` when it is not there yet;
//   4. on Debian or Ubuntu, and only as root, `apt-get install -y chromium` (`apt-get update` first
//      when that fails).
// When none works, one message says what each step found and what to install.
//
// Steps 3 and 4 install things, so only `npm run test:e2e` takes them (ensureBrowser.ts, run before
// Playwright); playwright.config.ts runs steps 1-3 without installing, which finds whatever
// ensureBrowser.ts found or installed. Every probe is injected so the unit tests
// (tests/unit/browserFinder.test.ts) run the order without touching the machine.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type * as PlaywrightTest from '@playwright/test';
import { summarizeOutput } from '../../electron/tools/outputSummary.cjs';

export type StepResult = { ok: true } | { ok: false; reason: string };

export interface BrowserProbes {
  env: Record<string, string | undefined>;
  /** True for an existing file this user may execute. */
  isExecutable(file: string): boolean;
  /** The executable `name` found on PATH, or null. */
  which(name: string): string | null;
  /** Where Playwright keeps (or would keep) its own Chromium: chromium.executablePath(). */
  playwrightChromium(): string;
  /** `npx playwright install chromium`. */
  installPlaywrightChromium(): StepResult;
  /** The text of /etc/os-release, or null. */
  osRelease(): string | null;
  isRoot(): boolean;
  /** Runs `apt-get <args>`. */
  aptGet(args: string[]): StepResult;
  /** Progress for the user (an install can take minutes). */
  log(line: string): void;
}

export interface Attempt {
  step: string;
  outcome: string;
}

export type BrowserSearch = { ok: true; path: string; step: string; tried: Attempt[] } | { ok: false; tried: Attempt[]; message: string };

/** Installed browsers: absolute paths, and names looked up on PATH. */
const FIXED_PATHS = ['/usr/bin/chromium'];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MAC_PATHS = ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

const STEP_ENV = 'CHROMIUM_PATH';
const STEP_INSTALLED = 'An installed Chromium or Chrome';
const STEP_PLAYWRIGHT = "Playwright's Chromium";
const STEP_APT = 'apt-get install chromium';

function installedBrowser(p: BrowserProbes): string | null {
  for (const file of FIXED_PATHS) if (p.isExecutable(file)) return file;
  for (const name of ON_PATH) {
    const found = p.which(name);
    if (found) return found;
  }
  for (const file of MAC_PATHS) if (p.isExecutable(file)) return file;
  return null;
}

/** True when /etc/os-release names Debian or Ubuntu (or a system based on them). */
export function isDebianLike(osRelease: string | null): boolean {
  if (!osRelease) return false;
  const ids = [...osRelease.matchAll(/^(ID|ID_LIKE)=["']?([^"'\n]*)["']?$/gm)].flatMap((m) => (m[2] ?? '').toLowerCase().split(/\s+/));
  return ids.includes('debian') || ids.includes('ubuntu');
}

const indent = (text: string) => text.split('\n').join('\n     ');

/**
 * Finds the browser, taking the install steps (3's download and 4) only when `install` is true.
 */
export function findBrowser(p: BrowserProbes, { install }: { install: boolean }): BrowserSearch {
  const tried: Attempt[] = [];
  const found = (path: string, step: string): BrowserSearch => ({ ok: true, path, step, tried });

  // 1. CHROMIUM_PATH
  const fromEnv = p.env.CHROMIUM_PATH;
  if (fromEnv && p.isExecutable(fromEnv)) return found(fromEnv, STEP_ENV);
  tried.push({ step: STEP_ENV, outcome: fromEnv ? `set to ${fromEnv}, which is not an executable file` : 'not set' });

  // 2. An installed Chromium or Chrome
  const installed = installedBrowser(p);
  if (installed) return found(installed, STEP_INSTALLED);
  tried.push({ step: STEP_INSTALLED, outcome: `none found (${[...FIXED_PATHS, ...ON_PATH.map((n) => `${n} on PATH`), ...MAC_PATHS].join(', ')})` });

  // 3. Playwright's own Chromium, downloaded when missing
  let playwrightPath = '';
  let playwrightProblem = '';
  try {
    playwrightPath = p.playwrightChromium();
  } catch (error) {
    playwrightProblem = `Playwright cannot say where its Chromium goes: ${(error as Error).message}`;
  }
  if (playwrightPath && p.isExecutable(playwrightPath)) return found(playwrightPath, STEP_PLAYWRIGHT);
  if (playwrightProblem) {
    tried.push({ step: STEP_PLAYWRIGHT, outcome: playwrightProblem });
  } else if (!install) {
    tried.push({ step: STEP_PLAYWRIGHT, outcome: `not downloaded (no ${playwrightPath}); \`npm run test:e2e\` tries \`npx playwright install chromium\`` });
  } else {
    p.log('No Chromium or Chrome found: trying `npx playwright install chromium` (a download of about 170 MB)...');
    const download = p.installPlaywrightChromium();
    if (download.ok && p.isExecutable(playwrightPath)) return found(playwrightPath, STEP_PLAYWRIGHT);
    tried.push({
      step: STEP_PLAYWRIGHT,
      outcome: `not downloaded, and \`npx playwright install chromium\` failed: ${download.ok ? `it finished but ${playwrightPath} is still missing` : download.reason}`,
    });
  }

  // 4. apt-get on Debian or Ubuntu, as root
  if (!install) {
    tried.push({ step: STEP_APT, outcome: 'not tried here; `npm run test:e2e` tries it (on Debian or Ubuntu, as root)' });
  } else if (!isDebianLike(p.osRelease())) {
    tried.push({ step: STEP_APT, outcome: 'skipped: this is not Debian or Ubuntu (/etc/os-release)' });
  } else if (!p.isRoot()) {
    tried.push({ step: STEP_APT, outcome: 'skipped: not running as root' });
  } else {
    p.log('Trying `apt-get install -y chromium`...');
    let apt = p.aptGet(['install', '-y', 'chromium']);
    if (!apt.ok) {
      p.log('That failed; running `apt-get update` and trying again...');
      const update = p.aptGet(['update']);
      apt = update.ok ? p.aptGet(['install', '-y', 'chromium']) : { ok: false, reason: `${apt.reason}\nthen \`apt-get update\` failed too: ${update.reason}` };
    }
    const afterApt = installedBrowser(p);
    if (afterApt) return found(afterApt, STEP_APT);
    tried.push({ step: STEP_APT, outcome: apt.ok ? 'it finished but no chromium appeared in /usr/bin or on PATH' : `failed: ${apt.reason}` });
  }

  const message = [
    'No Chromium or Chrome for the end-to-end tests. Tried, in order:',
    ...tried.map((t, i) => `  ${i + 1}. ${t.step}: ${indent(t.outcome)}`),
    'Install one, then run the tests again:',
    '  - Debian: `sudo apt-get install chromium`;',
    '  - Ubuntu, Fedora, other Linux, macOS: Google Chrome or Chromium from your usual source;',
    '  - where its download is reachable: `npx playwright install --with-deps chromium`;',
    '  - or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  ].join('\n');
  return { ok: false, tried, message };
}

// ---- The real machine -------------------------------------------------------------------------

const INSTALL_TIMEOUT_MS = 10 * 60_000;

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs a command quietly with a timeout; the reason on failure is taken from its output. */
function runQuietly(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): StepResult {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: INSTALL_TIMEOUT_MS,
    maxBuffer: 32 * 1024 * 1024,
    env,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { ok: false, reason: `it did not finish within ${INSTALL_TIMEOUT_MS / 60_000} minutes` };
  }
  if (result.error) return { ok: false, reason: result.error.message };
  if (result.status === 0) return { ok: true };
  const said = summarizeOutput(`${result.stderr}\n${result.stdout}`);
  return { ok: false, reason: said || `exit code ${result.status ?? result.signal}` };
}

/** The probes on this machine. */
export function machineProbes(): BrowserProbes {
  return {
    env: process.env,
    isExecutable: isExecutableFile,
    which: (name) => {
      for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        if (dir && isExecutableFile(join(dir, name))) return join(dir, name);
      }
      return null;
    },
    // Loaded here rather than at the top so the unit tests need no Playwright.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy and synchronous on purpose: import() would make this probe async
    playwrightChromium: () => (require('@playwright/test') as typeof PlaywrightTest).chromium.executablePath(),
    // The project's own Playwright CLI: what `npx playwright` runs, without asking the registry.
    installPlaywrightChromium: () => runQuietly(process.execPath, [require.resolve('@playwright/test/cli'), 'install', 'chromium']),
    osRelease: () => {
      try {
        return readFileSync('/etc/os-release', 'utf8');
      } catch {
        return null;
      }
    },
    isRoot: () => process.getuid?.() === 0,
    // Wait for another apt or dpkg (an unattended upgrade) instead of failing on its lock.
    aptGet: (args) => runQuietly('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }),
    log: (line) => console.log(line),
  };
}
