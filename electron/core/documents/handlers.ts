// The documents area's command handlers; inputs arrive validated against the contract.
// Each renders its document here, in the core, and hands the finished page to the host to show.
import type { DocumentsCommand } from '../../../shared/api/names/documents';
import { renderPickList } from '../../../shared/documents/pickList';
import type { AreaHandlers } from '../api/handlerTypes';
import { documentCsp, safeFileName } from './host';
import { documentLanguage } from './labels';
import { loadPickListDocument } from './pickListDocument';

export const documentsHandlers: AreaHandlers<DocumentsCommand> = {
  'documents.pickList': async (input, ctx) => {
    const lang = await documentLanguage(ctx.db);
    const doc = await loadPickListDocument(ctx.db, input.pickListId, input.paper, lang);
    const page = renderPickList(doc);
    const title = `${doc.labels.title} ${doc.number}`;
    const shown = await ctx.documents.show({
      title,
      html: page.html,
      csp: documentCsp(page),
      paper: input.paper,
      lang,
      suggestedFileName: safeFileName(`pick-list-${doc.number}`, 'pdf'),
    });
    return { title, ...(shown.url ? { url: shown.url } : {}) };
  },
};
