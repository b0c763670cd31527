// Finds the Electron executable WITHOUT require('electron'), which would try to download the
// runtime and fail with a confusing message where the download is unreachable.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

/** The Electron executable, or null when it is not installed. Used by `npm start` and by the Electron tests. */
function electronBinaryPath() {
  // electron-vite honours ELECTRON_EXEC_PATH too, so a runtime installed elsewhere works with both.
  const fromEnv = process.env.ELECTRON_EXEC_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  let pkg;
  try {
    pkg = require.resolve('electron/package.json', { paths: [root] });
  } catch {
    return null;
  }
  const pathFile = path.join(path.dirname(pkg), 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = path.join(path.dirname(pkg), 'dist', relative);
  return fs.existsSync(binary) ? binary : null;
}

module.exports = { electronBinaryPath };
