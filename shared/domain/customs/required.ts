// What a final document of each type must hold: the parties it names, its codes, its items and
// figures typed to the end. A draft may lack any of it; finalising may not (never overridable).
import type { AnyDocumentData, Party } from '../../schemas/customs';
import { isCountryCode, isCurrencyCode } from '../codes';
import { checkHsCode } from '../hs';
import { dec, isDecimalString } from '../money';
import type { Problem } from './problems';

/** Where a field sits, for the message: on the document, on a party, or on a numbered row. */
type Where = { at: 'doc' } | { at: 'party'; party: string } | { at: 'row'; row: 'item' | 'line' | 'parcel'; n: number };

// Full keys written out, so a test can find each one in the message files.
const CODES = {
  missing: { doc: 'customsProblems.missing', party: 'customsProblems.partyMissing', row: 'customsProblems.rowMissing' },
  incomplete: { doc: 'customsProblems.numberIncomplete', party: 'customsProblems.numberIncomplete', row: 'customsProblems.rowNumberIncomplete' },
  notPositive: { doc: 'customsProblems.notPositive', party: 'customsProblems.notPositive', row: 'customsProblems.rowNotPositive' },
  negative: { doc: 'customsProblems.negative', party: 'customsProblems.negative', row: 'customsProblems.rowNegative' },
  countryUnknown: { doc: 'customsProblems.countryUnknown', party: 'customsProblems.partyCountryUnknown', row: 'customsProblems.rowCountryUnknown' },
} as const;

class Found {
  readonly problems: Problem[] = [];

  add(path: string, code: string, params: Record<string, string | number> = {}): void {
    this.problems.push({ key: `required:${path}`, code, params, path, source: 'required', severity: 'error', overridable: false });
  }

  at(kind: keyof typeof CODES, where: Where, path: string, field: string, params: Record<string, string | number> = {}): void {
    const place: Record<string, string | number> = where.at === 'party' ? { party: where.party } : where.at === 'row' ? { row: where.row, n: where.n } : {};
    this.add(path, CODES[kind][where.at], { field, ...place, ...params });
  }

  text(where: Where, path: string, field: string, value: string): void {
    if (value.trim() === '') this.at('missing', where, path, field);
  }

  country(where: Where, path: string, field: string, value: string): void {
    if (value === '') this.at('missing', where, path, field);
    else if (!isCountryCode(value)) this.at('countryUnknown', where, path, field, { value });
  }

  /** A figure typed to the end ("12." or "-" is not), more than zero or at least zero as asked. */
  decimal(where: Where, path: string, field: string, value: string, need: { required: boolean; sign: 'positive' | 'nonNegative' }): void {
    if (value === '') {
      if (need.required) this.at('missing', where, path, field);
    } else if (!isDecimalString(value)) this.at('incomplete', where, path, field, { value });
    else if (need.sign === 'positive' && !dec(value).greaterThan(0)) this.at('notPositive', where, path, field, { value });
    else if (dec(value).isNegative()) this.at('negative', where, path, field, { value });
  }

  hs(n: number, path: string, code: string, required: boolean): void {
    if (code === '') {
      if (required) this.at('missing', { at: 'row', row: 'item', n }, path, 'hsCode');
      return;
    }
    const problem = checkHsCode(code);
    if (problem === 'catalogue.validation.hsUnknown') this.add(path, 'customsProblems.hsUnknown', { n, code: code.slice(0, 6) });
    else if (problem !== null) this.add(path, 'customsProblems.hsInvalid', { n, code, digits: code.length });
  }

  party(name: string, party: Party): void {
    const where: Where = { at: 'party', party: name };
    // A company receiving goods may be named by its company name alone.
    if (party.name.trim() === '' && party.company.trim() === '') this.at('missing', where, `${name}.name`, 'name');
    this.text(where, `${name}.address`, 'address', party.address);
    this.text(where, `${name}.city`, 'city', party.city);
    this.country(where, `${name}.country`, 'country', party.country);
  }

  currency(value: string): void {
    if (value === '') this.at('missing', { at: 'doc' }, 'currency', 'currency');
    else if (!isCurrencyCode(value)) this.add('currency', 'customsProblems.currencyUnknown', { value });
  }

  items(path: 'items' | 'lines' | 'parcels', count: number): void {
    if (count === 0) this.add(path, path === 'items' ? 'customsProblems.noItems' : path === 'lines' ? 'customsProblems.noLines' : 'customsProblems.noParcels');
  }
}

const DOC: Where = { at: 'doc' };
const REQUIRED_POSITIVE = { required: true, sign: 'positive' } as const;
const OPTIONAL_POSITIVE = { required: false, sign: 'positive' } as const;
const REQUIRED_AMOUNT = { required: true, sign: 'nonNegative' } as const;
const OPTIONAL_AMOUNT = { required: false, sign: 'nonNegative' } as const;
const row = (n: number): Where => ({ at: 'row', row: 'item', n: n + 1 });

interface GoodsItem {
  description: string;
  hsCode: string;
  originCountry?: string;
  quantity: string;
  unitPrice?: string;
  value?: string;
  netKg?: string;
}

/** One item of any document with goods; what it must carry differs a little by type. */
function checkItem(f: Found, i: number, item: GoodsItem, need: { descriptionField: string; hs: boolean; origin: boolean; netKg: boolean }): void {
  const p = `items.${i}`;
  f.text(row(i), `${p}.${need.descriptionField}`, 'description', item.description);
  f.hs(i + 1, `${p}.hsCode`, item.hsCode, need.hs);
  if (item.originCountry !== undefined && (need.origin || item.originCountry !== ''))
    f.country(row(i), `${p}.originCountry`, 'originCountry', item.originCountry);
  f.decimal(row(i), `${p}.quantity`, 'quantity', item.quantity, REQUIRED_POSITIVE);
  if (item.unitPrice !== undefined) f.decimal(row(i), `${p}.unitPrice`, 'unitPrice', item.unitPrice, REQUIRED_AMOUNT);
  if (item.value !== undefined) f.decimal(row(i), `${p}.value`, 'value', item.value, REQUIRED_AMOUNT);
  if (item.netKg !== undefined) f.decimal(row(i), `${p}.netKg`, 'netKg', item.netKg, need.netKg ? REQUIRED_POSITIVE : OPTIONAL_POSITIVE);
}

function costs(f: Found, data: { freight: string; insurance: string; otherCosts: string }): void {
  for (const field of ['freight', 'insurance', 'otherCosts'] as const) f.decimal(DOC, field, field, data[field], OPTIONAL_AMOUNT);
}

function packageCount(f: Found, value: string, required: boolean): void {
  if (value === '') {
    if (required) f.at('missing', DOC, 'packageCount', 'packageCount');
  } else if (Number(value) === 0) f.at('notPositive', DOC, 'packageCount', 'packageCount', { value });
}

/** What is still missing or unfinished before this document can be final. */
export function requiredFieldProblems(doc: AnyDocumentData): Problem[] {
  const f = new Found();
  switch (doc.type) {
    case 'declaration': {
      const d = doc.data;
      f.party('exporter', d.exporter);
      f.party('consignee', d.consignee);
      if (d.declarantRole !== 'exporter') f.party('declarant', d.declarant);
      if (d.sellerDiffers) f.party('seller', d.seller);
      if (d.buyerDiffers) f.party('buyer', d.buyer);
      f.country(DOC, 'dispatchCountry', 'dispatchCountry', d.dispatchCountry);
      f.country(DOC, 'destinationCountry', 'destinationCountry', d.destinationCountry);
      if (d.transportMode === '') f.at('missing', DOC, 'transportMode', 'transportMode');
      if (d.incoterm === '') f.at('missing', DOC, 'incoterm', 'incoterm');
      f.currency(d.currency);
      costs(f, d);
      packageCount(f, d.packageCount, true);
      f.decimal(DOC, 'grossKg', 'grossKg', d.grossKg, REQUIRED_POSITIVE);
      f.decimal(DOC, 'netKg', 'netKg', d.netKg, OPTIONAL_POSITIVE);
      f.text(DOC, 'date', 'date', d.date);
      f.text(DOC, 'signatory', 'signatory', d.signatory);
      f.items('items', d.items.length);
      d.items.forEach((item, i) => {
        checkItem(f, i, item, { descriptionField: 'description', hs: true, origin: true, netKg: true });
        f.decimal(row(i), `items.${i}.supplementaryQuantity`, 'supplementaryQuantity', item.supplementaryQuantity, OPTIONAL_POSITIVE);
      });
      break;
    }
    case 'invoice': {
      const d = doc.data;
      f.party('seller', d.seller);
      f.party('consignee', d.consignee);
      if (d.buyerDiffers) f.party('buyer', d.buyer);
      if (d.incoterm === '') f.at('missing', DOC, 'incoterm', 'incoterm');
      f.currency(d.currency);
      costs(f, d);
      packageCount(f, d.packageCount, false);
      f.decimal(DOC, 'grossKg', 'grossKg', d.grossKg, OPTIONAL_POSITIVE);
      f.decimal(DOC, 'netKg', 'netKg', d.netKg, OPTIONAL_POSITIVE);
      f.text(DOC, 'date', 'date', d.date);
      f.items('items', d.items.length);
      d.items.forEach((item, i) => checkItem(f, i, item, { descriptionField: 'description', hs: true, origin: true, netKg: false }));
      break;
    }
    case 'contract': {
      const d = doc.data;
      f.party('seller', d.seller);
      f.party('buyer', d.buyer);
      f.text({ at: 'party', party: 'seller' }, 'sellerSignatory.name', 'signatory', d.sellerSignatory.name);
      f.text({ at: 'party', party: 'buyer' }, 'buyerSignatory.name', 'signatory', d.buyerSignatory.name);
      if (d.incoterm === '') f.at('missing', DOC, 'incoterm', 'incoterm');
      f.currency(d.currency);
      f.decimal(DOC, 'tolerancePercent', 'tolerancePercent', d.tolerancePercent, OPTIONAL_AMOUNT);
      f.text(DOC, 'date', 'date', d.date);
      f.items('items', d.items.length);
      // A contract names the goods as sold; the HS code is welcome there but not required.
      d.items.forEach((item, i) => checkItem(f, i, { ...item, description: item.name }, { descriptionField: 'name', hs: false, origin: false, netKg: false }));
      break;
    }
    case 'packing_list': {
      const d = doc.data;
      f.party('shipper', d.shipper);
      f.party('consignee', d.consignee);
      f.text(DOC, 'date', 'date', d.date);
      f.items('parcels', d.parcels.length);
      f.items('lines', d.lines.length);
      const seqs = new Set(d.parcels.map((p) => p.seq).filter((s) => s !== ''));
      d.parcels.forEach((parcel, i) => {
        const where: Where = { at: 'row', row: 'parcel', n: i + 1 };
        f.decimal(where, `parcels.${i}.grossKg`, 'grossKg', parcel.grossKg, REQUIRED_POSITIVE);
        for (const field of ['netKg', 'lengthCm', 'widthCm', 'heightCm'] as const)
          f.decimal(where, `parcels.${i}.${field}`, field, parcel[field], OPTIONAL_POSITIVE);
      });
      d.lines.forEach((line, i) => {
        const where: Where = { at: 'row', row: 'line', n: i + 1 };
        f.text(where, `lines.${i}.description`, 'description', line.description);
        f.decimal(where, `lines.${i}.quantity`, 'quantity', line.quantity, REQUIRED_POSITIVE);
        f.decimal(where, `lines.${i}.netKg`, 'netKg', line.netKg, OPTIONAL_POSITIVE);
        if (line.parcelSeq !== '' && seqs.size > 0 && !seqs.has(line.parcelSeq))
          f.add(`lines.${i}.parcelSeq`, 'customsProblems.lineParcelUnknown', { n: i + 1, seq: line.parcelSeq });
      });
      break;
    }
    case 'postal': {
      const d = doc.data;
      f.party('sender', d.sender);
      f.party('addressee', d.addressee);
      if (d.category === 'other') f.text(DOC, 'categoryExplanation', 'categoryExplanation', d.categoryExplanation);
      f.currency(d.currency);
      f.decimal(DOC, 'grossKg', 'grossKg', d.grossKg, REQUIRED_POSITIVE);
      f.decimal(DOC, 'postage', 'postage', d.postage, OPTIONAL_AMOUNT);
      f.text(DOC, 'date', 'date', d.date);
      f.items('items', d.items.length);
      // Documents carry no tariff number or origin; goods do.
      const goods = d.category !== 'documents';
      d.items.forEach((item, i) => checkItem(f, i, item, { descriptionField: 'description', hs: goods, origin: goods, netKg: true }));
      break;
    }
  }
  return f.problems;
}
