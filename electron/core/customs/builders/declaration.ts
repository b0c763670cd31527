// The export declaration prefilled from the orders: the company as exporter and declarant, the
// goods line by line, the parcels' weights; transport details wait for the transport step.
import type { DeclarationData } from '../../../../shared/schemas/customs/declaration';
import { emptyParty } from '../../../../shared/schemas/customs/fields';
import {
  type Builder,
  clip,
  companyCountry,
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

/** UN/ECE Rec. 19 mode of each shipping method; '' while the method is not known. */
const TRANSPORT_MODE: Record<string, DeclarationData['transportMode']> = { postal: '5', express: '4', air: '4', sea: '1', rail: '2', road: '3' };

/** China's cross-border e-commerce export (9610) for a Chinese exporter; a permanent export (1000) elsewhere. */
export const procedureFor = (exporterCountry: string): string => (exporterCountry === 'CN' ? '9610' : '1000');

/** The local reference: the order number and the day; a group is named by its first order and its size. */
export function lrnOf(orderNumbers: string[], date: string): string {
  const base = orderNumbers.length > 1 ? `${orderNumbers[0]}-G${orderNumbers.length}` : orderNumbers[0]!;
  return clip(`${base}-${date.replaceAll('-', '')}`, 35);
}

export const buildDeclaration: Builder<'declaration'> = (sources, _lang, stamp) => {
  const { company } = sources;
  const date = documentDate(stamp);
  const exporter = companyParty(company);
  const procedure = procedureFor(companyCountry(company));
  const parcels = parcelTotals(sources);
  const first = sources.orders[0]!;
  return {
    declarationType: 'EX',
    procedure,
    lrn: lrnOf(
      sources.orders.map((o) => o.order_number),
      date,
    ),
    declarantRole: 'exporter',
    declarant: exporter,
    exporter,
    consignee: consigneeParty(sources),
    sellerDiffers: false,
    seller: emptyParty(),
    buyerDiffers: false,
    buyer: emptyParty(),
    dispatchCountry: companyCountry(company),
    destinationCountry: first.country,
    customsOffice: '',
    exitPort: '',
    transportMode: TRANSPORT_MODE[first.shipping_method] ?? '',
    meansOfTransport: '',
    transportDocument: '',
    incoterm: incotermOf(sources),
    incotermPlace: company.defaultPlace,
    currency: currencyOf(sources),
    freight: '0',
    insurance: '0',
    otherCosts: '0',
    packageCount: parcels.packageCount,
    packageKind: parcels.packageKind,
    grossKg: parcels.grossKg,
    netKg: parcels.netKg,
    marks: orderNumbers(sources, 500),
    contractNumber: sources.finalNumbers.contract,
    invoiceNumber: sources.finalNumbers.invoice,
    attachedDocuments: [],
    place: company.defaultPlace,
    date,
    signatory: firstSignatory(company).name,
    aggregate: false,
    items: goodsLines(sources).map((g) => ({
      sku: g.sku,
      hsCode: g.hsCode,
      description: g.description,
      brand: g.brand,
      model: g.model,
      specification: '',
      quantity: g.quantity,
      unit: g.unit,
      supplementaryQuantity: '',
      supplementaryUnit: '',
      netKg: g.netKg,
      unitPrice: g.unitPrice,
      originCountry: g.originCountry,
      procedure,
    })),
  };
};
