// The Electron tests find the runtime by the same rules as `npm start` (electron/tools/electronBinary.cjs).
import { createRequire } from 'node:module';

const load = createRequire(__filename);

/** Absolute path of the Electron executable, or null when the runtime is not installed. */
export const electronBinaryPath = (load('../../electron/tools/electronBinary.cjs') as { electronBinaryPath(): string | null }).electronBinaryPath;
