// The house rules on imports, checked on every run: shared/ stays pure (no Node, Electron or
// database code) so both sides can use it; the renderer reaches main only through the typed API;
// the core never imports Electron so it runs in plain Node.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (/\.(ts|tsx)$/.test(name)) out.push(full);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

function offenders(dir: string, bad: (spec: string) => boolean): string[] {
  return sources(join(ROOT, dir)).flatMap((f) =>
    importsOf(f)
      .filter(bad)
      .map((spec) => `${relative(ROOT, f)} imports ${spec}`),
  );
}

const NODE_BUILTIN = /^(node:|fs$|path$|os$|crypto$|child_process$|http$|net$|events$)/;

describe('import boundaries', () => {
  it('shared/ imports no Electron, Node built-ins or database code', () => {
    expect(offenders('shared', (s) => s === 'electron' || NODE_BUILTIN.test(s) || s === 'sqlite3' || s === 'kysely' || s.includes('/electron/'))).toEqual([]);
  });

  it('renderer/ never imports main-process code', () => {
    expect(
      offenders('renderer/src', (s) => s === 'electron' || NODE_BUILTIN.test(s) || s === 'sqlite3' || s === 'kysely' || /(^|\/)electron\//.test(s)),
    ).toEqual([]);
  });

  it('electron/core/ imports nothing from Electron', () => {
    expect(offenders('electron/core', (s) => s === 'electron' || s.startsWith('electron/') || s.includes('/main/') || s.includes('/preload/'))).toEqual([]);
  });

  it('main (core, IPC, preload, tools) never imports renderer files: what both need lives in shared/', () => {
    expect(offenders('electron', (s) => /(^|\/)renderer\//.test(s))).toEqual([]);
  });

  it('the checker sees imports (guards against a regex that matches nothing)', () => {
    expect(importsOf(join(ROOT, 'electron/core/documents/labels.ts'))).toContain('../../../shared/documents/words/en.json');
    expect(importsOf(join(ROOT, 'electron/core/db/handle.ts'))).toContain('sqlite3');
  });
});
