// The handlers of step 4: filing a final declaration with customs, its reference, corrections and the snapshot as filed; inputs arrive validated against the contract.
import type { FilingCommand } from '../../../shared/api/names/filing';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { documentCsp, safeFileName } from '../documents/host';
import { renderAsFiled } from './asFiledPage';
import { documentNotInFiling } from './errors';
import { fileOrders } from './fileOrders';
import { findFiling, listFilings, loadFiling, orderFiling } from './filingRepository';
import { fileDeclaration, setReference } from './filingService';
import { parseSnapshot } from './snapshot';

export const filingHandlers: AreaHandlers<FilingCommand> = {
  'filing.file': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => fileDeclaration(trx, input, stamp));
  },
  'filing.fileOrders': async (input, ctx) => fileOrders(ctx.db, input, await stampOf(ctx)),
  'filing.setReference': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    await ctx.db.transaction().execute((trx) => setReference(trx, input, stamp));
    return loadFiling(ctx.db, input.filingId);
  },
  'filing.list': (input, ctx) => listFilings(ctx.db, input),
  'filing.get': (input, ctx) => loadFiling(ctx.db, input.id),
  'filing.ofOrder': (input, ctx) => orderFiling(ctx.db, input.orderId),
  'filing.show': async (input, ctx) => {
    const row = await findFiling(ctx.db, input.id);
    const snapshot = parseSnapshot(row.snapshot);
    const doc = snapshot.documents.find((d) => d.id === (input.documentId ?? snapshot.declarationId));
    if (!doc) throw documentNotInFiling(row.id, input.documentId ?? snapshot.declarationId);
    const { page, title } = renderAsFiled(snapshot, doc, { office: row.office, filedAt: row.filed_at, reference: row.reference, version: row.version });
    const shown = await ctx.documents.show({
      title,
      html: page.html,
      csp: documentCsp(page),
      paper: doc.paper,
      lang: doc.lang,
      suggestedFileName: safeFileName(`${doc.number}-v${doc.version}-filed-${row.version}`, 'pdf'),
    });
    return { title, ...(shown.url ? { url: shown.url } : {}) };
  },
};
