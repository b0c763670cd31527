// The Electron runtime for `npm start`. Electron 45 downloads its binary lazily: its package's
// install script (node_modules/electron/install.js) fetches it and writes `path.txt` and `dist/`
// beside the package. We never `require('electron')` to find the binary (that itself starts the
// download); electronBinary.cjs looks for `path.txt` + `dist/` instead.
//
// ensureElectron() is the decision, with the binary lookup and the installer injected so the unit
// tests (tests/unit/startDecision.test.ts) run it without a network; runElectronInstaller() is the
// real installer, run in a child process with a timeout and its output kept for the reason.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { summarizeOutput } = require('./outputSummary.cjs');

const root = path.resolve(__dirname, '../..');
const INSTALL_TIMEOUT_MS = 10 * 60_000;

/** What `npm start` prints when there is no runtime: why, and the browser version instead. */
function failureMessage(reason, headline = "Despacho's desktop window needs the Electron runtime, and downloading it failed:") {
  return [
    headline,
    ...reason.split('\n').map((line) => `  ${line}`),
    'Run `npm run web` to use Despacho in your browser instead (the same app, served on 127.0.0.1).',
    'Once the download is reachable, `npm start` tries it again (ELECTRON_MIRROR can name a mirror).',
  ].join('\n');
}

/**
 * The Electron executable, downloading the runtime first when it is missing.
 * - findBinary(): the executable, or null when it is not installed (electronBinary.cjs).
 * - runInstaller(): runs Electron's installer; returns { ok: true } or { ok: false, reason }.
 * - envPath: ELECTRON_EXEC_PATH when set: a runtime chosen by the user, never replaced by a download.
 * - log(line): progress for the user.
 * Returns { ok: true, binary } or { ok: false, reason, message } (message mentions `npm run web`).
 */
function ensureElectron({ findBinary, runInstaller, envPath, log = () => {} }) {
  const present = findBinary();
  if (present) return { ok: true, binary: present };

  const fail = (reason, headline) => ({ ok: false, reason, message: failureMessage(reason, headline) });
  if (envPath) {
    return fail(
      `ELECTRON_EXEC_PATH is set to ${envPath}, which does not exist (unset it to let \`npm start\` download the runtime).`,
      "Despacho's desktop window needs the Electron runtime, and the one named in ELECTRON_EXEC_PATH is missing:",
    );
  }

  log('The Electron runtime is not installed yet: downloading it (about 100 MB, once)...');
  const installed = runInstaller();
  if (!installed.ok) return fail(installed.reason || "Electron's installer failed and gave no reason.");
  const binary = findBinary();
  if (!binary) return fail("Electron's installer finished, but no Electron executable appeared in node_modules/electron/dist.");
  return { ok: true, binary };
}

/** Runs `node node_modules/electron/install.js` (quietly, with a timeout); { ok } or { ok: false, reason }. */
function runElectronInstaller({ timeoutMs = INSTALL_TIMEOUT_MS } = {}) {
  let installScript;
  try {
    installScript = path.join(path.dirname(require.resolve('electron/package.json', { paths: [root] })), 'install.js');
  } catch {
    return { ok: false, reason: 'The electron package is not in node_modules: run `npm install` first.' };
  }
  if (!fs.existsSync(installScript)) return { ok: false, reason: `${path.relative(root, installScript)} is missing: run \`npm install\` again.` };

  const result = spawnSync(process.execPath, ['-r', path.join(__dirname, 'fetchCause.cjs'), installScript], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error && result.error.code === 'ETIMEDOUT') {
    const limit = timeoutMs >= 60_000 ? `${Math.round(timeoutMs / 60_000)} minutes` : `${Math.round(timeoutMs / 1000)} seconds`;
    return { ok: false, reason: `The download did not finish within ${limit}.` };
  }
  if (result.error) return { ok: false, reason: `Electron's installer could not run: ${result.error.message}` };
  if (result.status === 0) return { ok: true };
  const said = summarizeOutput(`${result.stderr}\n${result.stdout}`);
  const how = result.status === null ? `was stopped by ${result.signal}` : `exited with code ${result.status}`;
  return { ok: false, reason: said || `Electron's installer ${how} without saying why.` };
}

module.exports = { ensureElectron, failureMessage, runElectronInstaller };
