// The harness's document store: unguessable ids, a cap on how many are kept, and expiry.
import { describe, expect, it } from 'vitest';
import type { RenderedDocument } from '../../electron/core/documents/host';
import { createDocumentStore } from '../../electron/core/web/documents';

const doc = (n: number): RenderedDocument => ({
  title: `d${n}`,
  html: `<p>${n}</p>`,
  csp: "default-src 'none'",
  paper: 'A4',
  lang: 'en',
  suggestedFileName: 'd.pdf',
});
const idOf = (url: string | undefined) => url!.replace('/documents/', '');

describe('document store', () => {
  it('answers with a fresh 128-bit id per document', async () => {
    const store = createDocumentStore();
    const a = await store.show(doc(1));
    const b = await store.show(doc(1));
    expect(a.url).toMatch(/^\/documents\/[A-Za-z0-9_-]{22}$/);
    expect(a.url).not.toBe(b.url);
    expect(store.get(idOf(a.url))?.title).toBe('d1');
    expect(store.get('nope')).toBeUndefined();
    expect(store.get('../../etc/passwd')).toBeUndefined();
  });

  it('keeps at most 50 documents, dropping the oldest', async () => {
    const store = createDocumentStore();
    const urls: string[] = [];
    for (let i = 0; i < 60; i++) urls.push((await store.show(doc(i))).url!);
    expect(store.get(idOf(urls[0]))).toBeUndefined();
    expect(store.get(idOf(urls[9]))).toBeUndefined();
    expect(store.get(idOf(urls[10]))?.title).toBe('d10');
    expect(store.get(idOf(urls[59]))?.title).toBe('d59');
  });

  it('forgets a document after 30 minutes', async () => {
    let t = 0;
    const store = createDocumentStore(() => t);
    const { url } = await store.show(doc(1));
    t = 29 * 60_000;
    expect(store.get(idOf(url))).toBeDefined();
    t = 30 * 60_000;
    expect(store.get(idOf(url))).toBeUndefined();
  });
});
