// The handlers of step 5: carriers, their services and rules, S10 number ranges, and shipments; inputs arrive validated against the contract.
import type { TransportCommand } from '../../../shared/api/names/transport';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { documentCsp, safeFileName } from '../documents/host';
import { documentLanguage } from '../documents/labels';
import { orderFacts } from './orderFacts';
import { NumbersRolledBack, importNumbers } from './numbersImport';
import { noShipment } from './errors';
import { checkService, proposeService, waitingOrders } from './proposalService';
import { listCarriers, listRanges, listRules } from './setupRepository';
import { importSetup } from './setupImport';
import { deleteRule, saveCarrier, saveRange, saveRule, saveService } from './setupService';
import { listShipments } from './shipmentQueries';
import { bookProposed } from './bookProposed';
import { bookShipment, shipmentOfOrder } from './shipmentService';
import { renderWaybill, waybillParties } from './waybillPage';

export const transportHandlers: AreaHandlers<TransportCommand> = {
  'transport.carriers': (_input, ctx) => listCarriers(ctx.db),
  'transport.saveCarrier': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => saveCarrier(trx, input, stamp));
  },
  'transport.saveService': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => saveService(trx, input, stamp));
  },
  'transport.rules': (_input, ctx) => listRules(ctx.db),
  'transport.saveRule': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => saveRule(trx, input, stamp));
  },
  'transport.deleteRule': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => deleteRule(trx, input.id, stamp));
  },
  'transport.ranges': (_input, ctx) => listRanges(ctx.db),
  'transport.saveRange': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => saveRange(trx, input, stamp));
  },
  'transport.import': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => importSetup(trx, input.kind, input.csv, stamp));
  },
  'transport.waiting': (_input, ctx) => waitingOrders(ctx.db, ctx.clock()),
  'transport.propose': (input, ctx) => proposeService(ctx.db, input.orderId, ctx.clock()),
  'transport.check': (input, ctx) => checkService(ctx.db, input.orderId, input.serviceId, ctx.clock()),
  'transport.book': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    return ctx.db.transaction().execute((trx) => bookShipment(trx, input, stamp));
  },
  'transport.bookProposed': async (input, ctx) => bookProposed(ctx.db, input.orderIds, await stampOf(ctx)),
  'transport.importNumbers': async (input, ctx) => {
    const stamp = await stampOf(ctx);
    try {
      return await ctx.db.transaction().execute((trx) => importNumbers(trx, input.serviceId, input.csv, stamp));
    } catch (e) {
      if (e instanceof NumbersRolledBack) return e.outcome;
      throw e;
    }
  },
  'transport.shipments': (input, ctx) => listShipments(ctx.db, input),
  'transport.ofOrder': (input, ctx) => shipmentOfOrder(ctx.db, input.orderId),
  'transport.showWaybill': async (input, ctx) => {
    const shipment = await shipmentOfOrder(ctx.db, input.orderId);
    if (!shipment) throw noShipment((await orderFacts(ctx.db, input.orderId)).orderNumber);
    const lang = await documentLanguage(ctx.db);
    const page = renderWaybill(shipment, await waybillParties(ctx.db, input.orderId), lang);
    const title = `${lang === 'es' ? 'Carta de porte' : 'Waybill'} ${shipment.waybill}`;
    const shown = await ctx.documents.show({
      title,
      html: page.html,
      csp: documentCsp(page),
      paper: 'A4',
      lang,
      suggestedFileName: safeFileName(`waybill-${shipment.waybill}`, 'pdf'),
    });
    return { title, ...(shown.url ? { url: shown.url } : {}) };
  },
};
