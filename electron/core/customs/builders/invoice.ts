// The commercial invoice prefilled from the orders: the company sells, the consignee buys, the
// goods at the shop's prices, the parcels' weights and the exporter's statement in its language.
import { emptyParty } from '../../../../shared/schemas/customs/fields';
import {
  type Builder,
  INVOICE_DECLARATION,
  clip,
  companyParty,
  consigneeParty,
  currencyOf,
  documentDate,
  firstSignatory,
  goodsLines,
  incotermOf,
  orderNumbers,
  parcelTotals,
} from './common';

export const buildInvoice: Builder<'invoice'> = (sources, lang, stamp) => {
  const { company } = sources;
  const date = documentDate(stamp);
  const parcels = parcelTotals(sources);
  return {
    date,
    orderReference: orderNumbers(sources, 60),
    seller: companyParty(company),
    consignee: consigneeParty(sources),
    buyerDiffers: false,
    buyer: emptyParty(),
    incoterm: incotermOf(sources),
    incotermPlace: company.defaultPlace,
    paymentTerms: company.paymentTerms,
    currency: currencyOf(sources),
    // The shop's words for the service: what the broker recognises; the waybill comes with transport.
    carrier: clip(sources.orders[0]!.shipping_line, 100),
    waybill: '',
    packageCount: parcels.packageCount,
    grossKg: parcels.grossKg,
    netKg: parcels.netKg,
    items: goodsLines(sources).map((g) => ({
      sku: g.sku,
      description: g.description,
      hsCode: g.hsCode,
      originCountry: g.originCountry,
      quantity: g.quantity,
      unit: g.unit,
      unitPrice: g.unitPrice,
      netKg: g.netKg,
    })),
    freight: '0',
    insurance: '0',
    otherCosts: '0',
    reasonForExport: 'sale',
    declaration: INVOICE_DECLARATION[lang],
    signatory: firstSignatory(company),
    place: company.defaultPlace,
    signedOn: date,
  };
};
