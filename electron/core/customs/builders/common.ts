// What every document's builder takes from the sources the same way: who ships, who receives, the
// goods line by line, the parcels, the date. Pure: the document date is the stamp's, never the clock's.
import { canonical, dec, isDecimalString, lineTotal } from '../../../../shared/domain/money';
import { INCOTERM_CODES } from '../../../../shared/domain/codes';
import type { DocumentDataOf, DocumentLanguage, DocumentType, Party, Signatory } from '../../../../shared/schemas/customs';
import type { CompanyProfile } from '../../../../shared/schemas/customs/company';
import type { Stamp } from '../../api/stamp';
import { type DocumentSources, orderFacts } from '../sources';

export type Builder<T extends DocumentType> = (sources: DocumentSources, lang: DocumentLanguage, stamp: Stamp) => DocumentDataOf<T>;

/** The document's date: the day of the command that made it (UTC, as the stamp is). */
export const documentDate = (stamp: Stamp): string => stamp.at.slice(0, 10);

/** A value cut to what its field holds; the draft is the broker's to edit, but it must save. */
export function clip(value: string, max: number): string {
  const v = value.trim();
  return v.length <= max ? v : v.slice(0, max).trimEnd();
}

/** The order numbers as one reference; when they do not all fit, the first and how many more. */
export function orderNumbers(sources: DocumentSources, max: number): string {
  const numbers = sources.orders.map((o) => o.order_number);
  const joined = numbers.join(', ');
  if (joined.length <= max) return joined;
  return clip(`${numbers[0]} +${numbers.length - 1}`, max);
}

/** The address customs knows the company by: the registered one, else the first given. */
export function companyAddress(company: CompanyProfile) {
  return company.addresses.find((a) => a.kind === 'registered') ?? company.addresses[0];
}

export const companyCountry = (company: CompanyProfile): string => companyAddress(company)?.country ?? '';

const TAX_FALLBACKS = ['USCI', 'EIN', 'GST', 'OTHER'] as const;

export function companyParty(company: CompanyProfile): Party {
  const address = companyAddress(company);
  const id = (scheme: string) => company.identifiers.find((i) => i.scheme === scheme)?.value ?? '';
  const taxId = id('VAT') || (TAX_FALLBACKS.map(id).find((v) => v !== '') ?? '');
  const trading = company.tradingName.trim();
  return {
    name: company.legalName,
    company: trading !== '' && trading !== company.legalName.trim() ? trading : '',
    address: address?.address ?? '',
    city: address?.city ?? '',
    postalCode: address?.postalCode ?? '',
    state: address?.state ?? '',
    country: address?.country ?? '',
    phone: company.phone,
    email: company.email,
    taxId,
    eori: id('EORI'),
    ioss: id('IOSS'),
    customsCode: id('CN_CUSTOMS'),
    reference: '',
  };
}

export function firstSignatory(company: CompanyProfile): Signatory {
  const s = company.signatories[0];
  return { name: s?.name ?? '', role: s?.role ?? '' };
}

/** The consignee of the orders (one, as the loader made sure), referenced by the order numbers. */
export function consigneeParty(sources: DocumentSources): Party {
  const o = sources.orders[0]!;
  return {
    name: o.consignee_name,
    company: o.consignee_company,
    address: clip([o.address1, o.address2].filter((l) => l.trim() !== '').join('\n'), 400),
    city: o.city,
    postalCode: o.postal_code,
    state: o.state,
    country: o.country,
    phone: o.phone,
    email: o.email,
    taxId: o.tax_id,
    eori: '',
    ioss: '',
    customsCode: '',
    reference: orderNumbers(sources, 100),
  };
}

/** The order's Incoterm, else the company's usual one. */
export function incotermOf(sources: DocumentSources): string {
  const own = sources.orders[0]!.incoterm;
  return (INCOTERM_CODES as readonly string[]).includes(own) ? own : sources.company.defaultIncoterm;
}

export const currencyOf = (sources: DocumentSources): string => sources.orders[0]!.currency;

export interface GoodsLine {
  orderId: number;
  lineNo: number;
  sku: string;
  /** The customs wording, else the shop's. */
  description: string;
  brand: string;
  model: string;
  hsCode: string;
  originCountry: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  /** Quantity x unit price in the order's currency, as the order stored it. */
  value: string;
  /** The line's net weight: the unit net weight (order_lines.net_weight_kg is per unit) x quantity; '' when unknown. */
  netKg: string;
}

function lineNetKg(unitKg: string, quantity: string): string {
  const w = unitKg.trim();
  if (!isDecimalString(w) || !isDecimalString(quantity)) return '';
  // The document fields hold six decimals.
  return canonical(dec(w).times(dec(quantity)).toDecimalPlaces(6));
}

/** The goods of all the orders, order by order, line by line, as the catalogue filled them. */
export function goodsLines(sources: DocumentSources): GoodsLine[] {
  const currency = currencyOf(sources);
  return sources.lines.map((l) => ({
    orderId: l.order_id,
    lineNo: l.line_no,
    sku: l.sku,
    description: clip(l.customs_description.trim() || l.description, 500),
    brand: l.brand,
    model: l.model,
    hsCode: l.hs_code.replace(/[.\s]/g, ''),
    originCountry: l.origin_country,
    quantity: l.quantity,
    unit: l.unit,
    unitPrice: l.unit_price,
    value: isDecimalString(l.line_total)
      ? l.line_total
      : isDecimalString(l.quantity) && isDecimalString(l.unit_price)
        ? lineTotal(l.quantity, l.unit_price, currency)
        : '',
    netKg: lineNetKg(l.net_weight_kg, l.quantity),
  }));
}

/** The packed parcels: how many, and their exact net and gross sums. */
export function parcelTotals(sources: DocumentSources): { packageCount: string; packageKind: string; grossKg: string; netKg: string } {
  const { parcels } = orderFacts(sources);
  return { packageCount: String(parcels.count), packageKind: PARCEL_KIND, grossKg: parcels.grossKg, netKg: parcels.netKg };
}

/** Every packed parcel is a carton at the bench; the broker may say otherwise in the draft. */
export const PARCEL_KIND = 'carton';

/** The exporter's statement on the commercial invoice, in the document's language. */
export const INVOICE_DECLARATION: Record<DocumentLanguage, string> = {
  en: 'I declare that the information in this invoice is true and correct and that the origin of the goods is as stated.',
  es: 'Declaro que la información de esta factura es verdadera y correcta y que el origen de las mercancías es el indicado.',
};
