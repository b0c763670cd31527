// The despacho-doc: scheme that serves rendered documents to preview windows. It lives only in the
// preview windows' own in-memory session (the app window cannot load it), is registered with no
// privileges (not secure, no fetch, no storage), and answers with each document's own strict CSP.
import type { Session } from 'electron';
import { type RenderedDocument, withSandbox } from '../../core/documents/host';

export const DOC_SCHEME = 'despacho-doc';
/** No "persist:" prefix: nothing a document does is written to disk. */
export const PREVIEW_PARTITION = 'despacho-preview';

const ID = /^[A-Za-z0-9_-]{22}$/;

export interface DocumentPages {
  /** Keeps the document under a fresh random id until `forget`; returns the URL to load. */
  add(id: string, doc: RenderedDocument): string;
  forget(id: string): void;
}

function reply(status: number, body: string | null, headers: Record<string, string>): Response {
  return new Response(body, {
    status,
    headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store', ...headers },
  });
}

export function serveDocuments(ses: Session): DocumentPages {
  const pages = new Map<string, RenderedDocument>();
  ses.protocol.handle(DOC_SCHEME, (request) => {
    // Non-standard scheme: the URL is "despacho-doc:<id>", no host or path to interpret.
    const id = request.url.slice(DOC_SCHEME.length + 1);
    const doc = ID.test(id) && request.method === 'GET' ? pages.get(id) : undefined;
    if (!doc) return reply(404, 'Not found', { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; sandbox" });
    return reply(200, doc.html, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': withSandbox(doc.csp) });
  });
  return {
    add(id, doc) {
      pages.set(id, doc);
      return `${DOC_SCHEME}:${id}`;
    },
    forget: (id) => void pages.delete(id),
  };
}
