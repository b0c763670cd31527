// The handlers of step 7: loading manifests, dispatch and delivery confirmation; inputs arrive
// validated against the contract. Every write runs in one transaction with its audit entries.
import type { DeliveryCommand } from '../../../shared/api/names/delivery';
import { renderManifest } from '../../../shared/documents/manifest';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { documentCsp, safeFileName } from '../documents/host';
import { documentLanguage } from '../documents/labels';
import { confirmDelivery, importStatusFile, previewStatusFile } from './confirmService';
import { inTransit, orderDelivery } from './deliveryQueries';
import { depart } from './departService';
import { loadManifestDocument } from './manifestDocument';
import { manifestOverview, manifestView } from './manifestQueries';
import { createManifest, scanParcel, unloadParcel } from './manifestService';

export const deliveryHandlers: AreaHandlers<DeliveryCommand> = {
  'delivery.manifests': (_input, ctx) => manifestOverview(ctx.db),
  'delivery.createManifest': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => createManifest(trx, input, stamp));
  },
  'delivery.manifest': (input, ctx) => manifestView(ctx.db, input.id),
  'delivery.scan': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => scanParcel(trx, input, stamp));
  },
  'delivery.unload': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => unloadParcel(trx, input, stamp));
  },
  'delivery.depart': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => depart(trx, input.id, stamp));
  },
  'delivery.showManifest': async (input, ctx) => {
    const lang = await documentLanguage(ctx.db);
    const doc = await loadManifestDocument(ctx.db, input.id, input.paper, lang);
    const page = renderManifest(doc);
    const title = `${doc.labels.title} ${doc.number}`;
    const shown = await ctx.documents.show({
      title,
      html: page.html,
      csp: documentCsp(page),
      paper: input.paper,
      lang,
      suggestedFileName: safeFileName(`manifest-${doc.number}`, 'pdf'),
    });
    return { title, ...(shown.url ? { url: shown.url } : {}) };
  },
  'delivery.inTransit': (_input, ctx) => inTransit(ctx.db),
  'delivery.confirm': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => confirmDelivery(trx, input, stamp));
  },
  'delivery.importStatusPreview': (input, ctx) => previewStatusFile(ctx.db, input.text),
  'delivery.importStatus': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => importStatusFile(trx, input.text, stamp));
  },
  'delivery.order': (input, ctx) => orderDelivery(ctx.db, input.orderId),
};
