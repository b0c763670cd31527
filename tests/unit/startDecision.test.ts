// `npm start`'s decision (electron/tools/ensureElectron.cjs): use the Electron runtime when it is
// there, download it when it is not, and say why (pointing to `npm run web`) when that fails.
import { describe, expect, it, vi } from 'vitest';
import { ensureElectron } from '../../electron/tools/ensureElectron.cjs';
import { summarizeOutput } from '../../electron/tools/outputSummary.cjs';

const BINARY = '/repo/node_modules/electron/dist/electron';

/** A binary lookup that finds nothing until `install()` has run (as path.txt + dist/ appear). */
function machine({ installed = false } = {}) {
  let present = installed;
  return {
    findBinary: vi.fn(() => (present ? BINARY : null)),
    install: () => {
      present = true;
    },
  };
}

describe('ensureElectron', () => {
  it('uses the installed runtime without running the installer', () => {
    const m = machine({ installed: true });
    const runInstaller = vi.fn(() => ({ ok: true as const }));
    expect(ensureElectron({ findBinary: m.findBinary, runInstaller })).toEqual({ ok: true, binary: BINARY });
    expect(runInstaller).not.toHaveBeenCalled();
  });

  it('downloads a missing runtime once, then finds it', () => {
    const m = machine();
    const runInstaller = vi.fn(() => {
      m.install();
      return { ok: true as const };
    });
    const log = vi.fn();
    expect(ensureElectron({ findBinary: m.findBinary, runInstaller, log })).toEqual({ ok: true, binary: BINARY });
    expect(runInstaller).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('downloading'));
  });

  it('says why the download failed and points to npm run web', () => {
    const m = machine();
    const runInstaller = vi.fn(() => ({ ok: false as const, reason: 'TypeError: fetch failed (ENOTFOUND github.com)' }));
    const result = ensureElectron({ findBinary: m.findBinary, runInstaller });
    expect(runInstaller).toHaveBeenCalledTimes(1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('TypeError: fetch failed (ENOTFOUND github.com)');
    expect(result.message).toContain('ENOTFOUND github.com');
    expect(result.message).toContain('npm run web');
  });

  it('fails with a reason when the installer succeeds but no binary appears', () => {
    const m = machine();
    const runInstaller = vi.fn(() => ({ ok: true as const }));
    const result = ensureElectron({ findBinary: m.findBinary, runInstaller });
    expect(runInstaller).toHaveBeenCalledTimes(1);
    expect(m.findBinary).toHaveBeenCalledTimes(2);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('no Electron executable appeared') });
    expect(!result.ok && result.message).toContain('npm run web');
  });

  it('does not download over a missing ELECTRON_EXEC_PATH, and names it', () => {
    const m = machine();
    const runInstaller = vi.fn(() => ({ ok: true as const }));
    const result = ensureElectron({ findBinary: m.findBinary, runInstaller, envPath: '/opt/electron/electron' });
    expect(runInstaller).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('/opt/electron/electron') });
    expect(!result.ok && result.message).toContain('npm run web');
  });
});

describe('summarizeOutput (the reason taken from an installer output)', () => {
  it("keeps the error lines and drops stack frames and Node's error dump", () => {
    const stderr = [
      'Error: getaddrinfo ENOTFOUND cdn.playwright.dev',
      '    at GetAddrInfoReqWrap.onlookupall (node:internal/dns/promises:99:17) {',
      '  errno: -3008,',
      "  code: 'ENOTFOUND',",
      "  hostname: 'cdn.playwright.dev'",
      '}',
      'Error: getaddrinfo ENOTFOUND cdn.playwright.dev {',
      "  code: 'ENOTFOUND'",
      '}',
      '\u001b[2mDownloading Chrome\u001b[22m',
      'Failed to install browsers',
    ].join('\n');
    expect(summarizeOutput(stderr)).toBe('Error: getaddrinfo ENOTFOUND cdn.playwright.dev\nFailed to install browsers');
  });

  it('falls back to the last lines when none looks like an error, and is empty for no output', () => {
    expect(summarizeOutput('one\ntwo\nthree\nfour')).toBe('two\nthree\nfour');
    expect(summarizeOutput('')).toBe('');
    expect(summarizeOutput(undefined)).toBe('');
  });
});
