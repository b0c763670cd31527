// Renders a stored customs document through the registry's template: the page the editor previews,
// the preview window shows and printing prints are the same one.
import type { Paper, RenderedPage } from '../../../shared/documents/html';
import { customsDocumentTitle, renderCustomsDocument, type TemplateContext } from '../../../shared/documents/customs/registry';
import type { DocumentLanguage, DocumentStatus } from '../../../shared/schemas/customs';
import type { Db } from '../audit/auditRepository';
import { loadCompanyProfile } from '../company/profileRepository';
import { dataOf, findRow } from './documentRepository';

export async function renderStoredDocument(
  db: Db,
  id: number,
  opts: { lang?: DocumentLanguage; paper?: Paper },
): Promise<{ page: RenderedPage; title: string; lang: DocumentLanguage; paper: Paper; number: string }> {
  const row = await findRow(db, id);
  const doc = dataOf(row);
  const replacedBy =
    row.status === 'replaced' ? await db.selectFrom('customs_documents').select('version').where('replaces_id', '=', row.id).executeTakeFirst() : undefined;
  const profile = await loadCompanyProfile(db);
  const ctx: TemplateContext = {
    number: row.number,
    version: row.version,
    status: row.status as DocumentStatus,
    lang: opts.lang ?? (row.lang as DocumentLanguage),
    paper: opts.paper ?? (row.paper as Paper),
    logo: profile.logo,
    finalisedAt: row.finalised_at,
    finalisedBy: row.finalised_by,
    ...(replacedBy ? { replacedByVersion: replacedBy.version } : {}),
  };
  return {
    page: renderCustomsDocument(doc, ctx),
    title: customsDocumentTitle(doc, ctx),
    lang: ctx.lang,
    paper: ctx.paper,
    number: row.number || `draft-${row.id}`,
  };
}
