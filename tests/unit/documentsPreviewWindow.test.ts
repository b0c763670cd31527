// The preview window's webPreferences, read from the source (the Electron binary is not needed):
// no preload, no JavaScript, sandboxed, isolated, its own session. The security gate's general
// check (tests/security/webPreferences.ts) covers every window; this pins what a document viewer adds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FILE = join(__dirname, '../../electron/main/print/previewWindow.ts');

function webPreferences(): Map<string, string> {
  const sf = ts.createSourceFile(FILE, readFileSync(FILE, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Map<string, string>[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'BrowserWindow') {
      const opts = node.arguments?.[0];
      const prefs = opts && ts.isObjectLiteralExpression(opts) ? opts.properties.find((p) => p.name?.getText(sf) === 'webPreferences') : undefined;
      const init = prefs && ts.isPropertyAssignment(prefs) ? prefs.initializer : undefined;
      const map = new Map<string, string>();
      if (init && ts.isObjectLiteralExpression(init))
        for (const p of init.properties) map.set(p.name?.getText(sf) ?? '?', ts.isPropertyAssignment(p) ? p.initializer.getText(sf) : '?');
      found.push(map);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('preview window webPreferences', () => {
  const prefs = webPreferences();

  it('has no preload and no JavaScript', () => {
    expect(prefs.has('preload')).toBe(false);
    expect(prefs.get('javascript')).toBe('false');
  });

  it('is sandboxed, isolated and without Node', () => {
    expect(prefs.get('sandbox')).toBe('true');
    expect(prefs.get('contextIsolation')).toBe('true');
    expect(prefs.get('nodeIntegration')).toBe('false');
    expect(prefs.get('nodeIntegrationInSubFrames')).toBe('false');
    expect(prefs.get('webSecurity')).toBe('true');
    expect(prefs.get('webviewTag')).toBe('false');
  });

  it('uses its own in-memory session, where the document scheme lives', () => {
    expect(prefs.get('partition')).toBe('PREVIEW_PARTITION');
    const protocol = readFileSync(join(__dirname, '../../electron/main/print/documentProtocol.ts'), 'utf8');
    expect(protocol).toMatch(/PREVIEW_PARTITION = 'despacho-preview'/); // no "persist:": nothing on disk
    expect(protocol).not.toMatch(/registerSchemesAsPrivileged/); // the scheme gets no privileges
  });
});
