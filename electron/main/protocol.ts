// The app:// protocol that serves the built renderer in production: a real origin (so the CSP
// 'self' and the IPC sender check mean something) instead of file://, which every local file shares.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor, resolveAppPath } from './appPath';

export const APP_SCHEME = 'app';
export const APP_HOST = 'despacho';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine and React inject style attributes at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Must run before the app is ready: privileges cannot be granted afterwards. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

const notFound = () => respond(404, 'Not found', 'text/plain; charset=utf-8');

/** Serves files under `root` (out/renderer) for app://despacho/...; everything else is a 404. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    const file = resolveAppPath(root, url.pathname);
    if (!file) return notFound();
    // No fallback to index.html: the renderer uses hash routes, so every real request is a file.
    try {
      const data = await readFile(file);
      return respond(200, request.method === 'HEAD' ? null : data, contentTypeFor(file));
    } catch {
      return notFound(); // missing file or a directory
    }
  });
}
