// Types for ensureElectron.cjs (plain CommonJS so `npm start` runs it with node alone).
export type InstallerResult = { ok: true } | { ok: false; reason: string };
export type EnsureResult = { ok: true; binary: string } | { ok: false; reason: string; message: string };

export declare function ensureElectron(options: {
  findBinary: () => string | null;
  runInstaller: () => InstallerResult;
  envPath?: string;
  log?: (line: string) => void;
}): EnsureResult;
export declare function failureMessage(reason: string, headline?: string): string;
export declare function runElectronInstaller(options?: { timeoutMs?: number }): InstallerResult;
