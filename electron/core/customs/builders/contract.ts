// The sales contract prefilled from the orders: the company sells to the consignee, the goods at the
// shop's prices, the packing in words, and each clause from the templates in the document's language.
import { CONTRACT_CLAUSES, type ContractClause } from '../../../../shared/schemas/customs/contract';
import type { DocumentLanguage } from '../../../../shared/schemas/customs';
import { dec } from '../../../../shared/domain/money';
import { type Builder, clip, companyParty, consigneeParty, currencyOf, documentDate, firstSignatory, goodsLines, incotermOf, orderNumbers } from './common';
import { orderFacts } from '../sources';

const LOCALE: Record<DocumentLanguage, string> = { en: 'en-GB', es: 'es-ES' };
const CARTONS: Record<DocumentLanguage, [one: string, many: string, gross: string]> = {
  en: ['carton', 'cartons', 'gross'],
  es: ['caja', 'cajas', 'brutos'],
};

/** "2 cartons, 3.450 kg gross" / "2 cajas, 3,450 kg brutos": the parcels as a contract states its packing. */
export function packingText(count: number, grossKg: string, lang: DocumentLanguage): string {
  const [one, many, gross] = CARTONS[lang];
  // Intl formats a decimal string without turning it into a float.
  const kg = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(dec(grossKg).toFixed(3) as unknown as number);
  return `${count} ${count === 1 ? one : many}, ${kg} kg ${gross}`;
}

export const buildContract: Builder<'contract'> = (sources, lang, stamp) => {
  const { company } = sources;
  const { parcels } = orderFacts(sources);
  const buyer = consigneeParty(sources);
  const clauses = Object.fromEntries(CONTRACT_CLAUSES.map((c) => [c, sources.clauses[lang][c]])) as Record<ContractClause, string>;
  return {
    date: documentDate(stamp),
    place: company.defaultPlace,
    seller: companyParty(company),
    sellerSignatory: firstSignatory(company),
    buyer,
    buyerSignatory: { name: buyer.name, role: '' },
    items: goodsLines(sources).map((g) => ({
      sku: g.sku,
      name: clip(g.description, 300),
      specification: '',
      brand: g.brand,
      model: g.model,
      hsCode: g.hsCode,
      quantity: g.quantity,
      unit: g.unit,
      unitPrice: g.unitPrice,
    })),
    tolerancePercent: '0',
    currency: currencyOf(sources),
    packing: packingText(parcels.count, parcels.grossKg, lang),
    marks: orderNumbers(sources, 500),
    incoterm: incotermOf(sources),
    incotermPlace: company.defaultPlace,
    shipmentDate: '',
    portOfLoading: '',
    portOfDischarge: '',
    partialShipment: 'notAllowed',
    transshipment: 'allowed',
    ...clauses,
  };
};
