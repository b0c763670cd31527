// The browser for the end-to-end tests (tests/browser/findBrowser.ts): the order of the steps, the
// install steps only when allowed, and the one message when nothing works.
import { describe, expect, it, vi } from 'vitest';
import { type BrowserProbes, findBrowser, isDebianLike } from '../../tests/browser/findBrowser';

const PLAYWRIGHT = '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';

/**
 * A machine with nothing on it: no CHROMIUM_PATH, no browser, every install failing, Debian, root.
 * `files` are the executables present; installs add theirs when they succeed.
 */
function machine(overrides: Partial<BrowserProbes> = {}, files: string[] = []) {
  const present = new Set(files);
  const calls: string[] = [];
  const probes: BrowserProbes = {
    env: {},
    isExecutable: (file) => present.has(file),
    which: (name) => (present.has(`/usr/local/bin/${name}`) ? `/usr/local/bin/${name}` : null),
    playwrightChromium: () => PLAYWRIGHT,
    installPlaywrightChromium: () => {
      calls.push('playwright install');
      return { ok: false, reason: 'Error: getaddrinfo ENOTFOUND cdn.playwright.dev\nFailed to install browsers' };
    },
    osRelease: () => DEBIAN,
    isRoot: () => true,
    aptGet: (args) => {
      calls.push(`apt-get ${args.join(' ')}`);
      return args[0] === 'update' ? { ok: true } : { ok: false, reason: 'E: Unable to locate package chromium' };
    },
    log: () => {},
    ...overrides,
  };
  return { probes, present, calls };
}

describe('findBrowser: the order', () => {
  it('1. takes CHROMIUM_PATH first when it is executable', () => {
    const { probes, calls } = machine({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' } }, ['/opt/chrome/chrome', '/usr/bin/chromium', PLAYWRIGHT]);
    expect(findBrowser(probes, { install: true })).toMatchObject({ ok: true, path: '/opt/chrome/chrome', step: 'CHROMIUM_PATH' });
    expect(calls).toEqual([]);
  });

  it('2. passes over a CHROMIUM_PATH that is not executable to /usr/bin/chromium', () => {
    const { probes } = machine({ env: { CHROMIUM_PATH: '/nonexistent' } }, ['/usr/bin/chromium', PLAYWRIGHT]);
    const result = findBrowser(probes, { install: true });
    expect(result).toMatchObject({ ok: true, path: '/usr/bin/chromium' });
    expect(result.tried).toEqual([{ step: 'CHROMIUM_PATH', outcome: 'set to /nonexistent, which is not an executable file' }]);
  });

  it('2. looks on PATH in order: chromium, chromium-browser, google-chrome, google-chrome-stable', () => {
    const which = vi.fn((name: string) => (name === 'google-chrome' || name === 'google-chrome-stable' ? `/usr/local/bin/${name}` : null));
    const { probes } = machine({ which });
    expect(findBrowser(probes, { install: true })).toMatchObject({ ok: true, path: '/usr/local/bin/google-chrome' });
    expect(which.mock.calls.map(([name]) => name)).toEqual(['chromium', 'chromium-browser', 'google-chrome']);
  });

  it('2. finds Google Chrome in the usual macOS place', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const { probes } = machine({}, [mac, PLAYWRIGHT]);
    expect(findBrowser(probes, { install: true })).toMatchObject({ ok: true, path: mac });
  });

  it("3. takes Playwright's Chromium when it is already downloaded, without installing anything", () => {
    const { probes, calls } = machine({}, [PLAYWRIGHT]);
    expect(findBrowser(probes, { install: true })).toMatchObject({ ok: true, path: PLAYWRIGHT, step: "Playwright's Chromium" });
    expect(calls).toEqual([]);
  });

  it("3. downloads Playwright's Chromium before trying apt-get", () => {
    const m = machine({
      installPlaywrightChromium: () => {
        m.calls.push('playwright install');
        m.present.add(PLAYWRIGHT);
        return { ok: true };
      },
    });
    expect(findBrowser(m.probes, { install: true })).toMatchObject({ ok: true, path: PLAYWRIGHT });
    expect(m.calls).toEqual(['playwright install']);
  });

  it('4. then apt-get install on Debian as root, with apt-get update first when the install fails', () => {
    const m = machine({
      aptGet: (args) => {
        m.calls.push(`apt-get ${args.join(' ')}`);
        if (args[0] === 'update') m.present.add('updated');
        if (args[0] === 'install' && !m.present.has('updated')) return { ok: false, reason: 'E: Unable to locate package chromium' };
        if (args[0] === 'install') m.present.add('/usr/bin/chromium');
        return { ok: true };
      },
    });
    expect(findBrowser(m.probes, { install: true })).toMatchObject({ ok: true, path: '/usr/bin/chromium', step: 'apt-get install chromium' });
    expect(m.calls).toEqual(['playwright install', 'apt-get install -y chromium', 'apt-get update', 'apt-get install -y chromium']);
  });

  it('4. recognises Ubuntu and Debian-based systems, not others', () => {
    expect(isDebianLike('ID=ubuntu\nID_LIKE=debian\n')).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike('ID="fedora"\n')).toBe(false);
    expect(isDebianLike(null)).toBe(false);
  });

  it('4. does not run apt-get when not root, nor off Debian', () => {
    const notRoot = machine({ isRoot: () => false });
    expect(findBrowser(notRoot.probes, { install: true }).ok).toBe(false);
    expect(notRoot.calls).toEqual(['playwright install']);

    const fedora = machine({ osRelease: () => 'ID=fedora\n' });
    expect(findBrowser(fedora.probes, { install: true }).ok).toBe(false);
    expect(fedora.calls).toEqual(['playwright install']);
  });

  it('installs nothing when install is false (what playwright.config.ts does)', () => {
    const { probes, calls } = machine();
    const result = findBrowser(probes, { install: false });
    expect(result.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('findBrowser: the message when nothing works', () => {
  it('lists every step with why it failed, and what to install', () => {
    const { probes, calls } = machine({ env: { CHROMIUM_PATH: '/nonexistent' } });
    const result = findBrowser(probes, { install: true });
    expect(calls).toEqual(['playwright install', 'apt-get install -y chromium', 'apt-get update', 'apt-get install -y chromium']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.tried.map((t) => t.step)).toEqual(['CHROMIUM_PATH', 'An installed Chromium or Chrome', "Playwright's Chromium", 'apt-get install chromium']);
    const lines = result.message.split('\n');
    expect(lines[0]).toBe('No Chromium or Chrome for the end-to-end tests. Tried, in order:');
    expect(result.message).toContain('1. CHROMIUM_PATH: set to /nonexistent, which is not an executable file');
    expect(result.message).toContain('2. An installed Chromium or Chrome: none found (/usr/bin/chromium, chromium on PATH, chromium-browser on PATH');
    expect(result.message).toContain('`npx playwright install chromium` failed: Error: getaddrinfo ENOTFOUND cdn.playwright.dev');
    expect(result.message).toContain('4. apt-get install chromium: failed: E: Unable to locate package chromium');
    expect(result.message).toContain('sudo apt-get install chromium');
    expect(result.message).toContain('CHROMIUM_PATH to a Chromium or Chrome executable');
  });

  it('gives both reasons when apt-get update fails too', () => {
    const m = machine({
      aptGet: (args) => {
        m.calls.push(`apt-get ${args.join(' ')}`);
        return {
          ok: false,
          reason: args[0] === 'update' ? 'E: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease' : 'E: Unable to locate package chromium',
        };
      },
    });
    const result = findBrowser(m.probes, { install: true });
    expect(m.calls).toEqual(['playwright install', 'apt-get install -y chromium', 'apt-get update']);
    expect(!result.ok && result.message).toContain(
      '4. apt-get install chromium: failed: E: Unable to locate package chromium\n     then `apt-get update` failed too: E: Failed to fetch',
    );
  });

  it('says why apt-get was skipped', () => {
    const notRoot = findBrowser(machine({ isRoot: () => false }).probes, { install: true });
    expect(!notRoot.ok && notRoot.message).toContain('4. apt-get install chromium: skipped: not running as root');
    const fedora = findBrowser(machine({ osRelease: () => 'ID=fedora\n' }).probes, { install: true });
    expect(!fedora.ok && fedora.message).toContain('skipped: this is not Debian or Ubuntu');
  });

  it('says which steps only `npm run test:e2e` takes when installing is off', () => {
    const result = findBrowser(machine().probes, { install: false });
    expect(!result.ok && result.message).toContain(`3. Playwright's Chromium: not downloaded (no ${PLAYWRIGHT})`);
    expect(!result.ok && result.message).toContain('4. apt-get install chromium: not tried here; `npm run test:e2e` tries it');
  });

  it('reports a Playwright that cannot name its browser path, and goes on', () => {
    const m = machine({
      playwrightChromium: () => {
        throw new Error('Unsupported platform');
      },
    });
    const result = findBrowser(m.probes, { install: true });
    expect(!result.ok && result.message).toContain("3. Playwright's Chromium: Playwright cannot say where its Chromium goes: Unsupported platform");
    expect(m.calls).toEqual(['apt-get install -y chromium', 'apt-get update', 'apt-get install -y chromium']);
  });
});
