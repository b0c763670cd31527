// `npm start`: make sure the Electron runtime is there (downloading it on first start, see
// ensureElectron.cjs), build, then open the desktop window with electron-vite preview. When the
// runtime cannot be had, say why and point to `npm run web`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { electronBinaryPath } = require('./electronBinary.cjs');
const { ensureElectron, runElectronInstaller } = require('./ensureElectron.cjs');

const root = path.resolve(__dirname, '../..');

function electronViteCli() {
  // electron-vite's package exports do not include its bin file; find it through package.json.
  const pkgFile = require.resolve('electron-vite/package.json', { paths: [root] });
  const bin = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).bin;
  return path.join(path.dirname(pkgFile), typeof bin === 'string' ? bin : bin['electron-vite']);
}

function run(args, env) {
  const result = spawnSync(process.execPath, [electronViteCli(), ...args], { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  // A child killed by a signal has no status: report failure rather than success.
  return result.status ?? 1;
}

const electron = ensureElectron({
  findBinary: electronBinaryPath,
  runInstaller: () => runElectronInstaller(),
  envPath: process.env.ELECTRON_EXEC_PATH,
  log: (line) => console.log(line),
});
if (!electron.ok) {
  console.error(electron.message);
  process.exit(1);
}

// electron-vite honours ELECTRON_EXEC_PATH, so it never calls require('electron') itself.
const env = { ...process.env, ELECTRON_EXEC_PATH: electron.binary };
const built = run(['build'], env);
if (built !== 0) process.exit(built);
process.exit(run(['preview', '--skipBuild'], env));
