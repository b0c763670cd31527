import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppPath } from '../../electron/main/appPath';

const root = path.resolve('/srv/despacho/out/renderer');

describe('resolveAppPath', () => {
  it('maps ordinary files under the root', () => {
    expect(resolveAppPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, '/assets/index-abc123.js')).toBe(path.join(root, 'assets', 'index-abc123.js'));
    expect(resolveAppPath(root, '/assets/Noto%20Sans.woff2')).toBe(path.join(root, 'assets', 'Noto Sans.woff2'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, '')).toBe(path.join(root, 'index.html'));
  });

  it('keeps harmless dot segments inside the root', () => {
    expect(resolveAppPath(root, '/assets/../index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, '/./assets/a.css')).toBe(path.join(root, 'assets', 'a.css'));
  });

  it('refuses plain .. traversal', () => {
    expect(resolveAppPath(root, '/../package.json')).toBeNull();
    expect(resolveAppPath(root, '/../../../etc/passwd')).toBeNull();
    expect(resolveAppPath(root, '/assets/../../main/index.js')).toBeNull();
    expect(resolveAppPath(root, '/..')).toBeNull();
  });

  it('refuses percent-encoded traversal', () => {
    expect(resolveAppPath(root, '/%2e%2e%2fpackage.json')).toBeNull();
    expect(resolveAppPath(root, '/%2E%2E/%2E%2E/etc/passwd')).toBeNull();
    expect(resolveAppPath(root, '/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppPath(root, '/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js')).toBeNull();
  });

  it('does not decode twice', () => {
    // %252e is a literal '%2e' file name after one decode: odd, but inside the root.
    expect(resolveAppPath(root, '/%252e%252e%252fpackage.json')).toBe(path.join(root, '%2e%2e%2fpackage.json'));
  });

  it('refuses backslashes, encoded or not', () => {
    expect(resolveAppPath(root, '/..%5c..%5cpackage.json')).toBeNull();
    expect(resolveAppPath(root, '/%5C..%5C..%5Cwindows%5Cwin.ini')).toBeNull();
    expect(resolveAppPath(root, '/assets\\..\\..\\x')).toBeNull();
  });

  it('refuses absolute paths', () => {
    expect(resolveAppPath(root, '//etc/passwd')).toBeNull();
    expect(resolveAppPath(root, '/%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppPath(root, '/C:/Windows/win.ini')).toBeNull();
    expect(resolveAppPath(root, '/c%3A%2FWindows%2Fwin.ini')).toBeNull();
  });

  it('refuses null bytes', () => {
    expect(resolveAppPath(root, '/index.html%00.png')).toBeNull();
    expect(resolveAppPath(root, '/index.html\0')).toBeNull();
  });

  it('refuses malformed escapes', () => {
    expect(resolveAppPath(root, '/%E0%A4%A')).toBeNull();
    expect(resolveAppPath(root, '/%')).toBeNull();
  });

  it('refuses a sibling folder that merely shares the prefix', () => {
    expect(resolveAppPath(root, '/../renderer-secrets/key.txt')).toBeNull();
  });

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Despacho\\resources\\app\\out\\renderer';
    expect(resolveAppPath(winRoot, '/assets/a.js', path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    expect(resolveAppPath(winRoot, '/../../secret.txt', path.win32)).toBeNull();
    expect(resolveAppPath(winRoot, '/%2e%2e%2fsecret.txt', path.win32)).toBeNull();
    expect(resolveAppPath(winRoot, '/..%5csecret.txt', path.win32)).toBeNull();
    expect(resolveAppPath(winRoot, '/D:/secret.txt', path.win32)).toBeNull();
    expect(resolveAppPath(winRoot, '//server/share/secret.txt', path.win32)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('knows the build output types and never guesses', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
