// documents.pickList against a real database: read in walking order, rendered, shown through the host.
import { afterAll, describe, expect, it } from 'vitest';
import { call, recordingDocumentHost, refusal, startCore, tempRoot } from './support/core';
import { HOSTILE_NAME, seedPickList } from './documentsSeed';

const temp = tempRoot();
afterAll(() => temp.cleanup());

describe('documents.pickList', () => {
  it('renders the seeded pick list in walking order and hands it to the host', async () => {
    const rec = recordingDocumentHost();
    const core = await startCore(temp.next(), { documents: rec.host });
    try {
      const seeded = await seedPickList(core.db);
      const result = await call(core, 'documents.pickList', { pickListId: seeded.pickListId, paper: 'A4' });
      expect(result).toEqual({ title: 'Pick list PL-2026-0001', url: '/documents/test-1' });
      const [doc] = rec.shown;
      expect(doc!.paper).toBe('A4');
      expect(doc!.suggestedFileName).toBe('pick-list-PL-2026-0001.pdf');
      expect(doc!.csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; img-src data:;/);
      const html = doc!.html;
      const positions = seeded.bins.map((b) => html.indexOf(`<div class="code">${b}</div>`));
      expect(positions.every((p) => p > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(html).toContain('2.5 <span class="unit">PCE</span>');
      expect(html).toContain('TOTE-02');
      expect(html).toContain('WEB-1002');
      expect(html).not.toContain(HOSTILE_NAME);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      // EAN-13 for the valid GTIN (its digits printed under it); Code 128 of the SKU otherwise.
      expect(html).toContain('<div class="small">4006381333931</div>');
      expect(html).not.toContain('4006381333932');
      expect(html.match(/<svg /g)).toHaveLength(1 + 3 * 2);
      expect(html).toMatch(/<dt>Orders<\/dt><dd>2<\/dd>/);
    } finally {
      await core.close();
    }
  });

  it('prints in Spanish when Settings say so, on Letter paper', async () => {
    const rec = recordingDocumentHost();
    const core = await startCore(temp.next(), { documents: rec.host });
    try {
      const seeded = await seedPickList(core.db);
      await call(core, 'settings.update', { language: 'es' });
      const result = await call(core, 'documents.pickList', { pickListId: seeded.pickListId, paper: 'Letter' });
      expect(result.title).toBe('Lista de preparación PL-2026-0001');
      expect(rec.shown[0]!.html).toContain('<html lang="es">');
      expect(rec.shown[0]!.html).toContain('Oleada');
      expect(rec.shown[0]!.paper).toBe('Letter');
    } finally {
      await core.close();
    }
  });

  it('says which pick list is missing, and refuses bad input', async () => {
    const core = await startCore(temp.next());
    try {
      const missing = await refusal(core, 'documents.pickList', { pickListId: 999, paper: 'A4' });
      expect(missing.code).toBe('documents.errors.notFound');
      expect(missing.params).toEqual({ id: 999 });
      expect((await refusal(core, 'documents.pickList', { pickListId: 1, paper: 'A3' })).code).toBe('errors.validation');
      expect((await refusal(core, 'documents.pickList', { pickListId: 1, paper: 'A4', extra: 1 })).code).toBe('errors.validation');
    } finally {
      await core.close();
    }
  });

  it('fails clearly where no document host was given', async () => {
    const core = await startCore(temp.next(), { documents: undefined });
    try {
      const seeded = await seedPickList(core.db);
      expect((await refusal(core, 'documents.pickList', { pickListId: seeded.pickListId, paper: 'A4' })).code).toBe('documents.errors.noViewer');
    } finally {
      await core.close();
    }
  });
});
