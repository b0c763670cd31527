// `npm start`: build, then open the desktop window with electron-vite preview. Checks for the
// Electron runtime first WITHOUT require('electron'), which would try to download it and fail
// with a confusing message where the download is unreachable.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { electronBinaryPath } = require('./electronBinary.cjs');

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

const binary = electronBinaryPath();
if (!binary) {
  console.error(
    "Despacho's desktop window needs the Electron runtime, which is not installed on this machine " +
      '(the download is not reachable here).\n' +
      'Run `npm run web` to use Despacho in your browser instead.',
  );
  process.exit(1);
}

const env = { ...process.env, ELECTRON_EXEC_PATH: binary };
const built = run(['build'], env);
if (built !== 0) process.exit(built);
process.exit(run(['preview', '--skipBuild'], env));
