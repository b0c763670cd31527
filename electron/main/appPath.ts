// Maps an app:// URL path to a file inside the renderer build, refusing anything that would
// escape it. Imports nothing from 'electron' so it can be unit-tested in plain Node.
import nodePath from 'node:path';

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * The absolute file for `urlPath` (the pathname of an app:// URL, still percent-encoded) under
 * `root`, or null when the path is malformed or leads outside `root`. `pathApi` lets tests check
 * Windows rules (drive letters, backslashes) on any machine.
 */
export function resolveAppPath(root: string, urlPath: string, pathApi: PathApi = nodePath): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed escapes such as '%E0%A4%A'
  }
  // NUL truncates paths in native code; a backslash is a separator on Windows and never appears in
  // our build output, so both are refused outright instead of being interpreted per platform.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;

  // Drop the one slash every URL path starts with; whatever still looks absolute ('//etc',
  // '/%2fetc', 'C:/...') is an attempt to leave the root and is refused, not reinterpreted.
  const relative = decoded.replace(/^\//, '') || 'index.html';
  if (pathApi.isAbsolute(relative) || /^[A-Za-z]:/.test(relative)) return null;

  const base = pathApi.resolve(root);
  const full = pathApi.resolve(base, relative);
  const inside = pathApi.relative(base, full);
  if (inside === '' || inside === '..' || inside.startsWith('..' + pathApi.sep) || pathApi.isAbsolute(inside)) {
    return null;
  }
  return full;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Content type by extension; served with nosniff, so an unknown type is never guessed as script. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
