// The packaged app's Electron fuses, as set in package.json's electron-builder config. Fuses are
// flipped in the binary at packaging time; this pins the settings so a change is deliberate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  main: string;
  build: { asar: boolean; electronFuses: Record<string, boolean>; npmRebuild: boolean; asarUnpack: string[] };
};

describe('packaging configuration', () => {
  it('turns off running the app binary as plain Node and the Node inspector flags', () => {
    expect(pkg.build.electronFuses.runAsNode).toBe(false);
    expect(pkg.build.electronFuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(pkg.build.electronFuses.enableNodeCliInspectArguments).toBe(false);
  });

  it('loads the app only from an integrity-checked ASAR archive', () => {
    expect(pkg.build.asar).toBe(true);
    expect(pkg.build.electronFuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(pkg.build.electronFuses.onlyLoadAppFromAsar).toBe(true);
    expect(pkg.build.electronFuses.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('ships the sqlite3 addon outside the archive, built once for Node and Electron (N-API)', () => {
    expect(pkg.build.asarUnpack).toContain('**/node_modules/sqlite3/**');
    expect(pkg.build.npmRebuild).toBe(false);
    expect(pkg.main).toBe('out/main/index.js');
  });
});
