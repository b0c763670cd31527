// What a final customs document must hold, type by type: complete documents pass, and each gap is
// reported at its field path, as an error nobody can override.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { requiredFieldProblems } from '../../../shared/domain/customs/required';
import { type AnyDocumentData, DATA_SCHEMAS, type DocumentType } from '../../../shared/schemas/customs';

type Input<T extends DocumentType> = z.input<(typeof DATA_SCHEMAS)[T]>;
const make = <T extends DocumentType>(type: T, data: Input<T>) => ({ type, data: DATA_SCHEMAS[type].parse(data) }) as AnyDocumentData;

const party = (name: string, country: string) => ({ name, address: '1 Main Street', city: 'Town', country });
const exporter = party('Exportadora SL', 'ES');
const consignee = party('Ana Lima', 'BR');

const declItem = { sku: 'SKU-1', description: 'Cotton T-shirts', hsCode: '61091000', originCountry: 'ES', quantity: '10', unitPrice: '4.50', netKg: '2.5' };
const invItem = { sku: 'SKU-1', description: 'Cotton T-shirts', hsCode: '610910', originCountry: 'ES', quantity: '10', unitPrice: '4.50' };
const contractItem = { sku: 'SKU-1', name: 'Cotton T-shirts', quantity: '10', unitPrice: '4.50' };
const packingLine = { parcelSeq: '1', sku: 'SKU-1', description: 'Cotton T-shirts', quantity: '10' };

const declarationData: Input<'declaration'> = {
  exporter,
  consignee,
  dispatchCountry: 'ES',
  destinationCountry: 'BR',
  transportMode: '4',
  incoterm: 'DAP',
  currency: 'EUR',
  packageCount: '2',
  grossKg: '5.5',
  date: '2026-11-30',
  signatory: 'Marta Ruiz',
  items: [declItem],
};
const invoiceData: Input<'invoice'> = {
  seller: exporter,
  consignee,
  incoterm: 'DAP',
  currency: 'EUR',
  date: '2026-11-30',
  items: [invItem],
};
const contractData: Input<'contract'> = {
  seller: exporter,
  buyer: consignee,
  sellerSignatory: { name: 'Marta Ruiz', role: 'Director' },
  buyerSignatory: { name: 'Ana Lima', role: 'Owner' },
  incoterm: 'DAP',
  currency: 'EUR',
  date: '2026-11-01',
  items: [contractItem],
};
const packingData: Input<'packing_list'> = {
  shipper: exporter,
  consignee,
  date: '2026-11-30',
  parcels: [{ seq: '1', grossKg: '3' }],
  lines: [packingLine],
};
const postalData: Input<'postal'> = {
  sender: exporter,
  addressee: consignee,
  currency: 'EUR',
  grossKg: '1.2',
  date: '2026-11-30',
  items: [{ description: 'Cotton T-shirts', quantity: '10', netKg: '1', value: '45', hsCode: '610910', originCountry: 'ES' }],
};

const complete = {
  declaration: () => make('declaration', declarationData),
  invoice: () => make('invoice', invoiceData),
  contract: () => make('contract', contractData),
  packing_list: () => make('packing_list', packingData),
  postal: () => make('postal', postalData),
};

const paths = (doc: AnyDocumentData) => requiredFieldProblems(doc).map((p) => p.path);
const byPath = (doc: AnyDocumentData, path: string) => requiredFieldProblems(doc).find((p) => p.path === path);

describe('required fields', () => {
  it.each(Object.keys(complete) as DocumentType[])('a complete %s has nothing missing', (type) => {
    expect(requiredFieldProblems(complete[type]())).toEqual([]);
  });

  it('every problem is a required error, not overridable, keyed by its path', () => {
    const problems = requiredFieldProblems(make('invoice', {}));
    expect(problems.length).toBeGreaterThan(5);
    for (const p of problems) {
      expect(p).toMatchObject({ source: 'required', severity: 'error', overridable: false, key: `required:${p.path}` });
      expect(p.code).toMatch(/^customsProblems\./);
    }
  });

  it('an empty declaration names every part it lacks', () => {
    expect(paths(make('declaration', {}))).toEqual(
      expect.arrayContaining([
        'exporter.name',
        'exporter.address',
        'exporter.city',
        'exporter.country',
        'consignee.name',
        'consignee.country',
        'dispatchCountry',
        'destinationCountry',
        'transportMode',
        'incoterm',
        'currency',
        'packageCount',
        'grossKg',
        'date',
        'signatory',
        'items',
      ]),
    );
  });

  it('a party named by its company alone has a name', () => {
    const doc = make('invoice', { ...invoiceData, consignee: { ...consignee, name: '', company: 'Lima Comércio Ltda' } });
    expect(requiredFieldProblems(doc)).toEqual([]);
  });

  it('a party message names the party and the field', () => {
    const doc = make('invoice', { ...invoiceData, consignee: { ...consignee, city: ' ' } });
    expect(requiredFieldProblems(doc)).toEqual([
      expect.objectContaining({ path: 'consignee.city', code: 'customsProblems.partyMissing', params: { field: 'city', party: 'consignee' } }),
    ]);
  });

  it('a consignee country must be a real ISO country', () => {
    const doc = make('declaration', { ...declarationData, consignee: { ...consignee, country: 'XX' } });
    expect(byPath(doc, 'consignee.country')).toMatchObject({ code: 'customsProblems.partyCountryUnknown', params: { value: 'XX', party: 'consignee' } });
  });

  it('dispatch and destination countries and item origins must be real countries', () => {
    const doc = make('declaration', { ...declarationData, destinationCountry: 'ZZ' });
    expect(byPath(doc, 'destinationCountry')).toMatchObject({ code: 'customsProblems.countryUnknown', params: { field: 'destinationCountry', value: 'ZZ' } });
    const item = make('invoice', { ...invoiceData, items: [{ ...invItem, originCountry: 'QQ' }] });
    expect(byPath(item, 'items.0.originCountry')).toMatchObject({ code: 'customsProblems.rowCountryUnknown', params: { row: 'item', n: 1, value: 'QQ' } });
  });

  it('the currency must be a currency for trade', () => {
    expect(byPath(make('invoice', { ...invoiceData, currency: 'ABC' }), 'currency')).toMatchObject({
      code: 'customsProblems.currencyUnknown',
    });
    expect(byPath(make('invoice', { ...invoiceData, currency: 'XAU' }), 'currency')).toMatchObject({
      code: 'customsProblems.currencyUnknown',
    });
  });

  it.each([
    ['12.', 'customsProblems.rowNumberIncomplete'],
    ['-', 'customsProblems.rowNumberIncomplete'],
    ['.5', 'customsProblems.rowNumberIncomplete'],
    ['0', 'customsProblems.rowNotPositive'],
    ['-3', 'customsProblems.rowNotPositive'],
    ['', 'customsProblems.rowMissing'],
  ])('a quantity of "%s" is reported at its path', (quantity, code) => {
    const doc = make('invoice', { ...invoiceData, items: [invItem, { ...invItem, quantity }] });
    expect(requiredFieldProblems(doc)).toEqual([expect.objectContaining({ path: 'items.1.quantity', code })]);
  });

  it('a half-typed unit price or a negative one is reported; zero is a price', () => {
    const withPrice = (unitPrice: string) => make('invoice', { ...invoiceData, items: [{ ...invItem, unitPrice }] });
    expect(byPath(withPrice('4.'), 'items.0.unitPrice')).toMatchObject({ code: 'customsProblems.rowNumberIncomplete', params: { value: '4.' } });
    expect(byPath(withPrice('-1'), 'items.0.unitPrice')).toMatchObject({ code: 'customsProblems.rowNegative' });
    expect(requiredFieldProblems(withPrice('0'))).toEqual([]);
  });

  it('half-typed optional figures are reported, empty ones are not', () => {
    const doc = make('invoice', { ...invoiceData, freight: '12.', insurance: '' });
    expect(paths(doc)).toEqual(['freight']);
    expect(byPath(doc, 'freight')).toMatchObject({ code: 'customsProblems.numberIncomplete', params: { field: 'freight', value: '12.' } });
  });

  describe('HS codes', () => {
    const withHs = (hsCode: string) => make('invoice', { ...invoiceData, items: [{ ...invItem, hsCode }] });

    it.each(['610910', '61091000', '6109100010'])('%s is valid', (code) => {
      expect(requiredFieldProblems(withHs(code))).toEqual([]);
    });

    it('a code of 7 digits has the wrong length', () => {
      expect(byPath(withHs('6109100'), 'items.0.hsCode')).toMatchObject({ code: 'customsProblems.hsInvalid', params: { n: 1, code: '6109100', digits: 7 } });
    });

    it('a code whose first six digits are no HS 2022 subheading is unknown', () => {
      expect(byPath(withHs('99999912'), 'items.0.hsCode')).toMatchObject({ code: 'customsProblems.hsUnknown', params: { code: '999999' } });
    });

    it('a missing code is reported where the type needs one', () => {
      expect(byPath(withHs(''), 'items.0.hsCode')).toMatchObject({ code: 'customsProblems.rowMissing', params: { field: 'hsCode' } });
    });

    it('a contract does not need one, but one typed must be valid', () => {
      const contract = (hsCode: string) => make('contract', { ...contractData, items: [{ ...contractItem, hsCode }] });
      expect(requiredFieldProblems(contract(''))).toEqual([]);
      expect(paths(contract('1234'))).toEqual(['items.0.hsCode']);
    });
  });

  it('declaration items need a net weight; invoice items do not', () => {
    const decl = make('declaration', { ...declarationData, items: [{ ...declItem, netKg: '' }] });
    expect(byPath(decl, 'items.0.netKg')).toMatchObject({ code: 'customsProblems.rowMissing', params: { field: 'netKg' } });
    expect(requiredFieldProblems(complete.invoice())).toEqual([]);
  });

  it('a declaration with no packages or no weight is not final', () => {
    const doc = make('declaration', { ...declarationData, packageCount: '0', grossKg: '0.' });
    expect(byPath(doc, 'packageCount')).toMatchObject({ code: 'customsProblems.notPositive' });
    expect(byPath(doc, 'grossKg')).toMatchObject({ code: 'customsProblems.numberIncomplete' });
  });

  it('a declaration names the declarant, seller and buyer when they differ from the exporter and consignee', () => {
    const doc = make('declaration', { ...declarationData, declarantRole: 'indirect', sellerDiffers: true, buyerDiffers: true });
    expect(paths(doc)).toEqual(expect.arrayContaining(['declarant.name', 'seller.name', 'buyer.name']));
  });

  it('a sales contract needs both signatories', () => {
    const doc = make('contract', { ...contractData, sellerSignatory: { name: '', role: '' }, buyerSignatory: { name: '', role: '' } });
    expect(paths(doc)).toEqual(['sellerSignatory.name', 'buyerSignatory.name']);
    expect(byPath(doc, 'sellerSignatory.name')).toMatchObject({ code: 'customsProblems.partyMissing', params: { party: 'seller', field: 'signatory' } });
  });

  it('a contract item is known by its name', () => {
    const doc = make('contract', { ...contractData, items: [{ ...contractItem, name: '' }] });
    expect(paths(doc)).toEqual(['items.0.name']);
  });

  it('a packing list needs parcels and lines, and lines name a parcel it has', () => {
    expect(paths(make('packing_list', { ...packingData, parcels: [], lines: [] }))).toEqual(['parcels', 'lines']);
    const doc = make('packing_list', { ...packingData, lines: [{ ...packingLine, parcelSeq: '2' }] });
    expect(byPath(doc, 'lines.0.parcelSeq')).toMatchObject({ code: 'customsProblems.lineParcelUnknown', params: { n: 1, seq: '2' } });
    const noWeight = make('packing_list', { ...packingData, parcels: [{ seq: '1', grossKg: '' }] });
    expect(byPath(noWeight, 'parcels.0.grossKg')).toMatchObject({ code: 'customsProblems.rowMissing', params: { row: 'parcel', n: 1 } });
  });

  it('a postal declaration explains the contents when the category is Other', () => {
    const doc = make('postal', { ...postalData, category: 'other' });
    expect(paths(doc)).toEqual(['categoryExplanation']);
    expect(requiredFieldProblems(make('postal', { ...postalData, category: 'other', categoryExplanation: 'Spare parts' }))).toEqual([]);
  });

  it('postal items need a value and a net weight; documents need no HS code or origin', () => {
    const doc = make('postal', { ...postalData, items: [{ description: 'Letters', quantity: '1', netKg: '', value: '' }] });
    expect(paths(doc)).toEqual(['items.0.hsCode', 'items.0.originCountry', 'items.0.value', 'items.0.netKg']);
    const documents = make('postal', {
      ...postalData,
      category: 'documents',
      items: [{ description: 'Letters', quantity: '1', netKg: '0.1', value: '0' }],
    });
    expect(requiredFieldProblems(documents)).toEqual([]);
  });

  it('a postal declaration names sender and addressee', () => {
    expect(paths(make('postal', { ...postalData, sender: {}, addressee: {} }))).toEqual(
      expect.arrayContaining(['sender.name', 'sender.country', 'addressee.name', 'addressee.address']),
    );
  });
});
