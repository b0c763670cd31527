// The browser harness: the same core behind the same API, over HTTP on 127.0.0.1 only.
// Guarded by a secret token made at start (sent as a Bearer header, or as a query parameter for
// the event stream), a Host check against DNS rebinding, and no CORS headers at all.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CoreApp } from '../app';
import { DOCUMENTS_PATH, createDocumentStore, serveDocument } from './documents';
import { mapStaticFiles } from './staticFiles';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY = 300 * 1024 * 1024;

export interface Harness {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sameToken(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startHarness(core: CoreApp, opts: { staticDir: string; port?: number }): Promise<Harness> {
  const token = randomBytes(24).toString('base64url');
  const files = mapStaticFiles(opts.staticDir);
  let port = 0;
  let closing = false;
  const streams = new Set<ServerResponse>();
  // Printable documents open in a tab of their own; see ./documents.ts for why no token is asked.
  const documents = createDocumentStore();
  core.setDocumentHost(documents);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'Wrong host.');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const origin = req.headers.origin;
    if (origin && origin !== `http://${host}`) return send(res, 403, 'Cross-origin requests are refused.');

    if (closing) return send(res, 503, 'Despacho is shutting down.');
    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!sameToken(url.searchParams.get('token'), token)) return send(res, 401, 'Missing or wrong token.');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST.');
      const auth = req.headers.authorization ?? '';
      if (!sameToken(auth.startsWith('Bearer ') ? auth.slice(7) : null, token)) return send(res, 401, 'Missing or wrong token.');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON.');
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        return send(
          res,
          400,
          JSON.stringify({ ok: false, error: { code: 'errors.badRequest', message: 'The request body is not valid JSON or is too large.' } }),
          'application/json',
        );
      }
      let name: string;
      try {
        name = decodeURIComponent(url.pathname.slice(5));
      } catch {
        return send(res, 404, 'Not found.');
      }
      const envelope = await core.dispatch(name, input);
      return send(res, 200, JSON.stringify(envelope), 'application/json');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    if (url.pathname.startsWith(DOCUMENTS_PATH)) return serveDocument(documents, url.pathname.slice(DOCUMENTS_PATH.length), req.method === 'HEAD', res);
    const file = files.get(url.pathname);
    if (!file) return send(res, 404, 'Not found.');
    res.writeHead(200, { 'content-type': file.type, 'content-security-policy': CSP, 'cache-control': 'no-cache' });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file.file).pipe(res);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error(err);
      if (!res.headersSent) send(res, 500, 'Internal error.');
    });
  });
  const unsubscribe = core.onEvent((event) => {
    const data = `data: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(data);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: async () => {
      // Refuse new work first, then drop every open socket at once: an event stream or a
      // keep-alive connection left open would keep the process from exiting.
      closing = true;
      unsubscribe();
      for (const s of streams) s.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
