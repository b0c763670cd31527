// The browser harness's document host: rendered documents kept in memory for a short while under
// an unguessable id, served at /documents/<id>. A new tab cannot send the bearer token, so the
// 128-bit random id is the capability; it is never listed anywhere and expires.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { type DocumentHost, type RenderedDocument, withSandbox } from '../documents/host';

const MAX_DOCUMENTS = 50;
const TTL_MS = 30 * 60 * 1000;
const ID = /^[A-Za-z0-9_-]{22}$/;

export const DOCUMENTS_PATH = '/documents/';

export interface DocumentStore extends DocumentHost {
  /** The document under this id, or undefined when unknown or expired. */
  get(id: string): RenderedDocument | undefined;
}

export function createDocumentStore(now: () => number = Date.now): DocumentStore {
  // Insertion order is age order, so the first entry is always the oldest.
  const docs = new Map<string, { doc: RenderedDocument; expires: number }>();
  const prune = () => {
    const t = now();
    for (const [id, entry] of docs) if (entry.expires <= t) docs.delete(id);
    while (docs.size >= MAX_DOCUMENTS) docs.delete(docs.keys().next().value!);
  };
  return {
    async show(doc) {
      prune();
      const id = randomBytes(16).toString('base64url');
      docs.set(id, { doc, expires: now() + TTL_MS });
      return { url: `${DOCUMENTS_PATH}${id}` };
    },
    get(id) {
      if (!ID.test(id)) return undefined;
      const entry = docs.get(id);
      if (!entry) return undefined;
      if (entry.expires <= now()) {
        docs.delete(id);
        return undefined;
      }
      return entry.doc;
    },
  };
}

/** Answers GET/HEAD /documents/<id> with the page and its own strict policy (plus sandbox). */
export function serveDocument(store: DocumentStore, id: string, head: boolean, res: ServerResponse): void {
  const doc = store.get(id);
  if (!doc) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('This document is no longer available. Print it again from Despacho.');
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': withSandbox(doc.csp),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  });
  res.end(head ? undefined : doc.html);
}
