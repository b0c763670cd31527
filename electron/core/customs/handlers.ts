// The customs documents area's command handlers; inputs arrive validated against the contract.
// Every write runs in one transaction with its audit entries.
import type { CustomsCommand } from '../../../shared/api/names/customs';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { documentCsp, safeFileName } from '../documents/host';
import { documentLanguage } from '../documents/labels';
import { loadDocument } from './documentRepository';
import { renderStoredDocument } from './documentPages';
import { amendDocument, checkStoredDocument, createDocument, finaliseDocument, saveDraft, voidDocument } from './documentService';
import { listDocuments } from './listing';
import { orderDocuments } from './readiness';
import { customsReferenceHandlers } from './referenceHandlers';

export const customsHandlers: AreaHandlers<CustomsCommand> = {
  'customs.create': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    const lang = input.lang ?? (await documentLanguage(ctx.db));
    return ctx.db.transaction().execute((trx) => createDocument(trx, { type: input.type, orderIds: input.orderIds, lang, paper: input.paper ?? 'A4' }, stamp));
  },
  'customs.get': (input, ctx) => loadDocument(ctx.db, input.id),
  'customs.list': (input, ctx) => listDocuments(ctx.db, input),
  'customs.orderDocuments': (input, ctx) => orderDocuments(ctx.db, input.orderId),
  'customs.saveDraft': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => saveDraft(trx, input, stamp));
  },
  'customs.check': async (input, ctx) => {
    const { problems, totals } = await checkStoredDocument(ctx.db, input.id);
    return { problems, totals };
  },
  'customs.finalise': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => finaliseDocument(trx, input, stamp));
  },
  'customs.amend': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => amendDocument(trx, input.id, stamp));
  },
  'customs.void': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => voidDocument(trx, input.id, input.reason, stamp));
  },
  'customs.preview': async (input, ctx) => {
    const { page, title } = await renderStoredDocument(ctx.db, input.id, input);
    return { html: page.html, title };
  },
  'customs.show': async (input, ctx) => {
    const { page, title, lang, paper, number } = await renderStoredDocument(ctx.db, input.id, input);
    const shown = await ctx.documents.show({ title, html: page.html, csp: documentCsp(page), paper, lang, suggestedFileName: safeFileName(number, 'pdf') });
    return { title, ...(shown.url ? { url: shown.url } : {}) };
  },
  ...customsReferenceHandlers,
};
