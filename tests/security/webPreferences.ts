// A second, narrower static check beside Electronegativity: every window created in the given
// sources must state its webPreferences as literals with the secure values. Electronegativity
// does not flag nodeIntegration: true next to sandbox: true, nor nodeIntegrationInSubFrames or
// webviewTag; this check pins them all, so flipping any one fails the test.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Options that must be present with exactly this value. */
const REQUIRED: Record<string, boolean> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
};

/** Options that may be absent (their default is safe) but must never have this value. */
const FORBIDDEN: Record<string, boolean> = {
  nodeIntegrationInSubFrames: true,
  nodeIntegrationInWorker: true,
  webSecurity: false,
  allowRunningInsecureContent: true,
  webviewTag: true,
  experimentalFeatures: true,
  enableRemoteModule: true,
};

/** Options whose mere presence is a problem. */
const ABSENT = ['enableBlinkFeatures'];

const WINDOW_CLASSES = new Set(['BrowserWindow', 'BrowserView', 'WebContentsView']);

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .flatMap((name) => (name === 'node_modules' ? [] : sourceFiles(join(path, name))))
    .filter((f) => /\.(c|m)?(j|t)sx?$/.test(f));
}

function propName(p: ts.ObjectLiteralElementLike): string | undefined {
  if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) return undefined;
  const n = p.name;
  return ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : undefined;
}

function literalValue(e: ts.Expression): boolean | string | undefined {
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isStringLiteralLike(e)) return e.text;
  return undefined;
}

/** Problems with the webPreferences of every window construction under `root`; [] when all are secure. */
export function webPreferenceProblems(root: string, paths: string[] = [root]): { windows: number; problems: string[] } {
  const problems: string[] = [];
  let windows = 0;
  for (const file of paths.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const rel = relative(root, file);
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && WINDOW_CLASSES.has(node.expression.text)) {
        windows++;
        const where = `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} new ${node.expression.text}`;
        const options = node.arguments?.[0];
        const prefsProp = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p) => propName(p) === 'webPreferences') : undefined;
        const prefs = prefsProp && ts.isPropertyAssignment(prefsProp) ? prefsProp.initializer : undefined;
        if (!prefs || !ts.isObjectLiteralExpression(prefs)) {
          problems.push(`${where}: webPreferences must be an object literal written at the call, so it can be checked`);
        } else {
          const values = new Map<string, boolean | string | undefined>();
          for (const p of prefs.properties) {
            const name = propName(p);
            if (name === undefined) {
              problems.push(`${where}: webPreferences contains a spread or computed key, which cannot be checked`);
              continue;
            }
            values.set(name, ts.isPropertyAssignment(p) ? literalValue(p.initializer) : undefined);
          }
          for (const [name, want] of Object.entries(REQUIRED)) {
            if (values.get(name) !== want) problems.push(`${where}: webPreferences.${name} must be the literal ${want}`);
          }
          for (const [name, bad] of Object.entries(FORBIDDEN)) {
            if (values.has(name) && values.get(name) !== !bad) problems.push(`${where}: webPreferences.${name} must be absent or the literal ${!bad}`);
          }
          for (const name of ABSENT) if (values.has(name)) problems.push(`${where}: webPreferences.${name} must not be set`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { windows, problems };
}
