// Declaration items with the same HS code, origin and procedure may be declared as one: quantities,
// weights and values add up, descriptions join. The detailed items stay in the document's data, so
// turning aggregation off gives them back exactly (the flag is all that changes).
import { currencyDigits } from '../codes';
import { canonical, dec, isDecimalString } from '../money';
import type { DeclarationItem } from '../../schemas/customs/declaration';
import { itemValue } from './totals';

export interface AggregatedItem extends DeclarationItem {
  /** Goods value of the group: the sum of its items' values. */
  value: string;
  /** 1-based numbers of the detailed items in this group. */
  sourceItems: number[];
}

const add = (a: string, b: string) => canonical(dec(isDecimalString(a) ? a : '0').plus(dec(isDecimalString(b) ? b : '0')));
const JOINED = ['description', 'brand', 'model', 'specification', 'sku'] as const;
type JoinedField = (typeof JOINED)[number];
const keyOf = (i: DeclarationItem) => `${i.hsCode}|${i.originCountry}|${i.procedure}`;

/** The items as declared: grouped when `aggregate` is on, one per item otherwise. */
export function declaredItems(items: DeclarationItem[], aggregate: boolean, currency: string): AggregatedItem[] {
  const single = items.map((item, i) => ({ ...item, value: itemValue(item.quantity, item.unitPrice, currency), sourceItems: [i + 1] }));
  if (!aggregate) return single;
  // A group's value prints like its items' values: to the currency's minor unit ("55.50", not "55.5").
  const places = /^[A-Z]{3}$/.test(currency) ? currencyDigits(currency) : 2;
  const groups = new Map<string, AggregatedItem>();
  // The distinct texts already joined into each group's fields: a set, so a 2,000-item group does
  // not re-split its growing description for every item it takes in.
  const joined = new Map<AggregatedItem, Record<JoinedField, Set<string>>>();
  for (const item of single) {
    const key = keyOf(item);
    const g = groups.get(key);
    if (!g) {
      const first = { ...item, sourceItems: [...item.sourceItems] };
      groups.set(key, first);
      joined.set(first, Object.fromEntries(JOINED.map((f) => [f, new Set(item[f] ? [item[f]] : [])])) as Record<JoinedField, Set<string>>);
      continue;
    }
    g.sourceItems.push(...item.sourceItems);
    g.quantity = add(g.quantity, item.quantity);
    g.supplementaryQuantity = g.supplementaryQuantity || item.supplementaryQuantity ? add(g.supplementaryQuantity, item.supplementaryQuantity) : '';
    g.netKg = add(g.netKg, item.netKg);
    g.value = dec(add(g.value, item.value)).toFixed(places);
    if (g.unit !== item.unit) g.unit = '';
    const seen = joined.get(g)!;
    for (const field of JOINED) {
      if (item[field] && !seen[field].has(item[field])) {
        seen[field].add(item[field]);
        g[field] = g[field] ? `${g[field]}; ${item[field]}` : item[field];
      }
    }
  }
  // A group's unit price is its value over its quantity only when the units agree.
  for (const g of groups.values()) {
    if (g.sourceItems.length > 1)
      g.unitPrice = g.unit && isDecimalString(g.quantity) && !dec(g.quantity).isZero() ? dec(g.value).div(dec(g.quantity)).toDecimalPlaces(6).toFixed() : '';
  }
  return [...groups.values()];
}
