// What a customs document is made from: the packed orders (one consignee, one currency), their lines
// filled from the catalogue, their packing lists, who we are, the clause templates and the rules.
import type { ClauseTemplates } from '../../../shared/api/contracts/company';
import type { PackingList } from '../../../shared/api/contracts/packing';
import { canonical, dec } from '../../../shared/domain/money';
import type { CompanyProfile } from '../../../shared/schemas/customs/company';
import type { DestinationRule } from '../../../shared/schemas/customs/rules';
import { AppError } from '../api/errors';
import type { Db } from '../audit/auditRepository';
import { findProductsBySku } from '../catalogue/productRepository';
import type { ProductRow } from '../catalogue/tables';
import { loadClauses } from '../company/clausesRepository';
import { loadCompanyProfile } from '../company/profileRepository';
import { listDestinationRules } from '../company/rulesRepository';
import { filledLines } from '../orders/orderStock';
import type { OrderLineRow, OrderRow } from '../orders/tables';
import { packingList } from '../packing/packingList';

/** Orders in these states have their parcels closed and weighed: the documents can be made. */
export const PACKED_STATUSES: readonly string[] = ['packed', 'documents_ready'];

export interface DocumentSources {
  /** In the order the caller named them (duplicates dropped). */
  orders: OrderRow[];
  /** Every order's lines, order by order then by line number, with empty customs fields filled from the catalogue. */
  lines: OrderLineRow[];
  /** The catalogue products of the lines, by SKU. */
  products: Map<string, ProductRow>;
  /** Each order's packing list, in the order of `orders`. */
  packingLists: PackingList[];
  company: CompanyProfile;
  clauses: ClauseTemplates;
  /** The active destination rules. */
  rules: DestinationRule[];
  /** Numbers of the final invoice and contract of these orders ('' when there is none yet). */
  finalNumbers: { invoice: string; contract: string };
}

export interface OrderFacts {
  country: string;
  method: string;
  currency: string;
  parcels: { count: number; netKg: string; grossKg: string };
}

/** Compared as a broker would: case, accents' composition and spacing do not make another consignee. */
const same = (v: string) => v.normalize('NFC').toLowerCase().replace(/\s+/g, '');
const consigneeKey = (o: OrderRow) => [o.consignee_name, o.address1, o.postal_code, o.city, o.country].map(same).join('|');

function requireDocumentable(orders: OrderRow[]): void {
  for (const o of orders) {
    if (!PACKED_STATUSES.includes(o.status)) {
      throw new AppError(
        'customsErrors.orderNotPacked',
        `Order ${o.order_number} is ${o.status}, not packed: customs documents are made from packed orders. Finish packing it first.`,
        { order: o.order_number, status: o.status },
      );
    }
  }
  const [first, ...rest] = orders;
  for (const o of rest) {
    if (consigneeKey(o) !== consigneeKey(first!)) {
      throw new AppError(
        'customsErrors.mixedConsignees',
        `Order ${o.order_number} goes to another consignee than order ${first!.order_number}. One document covers orders to one consignee: make a document for each.`,
        { order: o.order_number, other: first!.order_number },
      );
    }
    if (o.currency !== first!.currency) {
      throw new AppError(
        'customsErrors.mixedCurrencies',
        `Order ${o.order_number} is in ${o.currency} and order ${first!.order_number} in ${first!.currency}. One document has one currency: make a document for each.`,
        { order: o.order_number, currency: o.currency, other: first!.order_number, otherCurrency: first!.currency },
      );
    }
  }
}

/** Distinct numbers of the orders' final documents of a type, oldest first, as one field can hold them. */
async function finalNumber(db: Db, orderIds: number[], type: 'invoice' | 'contract'): Promise<string> {
  // The orders' documents as a subquery, not a join: joined, SQLite walks every final document of
  // the type (customs_documents_status) and grows slower with each one finalised; this way it seeks
  // the orders' few documents by id within that index.
  const rows = await db
    .selectFrom('customs_documents as d')
    .select(['d.number'])
    .where('d.id', 'in', (eb) => eb.selectFrom('customs_document_orders').select('document_id').where('order_id', 'in', orderIds))
    .where('d.type', '=', type)
    .where('d.status', '=', 'final')
    .where('d.number', '<>', '')
    .orderBy('d.id')
    .execute();
  const numbers = [...new Set(rows.map((r) => r.number))];
  const joined = numbers.join(', ');
  // The number fields hold 40 characters; the first number is the one to quote when all do not fit.
  return joined.length <= 40 ? joined : (numbers[0] ?? '');
}

export async function loadDocumentSources(db: Db, orderIds: number[]): Promise<DocumentSources> {
  const ids = [...new Set(orderIds)];
  if (ids.length === 0) throw new AppError('customsErrors.noOrders', 'A customs document is made from at least one packed order: choose one and try again.');
  const found = await db.selectFrom('orders').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(found.map((o) => [o.id, o]));
  const orders = ids.map((id) => {
    const o = byId.get(id);
    if (!o)
      throw new AppError('customsErrors.orderNotFound', `Order ${id} does not exist (it may have been deleted). Reload the orders and try again.`, { id });
    return o;
  });
  requireDocumentable(orders);

  const rawLines = await db.selectFrom('order_lines').selectAll().where('order_id', 'in', ids).orderBy('order_id').orderBy('line_no').execute();
  const position = new Map(ids.map((id, i) => [id, i]));
  rawLines.sort((a, b) => position.get(a.order_id)! - position.get(b.order_id)! || a.line_no - b.line_no);
  const products = await findProductsBySku(db, [...new Set(rawLines.map((l) => l.sku))]);
  const { rows: lines } = filledLines(rawLines, products);

  const packingLists: PackingList[] = [];
  for (const id of ids) packingLists.push(await packingList(db, id));

  return {
    orders,
    lines,
    products,
    packingLists,
    company: await loadCompanyProfile(db),
    clauses: await loadClauses(db),
    rules: await listDestinationRules(db, { activeOnly: true }),
    finalNumbers: { invoice: await finalNumber(db, ids, 'invoice'), contract: await finalNumber(db, ids, 'contract') },
  };
}

/** Where and how the consignment goes and what its parcels weigh: the facts the destination rules ask about. */
export function orderFacts(sources: DocumentSources): OrderFacts {
  const first = sources.orders[0]!;
  let count = 0;
  let net = dec('0');
  let gross = dec('0');
  for (const list of sources.packingLists) {
    count += list.totals.parcels;
    net = net.plus(dec(list.totals.netKg));
    gross = gross.plus(dec(list.totals.grossKg));
  }
  return {
    country: first.country,
    method: first.shipping_method,
    currency: first.currency,
    parcels: { count, netKg: canonical(net), grossKg: canonical(gross) },
  };
}
