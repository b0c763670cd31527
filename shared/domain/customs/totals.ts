// Live totals of a customs document in exact decimals: what the editor shows as the broker types,
// what the preview prints and what the consistency checks compare. A figure not yet typed (or
// half typed) counts as nothing and is reported by the checks, never guessed.
import { canonical, dec, isDecimalString } from '../money';
import { currencyDigits } from '../codes';
import type { AnyDocumentData } from '../../schemas/customs';

export interface DocumentTotals {
  /** Sum of the goods' values (quantity x unit price, or the value typed on a postal form). */
  goods: string;
  freight: string;
  insurance: string;
  otherCosts: string;
  /** Goods plus freight, insurance and other costs. */
  total: string;
  /** Sum of the item quantities (units may differ; shown as a check figure). */
  quantity: string;
  netKg: string;
  /** Gross weight: the parcels' sum on a packing list, the header's figure elsewhere. */
  grossKg: string;
  items: number;
  /** The value of each item, in order ('' where quantity or price is missing). */
  itemValues: string[];
  currency: string;
}

const num = (v: string | undefined): string | null => (v !== undefined && isDecimalString(v) ? v : null);
const digitsOf = (currency: string) => (/^[A-Z]{3}$/.test(currency) ? currencyDigits(currency) : 2);

/** Quantity x unit price to the currency's minor unit; '' while either is missing. */
export function itemValue(quantity: string, unitPrice: string, currency: string): string {
  const q = num(quantity);
  const p = num(unitPrice);
  return q === null || p === null ? '' : dec(q).times(dec(p)).toFixed(digitsOf(currency));
}

function sum(values: (string | undefined)[], places?: number): string {
  let acc = dec('0');
  for (const v of values) {
    const n = num(v);
    if (n !== null) acc = acc.plus(dec(n));
  }
  return places === undefined ? canonical(acc) : acc.toFixed(places);
}

export function documentTotals(doc: AnyDocumentData): DocumentTotals {
  switch (doc.type) {
    case 'declaration':
    case 'invoice':
    case 'contract': {
      const d = doc.data;
      const currency = d.currency;
      const places = digitsOf(currency);
      const itemValues = d.items.map((i) => itemValue(i.quantity, i.unitPrice, currency));
      const goods = sum(itemValues, places);
      const costs =
        doc.type === 'contract'
          ? { freight: '', insurance: '', otherCosts: '' }
          : { freight: doc.data.freight, insurance: doc.data.insurance, otherCosts: doc.data.otherCosts };
      return {
        goods,
        freight: sum([costs.freight], places),
        insurance: sum([costs.insurance], places),
        otherCosts: sum([costs.otherCosts], places),
        total: sum([goods, costs.freight, costs.insurance, costs.otherCosts], places),
        quantity: sum(d.items.map((i) => i.quantity)),
        netKg: doc.type === 'contract' ? '0' : sum(doc.data.items.map((i) => i.netKg)),
        grossKg: doc.type === 'contract' ? '0' : sum([doc.data.grossKg]),
        items: d.items.length,
        itemValues,
        currency,
      };
    }
    case 'postal': {
      const d = doc.data;
      const places = digitsOf(d.currency);
      const goods = sum(
        d.items.map((i) => i.value),
        places,
      );
      return {
        goods,
        freight: sum([d.postage], places),
        insurance: sum([], places),
        otherCosts: sum([], places),
        total: sum([goods, d.postage], places),
        quantity: sum(d.items.map((i) => i.quantity)),
        netKg: sum(d.items.map((i) => i.netKg)),
        grossKg: sum([d.grossKg]),
        items: d.items.length,
        itemValues: d.items.map((i) => (num(i.value) === null ? '' : dec(i.value).toFixed(places))),
        currency: d.currency,
      };
    }
    case 'packing_list': {
      const d = doc.data;
      return {
        goods: '0',
        freight: '0',
        insurance: '0',
        otherCosts: '0',
        total: '0',
        quantity: sum(d.lines.map((l) => l.quantity)),
        netKg: sum(d.parcels.map((p) => p.netKg)),
        grossKg: sum(d.parcels.map((p) => p.grossKg)),
        items: d.lines.length,
        itemValues: [],
        currency: '',
      };
    }
  }
}
