// Do a document and the other current documents of its orders (and the parcels packed) tell customs
// the same story? Every figure is compared exactly; a value missing on one side is left to the
// required fields. Each mismatch sits on the checked document's field and names the other side.
import type { AnyDocumentData, DocumentType, Party } from '../../schemas/customs';
import { canonical, compareDecimal, dec, isDecimalString } from '../money';
import type { Problem } from './problems';
import { documentTotals } from './totals';

export type CheckedDocument = { id: number } & AnyDocumentData;

export interface PackedParcels {
  count: number;
  netKg: string;
  grossKg: string;
}

/** The other side of a comparison: another document, or what was packed. */
interface Other {
  type: DocumentType | 'parcels';
  id?: number;
}

type Params = Record<string, string | number>;

function mismatch(subject: CheckedDocument, other: Other, what: string, code: string, path: string, params: Params): Problem {
  return {
    key: `mismatch:${what}:${other.type}`,
    code,
    params: { ...params, subjectType: subject.type, otherType: other.type },
    path,
    source: 'consistency',
    ...(other.id !== undefined && other.type !== 'parcels' ? { documentId: other.id, documentType: other.type } : {}),
    severity: 'error',
    overridable: true,
  };
}

const words = (v: string) => v.trim().replace(/\s+/g, ' ').toLowerCase();
const complete = (v: string) => isDecimalString(v);
const sum = (values: string[]) => canonical(values.reduce((acc, v) => acc.plus(dec(v)), dec('0')));

/** A figure sum when every part is typed to the end, else null (not comparable yet). */
function total(values: string[]): string | null {
  return values.length > 0 && values.every(complete) ? sum(values) : null;
}

// ---- Goods, matched by SKU (by description when an item has none) ----

interface Goods {
  /** What keys the comparison and the override: the SKU, or "desc:" and the description. */
  key: string;
  /** What the message calls it. */
  label: string;
  bySku: boolean;
  /** Path of the first row with these goods ("items.2", "lines.0"). */
  row: string;
  quantity: string | null;
  hsCode: string;
  hsPath: string;
}

interface Row {
  sku: string;
  description: string;
  quantity: string;
  hsCode?: string;
}

function rowsOf(doc: AnyDocumentData): { base: string; rows: Row[] } {
  switch (doc.type) {
    case 'packing_list':
      return { base: 'lines', rows: doc.data.lines };
    case 'contract':
      return { base: 'items', rows: doc.data.items.map((i) => ({ ...i, description: i.name })) };
    default:
      return { base: 'items', rows: doc.data.items };
  }
}

function goodsOf(doc: AnyDocumentData): Map<string, Goods> {
  const { base, rows } = rowsOf(doc);
  const out = new Map<string, Goods>();
  const quantities = new Map<string, string[]>();
  rows.forEach((r, i) => {
    const sku = r.sku.trim();
    const description = words(r.description);
    if (sku === '' && description === '') return;
    // Override keys are short: a long description is known by its start.
    const key = sku !== '' ? sku : `desc:${description.slice(0, 60)}`;
    const hs = r.hsCode ?? '';
    const g = out.get(key);
    if (!g)
      out.set(key, {
        key,
        label: sku || r.description.trim(),
        bySku: sku !== '',
        row: `${base}.${i}`,
        quantity: null,
        hsCode: hs,
        hsPath: `${base}.${i}.hsCode`,
      });
    else if (g.hsCode === '' && hs !== '') Object.assign(g, { hsCode: hs, hsPath: `${base}.${i}.hsCode` });
    quantities.set(key, [...(quantities.get(key) ?? []), r.quantity]);
  });
  for (const [key, qs] of quantities) out.get(key)!.quantity = total(qs);
  return out;
}

/** How a contract lets the shipment differ from it: more or less by its tolerance, less when partial shipment is allowed. */
interface Allowance {
  /** Which side the contract is on. */
  contractIs: 'subject' | 'other';
  tolerance: string;
  partial: boolean;
}

function allowanceOf(subject: AnyDocumentData, other: AnyDocumentData | null): Allowance | null {
  if (other === null || (subject.type === 'contract') === (other.type === 'contract')) return null;
  const contract = subject.type === 'contract' ? subject : other;
  if (contract.type !== 'contract') return null;
  const t = contract.data.tolerancePercent;
  return {
    contractIs: subject.type === 'contract' ? 'subject' : 'other',
    tolerance: complete(t) ? t : '0',
    partial: contract.data.partialShipment === 'allowed',
  };
}

/** Exactly equal; or, against a contract, within what the contract allows. */
function agrees(subjectValue: string, otherValue: string, allowance: Allowance | null): boolean {
  if (!allowance) return compareDecimal(subjectValue, otherValue) === 0;
  const [contract, shipped] = allowance.contractIs === 'subject' ? [subjectValue, otherValue] : [otherValue, subjectValue];
  const margin = dec(contract).times(dec(allowance.tolerance)).div(100);
  const upper = dec(contract).plus(margin);
  const lower = allowance.partial ? dec('0') : dec(contract).minus(margin);
  const s = dec(shipped);
  return s.greaterThanOrEqualTo(lower) && s.lessThanOrEqualTo(upper);
}

function goodsProblems(subject: CheckedDocument, other: CheckedDocument): Problem[] {
  const mine = goodsOf(subject);
  const theirs = goodsOf(other);
  const allowance = allowanceOf(subject, other);
  const out: Problem[] = [];
  const theyUseSkus = [...theirs.values()].some((g) => g.bySku);
  const iUseSkus = [...mine.values()].some((g) => g.bySku);
  for (const g of mine.values()) {
    const t = theirs.get(g.key);
    if (!t) {
      // Descriptions are worded differently from paper to paper; only a SKU is sure to be missing.
      // A contract with partial shipment allowed may hold goods this shipment does not carry.
      if (g.bySku && theyUseSkus && g.quantity !== null && !(allowance?.partial && allowance.contractIs === 'subject'))
        out.push(mismatch(subject, other, `quantity:${g.key}`, 'customsProblems.itemNotOnOther', `${g.row}.quantity`, { item: g.label, value: g.quantity }));
      continue;
    }
    if (g.quantity !== null && t.quantity !== null && !agrees(g.quantity, t.quantity, allowance))
      out.push(
        mismatch(subject, other, `quantity:${g.key}`, 'customsProblems.quantityMismatch', `${g.row}.quantity`, {
          item: g.label,
          value: g.quantity,
          otherValue: t.quantity,
        }),
      );
    // A national code longer than six digits is fine when its HS subheading (the first six) agrees.
    if (g.hsCode.length >= 6 && t.hsCode.length >= 6 && g.hsCode.slice(0, 6) !== t.hsCode.slice(0, 6))
      out.push(mismatch(subject, other, `hsCode:${g.key}`, 'customsProblems.hsMismatch', g.hsPath, { item: g.label, value: g.hsCode, otherValue: t.hsCode }));
  }
  for (const t of theirs.values()) {
    if (mine.has(t.key) || !t.bySku || !iUseSkus || t.quantity === null) continue;
    if (allowance?.partial && allowance.contractIs === 'other') continue;
    out.push(mismatch(subject, other, `quantity:${t.key}`, 'customsProblems.itemOnlyOnOther', rowsOf(subject).base, { item: t.label, otherValue: t.quantity }));
  }
  return out;
}

// ---- Money ----

function currencyOf(doc: AnyDocumentData): string {
  return doc.type === 'packing_list' ? '' : doc.data.currency;
}

function goodsValueOf(doc: AnyDocumentData): string | null {
  if (doc.type === 'packing_list') return null;
  const t = documentTotals(doc);
  return t.itemValues.length > 0 && t.itemValues.every((v) => v !== '') ? t.goods : null;
}

function moneyProblems(subject: CheckedDocument, other: CheckedDocument): Problem[] {
  const mine = currencyOf(subject);
  const theirs = currencyOf(other);
  if (mine === '' || theirs === '') return [];
  if (mine !== theirs) return [mismatch(subject, other, 'currency', 'customsProblems.currencyMismatch', 'currency', { value: mine, otherValue: theirs })];
  const a = goodsValueOf(subject);
  const b = goodsValueOf(other);
  if (a === null || b === null || agrees(a, b, allowanceOf(subject, other))) return [];
  return [mismatch(subject, other, 'goodsValue', 'customsProblems.goodsValueMismatch', 'items', { value: a, otherValue: b, currency: mine })];
}

// ---- Weights and packages ----

interface Figure {
  value: string;
  path: string;
}

function grossOf(doc: AnyDocumentData): Figure | null {
  switch (doc.type) {
    case 'contract':
      return null;
    case 'packing_list': {
      const v = total(doc.data.parcels.map((p) => p.grossKg));
      return v === null ? null : { value: v, path: 'parcels' };
    }
    default:
      return complete(doc.data.grossKg) ? { value: doc.data.grossKg, path: 'grossKg' } : null;
  }
}

function netOf(doc: AnyDocumentData): Figure | null {
  const items = (values: string[], path: string) => {
    const v = total(values);
    return v === null ? null : { value: v, path };
  };
  switch (doc.type) {
    case 'contract':
      return null;
    case 'packing_list':
      return (
        items(
          doc.data.parcels.map((p) => p.netKg),
          'parcels',
        ) ??
        items(
          doc.data.lines.map((l) => l.netKg),
          'lines',
        )
      );
    case 'postal':
      return items(
        doc.data.items.map((i) => i.netKg),
        'items',
      );
    default:
      // The header's figure when typed; the items' sum otherwise.
      return complete(doc.data.netKg)
        ? { value: doc.data.netKg, path: 'netKg' }
        : items(
            doc.data.items.map((i) => i.netKg),
            'items',
          );
  }
}

function packagesOf(doc: AnyDocumentData): Figure | null {
  switch (doc.type) {
    case 'declaration':
    case 'invoice':
      return doc.data.packageCount === '' ? null : { value: String(Number(doc.data.packageCount)), path: 'packageCount' };
    case 'packing_list':
      return doc.data.parcels.length === 0 ? null : { value: String(doc.data.parcels.length), path: 'parcels' };
    default:
      return null;
  }
}

function compareFigure(subject: CheckedDocument, other: Other, what: string, code: string, mine: Figure | null, theirs: string | null | undefined): Problem[] {
  if (!mine || theirs === null || theirs === undefined || compareDecimal(mine.value, theirs) === 0) return [];
  return [mismatch(subject, other, what, code, mine.path, { value: canonical(mine.value), otherValue: canonical(theirs) })];
}

function weightProblems(subject: CheckedDocument, other: CheckedDocument): Problem[] {
  return [
    ...compareFigure(subject, other, 'grossKg', 'customsProblems.grossKgMismatch', grossOf(subject), grossOf(other)?.value),
    ...compareFigure(subject, other, 'netKg', 'customsProblems.netKgMismatch', netOf(subject), netOf(other)?.value),
    ...compareFigure(subject, other, 'packageCount', 'customsProblems.packageCountMismatch', packagesOf(subject), packagesOf(other)?.value),
  ];
}

function parcelProblems(subject: CheckedDocument, parcels: PackedParcels): Problem[] {
  const other: Other = { type: 'parcels' };
  return [
    ...compareFigure(subject, other, 'grossKg', 'customsProblems.grossKgMismatch', grossOf(subject), complete(parcels.grossKg) ? parcels.grossKg : null),
    ...compareFigure(
      subject,
      other,
      'packageCount',
      'customsProblems.packageCountMismatch',
      packagesOf(subject),
      parcels.count > 0 ? String(parcels.count) : null,
    ),
  ];
}

// ---- Parties and terms ----

interface Named {
  party: Party;
  path: string;
}

/**
 * The party receiving the goods. Against a contract it is the buyer: a declaration or invoice
 * whose buyer differs from the consignee shows the contract's buyer as its buyer.
 */
function receiverOf(doc: AnyDocumentData, againstContract: boolean): Named {
  switch (doc.type) {
    case 'declaration':
    case 'invoice':
      return againstContract && doc.data.buyerDiffers ? { party: doc.data.buyer, path: 'buyer' } : { party: doc.data.consignee, path: 'consignee' };
    case 'packing_list':
      return { party: doc.data.consignee, path: 'consignee' };
    case 'postal':
      return { party: doc.data.addressee, path: 'addressee' };
    case 'contract':
      return { party: doc.data.buyer, path: 'buyer' };
  }
}

function senderOf(doc: AnyDocumentData): Named {
  switch (doc.type) {
    case 'declaration':
      return { party: doc.data.exporter, path: 'exporter' };
    case 'invoice':
    case 'contract':
      return { party: doc.data.seller, path: 'seller' };
    case 'packing_list':
      return { party: doc.data.shipper, path: 'shipper' };
    case 'postal':
      return { party: doc.data.sender, path: 'sender' };
  }
}

const nameOf = (p: Party) => p.name.trim() || p.company.trim();

function partyProblems(subject: CheckedDocument, other: CheckedDocument): Problem[] {
  const out: Problem[] = [];
  const contract = subject.type === 'contract' || other.type === 'contract';
  const mine = receiverOf(subject, contract);
  const theirs = receiverOf(other, contract);
  const [a, b] = [nameOf(mine.party), nameOf(theirs.party)];
  if (a !== '' && b !== '' && words(a) !== words(b))
    out.push(mismatch(subject, other, 'consigneeName', 'customsProblems.consigneeNameMismatch', `${mine.path}.name`, { value: a, otherValue: b }));
  const [c, d] = [mine.party.country, theirs.party.country];
  if (c !== '' && d !== '' && c !== d)
    out.push(mismatch(subject, other, 'consigneeCountry', 'customsProblems.consigneeCountryMismatch', `${mine.path}.country`, { value: c, otherValue: d }));
  const [s, t] = [senderOf(subject), senderOf(other)];
  const [e, f] = [nameOf(s.party), nameOf(t.party)];
  if (e !== '' && f !== '' && words(e) !== words(f))
    out.push(mismatch(subject, other, 'shipperName', 'customsProblems.shipperNameMismatch', `${s.path}.name`, { value: e, otherValue: f }));
  return out;
}

function termsOf(doc: AnyDocumentData): { incoterm: string; place: string } | null {
  return doc.type === 'declaration' || doc.type === 'invoice' || doc.type === 'contract'
    ? { incoterm: doc.data.incoterm, place: doc.data.incotermPlace.trim() }
    : null;
}

function termProblems(subject: CheckedDocument, other: CheckedDocument): Problem[] {
  const mine = termsOf(subject);
  const theirs = termsOf(other);
  if (!mine || !theirs) return [];
  const out: Problem[] = [];
  if (mine.incoterm !== '' && theirs.incoterm !== '' && mine.incoterm !== theirs.incoterm)
    out.push(mismatch(subject, other, 'incoterm', 'customsProblems.incotermMismatch', 'incoterm', { value: mine.incoterm, otherValue: theirs.incoterm }));
  if (mine.place !== '' && theirs.place !== '' && words(mine.place) !== words(theirs.place))
    out.push(
      mismatch(subject, other, 'incotermPlace', 'customsProblems.incotermPlaceMismatch', 'incotermPlace', { value: mine.place, otherValue: theirs.place }),
    );
  return out;
}

/** Every way the subject disagrees with the other current documents of its orders and the packed parcels. */
export function consistencyProblems(subject: CheckedDocument, others: CheckedDocument[], parcels: PackedParcels | null): Problem[] {
  const out: Problem[] = [];
  for (const other of others) {
    if (other.id === subject.id) continue;
    out.push(
      ...goodsProblems(subject, other),
      ...moneyProblems(subject, other),
      ...weightProblems(subject, other),
      ...partyProblems(subject, other),
      ...termProblems(subject, other),
    );
  }
  if (parcels) out.push(...parcelProblems(subject, parcels));
  return out;
}
