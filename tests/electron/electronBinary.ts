// Finds the Electron executable without require('electron'), which would try to download it.
// Same rules as electron/tools/start.cjs.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const requireFromRoot = createRequire(path.resolve(__dirname, '../../package.json'));

/** Absolute path of the Electron executable, or null when the runtime is not installed. */
export function electronBinaryPath(): string | null {
  const fromEnv = process.env.ELECTRON_EXEC_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  let pkg: string;
  try {
    pkg = requireFromRoot.resolve('electron/package.json');
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
