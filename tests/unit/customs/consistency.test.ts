// The documents of one shipment must agree with each other and with what was packed: each kind of
// mismatch is found, at the checked document's field, naming the other side; agreeing documents
// (however their decimals are written) raise nothing.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type CheckedDocument, consistencyProblems } from '../../../shared/domain/customs/consistency';
import type { Problem } from '../../../shared/domain/customs/problems';
import { DATA_SCHEMAS, type DocumentType } from '../../../shared/schemas/customs';

type Input<T extends DocumentType> = z.input<(typeof DATA_SCHEMAS)[T]>;
const make = <T extends DocumentType>(type: T, id: number, data: Input<T>) => ({ id, type, data: DATA_SCHEMAS[type].parse(data) }) as CheckedDocument;

const seller = { name: 'Exportadora del Sur SL', country: 'ES' };
const buyer = { name: 'Hans Weber GmbH', country: 'DE' };
const terms = { incoterm: 'DAP', incotermPlace: 'Berlin' };

// One consistent shipment: 10 mugs at 4.50 and 2 teapots at 20, in two parcels of 3 kg gross.
const declaration = (over: Input<'declaration'> = {}) =>
  make('declaration', 1, {
    exporter: seller,
    consignee: buyer,
    ...terms,
    currency: 'EUR',
    packageCount: '2',
    grossKg: '6',
    netKg: '5',
    items: [
      { sku: 'MUG', description: 'Mugs', hsCode: '6912001000', quantity: '10', unitPrice: '4.50', netKg: '3' },
      { sku: 'POT', description: 'Teapots', hsCode: '691200', quantity: '2', unitPrice: '20', netKg: '2' },
    ],
    ...over,
  });
const invoiceMug = { sku: 'MUG', description: 'Stoneware mugs', hsCode: '69120010', quantity: '10.0', unitPrice: '4.5' };
const invoicePot = { sku: 'POT', description: 'Teapots', hsCode: '691200', quantity: '2', unitPrice: '20.00' };
const invoice = (over: Input<'invoice'> = {}) =>
  make('invoice', 2, {
    seller,
    consignee: buyer,
    ...terms,
    currency: 'EUR',
    packageCount: '2',
    grossKg: '6.000',
    items: [invoiceMug, invoicePot],
    ...over,
  });
const contract = (over: Input<'contract'> = {}) =>
  make('contract', 3, {
    seller,
    buyer,
    ...terms,
    currency: 'EUR',
    items: [
      { sku: 'MUG', name: 'Mugs', quantity: '10', unitPrice: '4.50' },
      { sku: 'POT', name: 'Teapots', quantity: '2', unitPrice: '20' },
    ],
    ...over,
  });
const packingList = (over: Input<'packing_list'> = {}) =>
  make('packing_list', 4, {
    shipper: seller,
    consignee: buyer,
    parcels: [
      { seq: '1', netKg: '2.5', grossKg: '3' },
      { seq: '2', netKg: '2.50', grossKg: '3.0' },
    ],
    lines: [
      { parcelSeq: '1', sku: 'MUG', description: 'Mugs', quantity: '6' },
      { parcelSeq: '2', sku: 'MUG', description: 'Mugs', quantity: '4' },
      { parcelSeq: '2', sku: 'POT', description: 'Teapots', quantity: '2' },
    ],
    ...over,
  });
const postal = (over: Input<'postal'> = {}) =>
  make('postal', 5, {
    sender: seller,
    addressee: buyer,
    currency: 'EUR',
    grossKg: '6',
    items: [
      { sku: 'MUG', description: 'Mugs', quantity: '10', netKg: '3', value: '45' },
      { sku: 'POT', description: 'Teapots', quantity: '2', netKg: '2', value: '40.0' },
    ],
    ...over,
  });
const packed = { count: 2, netKg: '5', grossKg: '6.00' };

const all = () => [declaration(), invoice(), contract(), packingList(), postal()];
const check = (subject: CheckedDocument, others = all(), parcels: typeof packed | null = packed) => consistencyProblems(subject, others, parcels);
const keys = (problems: Problem[]) => problems.map((p) => p.key);

describe('consistency', () => {
  it.each(['declaration', 'invoice', 'contract', 'packing_list', 'postal'])('agreeing documents raise nothing for the %s', (type) => {
    const docs = all();
    const subject = docs.find((d) => d.type === type)!;
    expect(check(subject, docs)).toEqual([]);
  });

  it('never compares a document with itself', () => {
    const subject = invoice({ currency: 'USD' });
    expect(check(subject, [subject])).toEqual([]);
  });

  it('a mismatch is an overridable consistency error on the subject, naming the other document and both values', () => {
    expect(check(invoice({ packageCount: '3' }), [packingList()], null)).toEqual([
      {
        key: 'mismatch:packageCount:packing_list',
        code: 'customsProblems.packageCountMismatch',
        params: { value: '3', otherValue: '2', subjectType: 'invoice', otherType: 'packing_list' },
        path: 'packageCount',
        source: 'consistency',
        documentId: 4,
        documentType: 'packing_list',
        severity: 'error',
        overridable: true,
      },
    ]);
  });

  describe('quantities per SKU', () => {
    it('differ between invoice and declaration', () => {
      const problems = check(invoice({ items: [{ ...invoiceMug, quantity: '11' }, invoicePot] }), [declaration()], null);
      expect(problems).toEqual([
        expect.objectContaining({
          key: 'mismatch:quantity:MUG:declaration',
          code: 'customsProblems.quantityMismatch',
          path: 'items.0.quantity',
          params: expect.objectContaining({ item: 'MUG', value: '11', otherValue: '10' }),
        }),
        // 11 x 4.50 = 49.50 makes the goods value differ too.
        expect.objectContaining({ key: 'mismatch:goodsValue:declaration' }),
      ]);
    });

    it('add up over the lines of a packing list', () => {
      const pl = packingList({
        lines: [
          { parcelSeq: '1', sku: 'MUG', quantity: '6' },
          { parcelSeq: '2', sku: 'MUG', quantity: '3' },
          { sku: 'POT', quantity: '2' },
        ],
      });
      expect(keys(check(pl, [invoice()], null))).toEqual(['mismatch:quantity:MUG:invoice']);
      expect(check(pl, [invoice()], null)[0]).toMatchObject({ path: 'lines.0.quantity', params: { value: '9', otherValue: '10' } });
      expect(keys(check(invoice(), [pl], null))).toEqual(['mismatch:quantity:MUG:packing_list']);
    });

    it('are matched by description when items have no SKU', () => {
      const a = postal({ items: [{ description: 'Mugs', quantity: '3', value: '1' }] });
      const b = invoice({ items: [{ description: ' mugs ', quantity: '4', unitPrice: '0.25' }] });
      expect(check(a, [b], null)).toEqual([
        expect.objectContaining({ key: 'mismatch:quantity:desc:mugs:invoice', params: expect.objectContaining({ item: 'Mugs' }) }),
      ]);
    });

    it('an item only on one side is a mismatch when both use SKUs', () => {
      const short = invoice({ items: [invoiceMug] });
      expect(check(declaration(), [short], null)).toEqual([
        expect.objectContaining({ key: 'mismatch:quantity:POT:invoice', code: 'customsProblems.itemNotOnOther', path: 'items.1.quantity' }),
        expect.objectContaining({ key: 'mismatch:goodsValue:invoice' }),
      ]);
      expect(check(short, [declaration()], null)).toEqual([
        expect.objectContaining({
          key: 'mismatch:quantity:POT:declaration',
          code: 'customsProblems.itemOnlyOnOther',
          path: 'items',
          params: expect.objectContaining({ otherValue: '2' }),
        }),
        expect.objectContaining({ key: 'mismatch:goodsValue:declaration' }),
      ]);
    });

    it('half-typed or missing quantities are left to the required fields', () => {
      const typing = invoice({
        items: [
          { sku: 'MUG', quantity: '1.', unitPrice: '4.5' },
          { sku: 'POT', quantity: '', unitPrice: '20' },
        ],
      });
      expect(keys(check(typing, [declaration()], null))).toEqual([]);
    });
  });

  describe('against a sales contract', () => {
    it('the contract quantity must be shipped exactly when it allows no tolerance', () => {
      const less = invoice({
        items: [
          { sku: 'MUG', quantity: '9', unitPrice: '4.5' },
          { sku: 'POT', quantity: '2', unitPrice: '20' },
        ],
      });
      expect(keys(check(contract(), [less], null))).toEqual(['mismatch:quantity:MUG:invoice', 'mismatch:goodsValue:invoice']);
    });

    it('within the tolerance, more or less, agrees', () => {
      const more = invoice({
        items: [
          { sku: 'MUG', quantity: '10.5', unitPrice: '4.5' },
          { sku: 'POT', quantity: '2', unitPrice: '20' },
        ],
      });
      expect(check(contract({ tolerancePercent: '5' }), [more], null)).toEqual([]);
      expect(check(more, [contract({ tolerancePercent: '5' })], null)).toEqual([]);
      const tooMany = invoice({
        items: [
          { sku: 'MUG', quantity: '10.51', unitPrice: '4.5' },
          { sku: 'POT', quantity: '2', unitPrice: '20' },
        ],
      });
      expect(keys(check(tooMany, [contract({ tolerancePercent: '5' })], null))).toContain('mismatch:quantity:MUG:contract');
    });

    it('with partial shipment allowed, less is fine and goods may stay behind', () => {
      const part = invoice({ items: [{ sku: 'MUG', quantity: '4', unitPrice: '4.5' }] });
      expect(check(part, [contract({ partialShipment: 'allowed' })], null)).toEqual([]);
      expect(check(contract({ partialShipment: 'allowed' }), [part], null)).toEqual([]);
    });

    it('compares the buyer with the consignee, or with the buyer when it differs', () => {
      expect(keys(check(contract({ buyer: { name: 'Someone Else', country: 'DE' } }), [invoice()], null))).toEqual(['mismatch:consigneeName:invoice']);
      const inv = invoice({ consignee: { name: 'Warehouse Hamburg', country: 'DE' }, buyerDiffers: true, buyer });
      expect(check(contract(), [inv], null)).toEqual([]);
      expect(check(inv, [contract()], null)).toEqual([]);
    });
  });

  describe('goods value and currency', () => {
    it('the goods value must agree, compared exactly', () => {
      const cheaper = postal({
        items: [
          { sku: 'MUG', quantity: '10', value: '44.99' },
          { sku: 'POT', quantity: '2', value: '40' },
        ],
      });
      expect(check(cheaper, [invoice()], null)).toEqual([
        expect.objectContaining({
          key: 'mismatch:goodsValue:invoice',
          path: 'items',
          params: expect.objectContaining({ value: '84.99', otherValue: '85.00', currency: 'EUR' }),
        }),
      ]);
    });

    it('a different currency is one mismatch, and the values are not compared', () => {
      expect(check(invoice({ currency: 'USD' }), [declaration()], null)).toEqual([
        expect.objectContaining({
          key: 'mismatch:currency:declaration',
          path: 'currency',
          params: expect.objectContaining({ value: 'USD', otherValue: 'EUR' }),
        }),
      ]);
    });

    it('no value is compared while an item has no price', () => {
      const typing = invoice({
        items: [
          { sku: 'MUG', quantity: '10', unitPrice: '' },
          { sku: 'POT', quantity: '2', unitPrice: '20' },
        ],
      });
      expect(check(typing, [declaration()], null)).toEqual([]);
    });
  });

  describe('HS codes per SKU', () => {
    it('the first six digits must agree', () => {
      const other = invoice({ items: [{ ...invoiceMug, hsCode: '691110' }, invoicePot] });
      expect(check(declaration(), [other], null)).toEqual([
        expect.objectContaining({
          key: 'mismatch:hsCode:MUG:invoice',
          path: 'items.0.hsCode',
          params: expect.objectContaining({ value: '6912001000', otherValue: '691110' }),
        }),
      ]);
    });

    it('a longer national code agrees when its first six do, and a short code is not compared', () => {
      expect(check(declaration(), [invoice()], null)).toEqual([]);
      const short = invoice({ items: [{ ...invoiceMug, hsCode: '6911' }, invoicePot] });
      expect(check(declaration(), [short], null)).toEqual([]);
    });
  });

  describe('weights', () => {
    it('gross weight against the packing list total and the packed parcels', () => {
      const problems = check(declaration({ grossKg: '6.5' }));
      expect(keys(problems)).toEqual(['mismatch:grossKg:invoice', 'mismatch:grossKg:packing_list', 'mismatch:grossKg:postal', 'mismatch:grossKg:parcels']);
      const parcels = problems.find((p) => p.key === 'mismatch:grossKg:parcels')!;
      expect(parcels).toMatchObject({ path: 'grossKg', params: { value: '6.5', otherValue: '6', otherType: 'parcels' } });
      expect(parcels.documentId).toBeUndefined();
      expect(parcels.documentType).toBeUndefined();
    });

    it('the packing list total, as the subject, against the invoice and the parcels', () => {
      const pl = packingList({
        parcels: [
          { seq: '1', grossKg: '3', netKg: '2.5' },
          { seq: '2', grossKg: '3.25', netKg: '2.5' },
        ],
      });
      expect(check(pl, [invoice()])).toEqual([
        expect.objectContaining({ key: 'mismatch:grossKg:invoice', path: 'parcels', params: expect.objectContaining({ value: '6.25', otherValue: '6' }) }),
        expect.objectContaining({ key: 'mismatch:grossKg:parcels', params: expect.objectContaining({ value: '6.25', otherValue: '6' }) }),
      ]);
    });

    it('net weight against the packing list: the header figure, or the items when there is none', () => {
      expect(keys(check(declaration({ netKg: '5.1' }), [packingList()], null))).toEqual(['mismatch:netKg:packing_list']);
      const fromItems = declaration({
        netKg: '',
        items: [
          { sku: 'MUG', quantity: '10', unitPrice: '4.5', netKg: '3' },
          { sku: 'POT', quantity: '2', unitPrice: '20', netKg: '2.5' },
        ],
      });
      expect(check(fromItems, [packingList()], null)).toEqual([
        expect.objectContaining({ key: 'mismatch:netKg:packing_list', path: 'items', params: expect.objectContaining({ value: '5.5', otherValue: '5' }) }),
      ]);
    });

    it('weights not typed to the end are not compared', () => {
      expect(check(invoice({ grossKg: '6.' }))).toEqual([]);
      expect(
        check(
          invoice(),
          [
            packingList({
              parcels: [
                { seq: '1', grossKg: '3' },
                { seq: '2', grossKg: '' },
              ],
            }),
          ],
          { ...packed, grossKg: '' },
        ),
      ).toEqual([]);
    });
  });

  describe('package count', () => {
    it('declaration and invoice against the packing list parcels and the packed parcels', () => {
      expect(keys(check(declaration({ packageCount: '3' })))).toEqual([
        'mismatch:packageCount:invoice',
        'mismatch:packageCount:packing_list',
        'mismatch:packageCount:parcels',
      ]);
      expect(keys(check(packingList(), [invoice()], { ...packed, count: 3 }))).toEqual(['mismatch:packageCount:parcels']);
      expect(check(packingList(), [invoice()], { ...packed, count: 3 })[0]).toMatchObject({ path: 'parcels', params: { value: '2', otherValue: '3' } });
    });

    it('"02" is two packages', () => {
      expect(check(invoice({ packageCount: '02' }))).toEqual([]);
    });
  });

  describe('parties', () => {
    it('the consignee name and country, whatever the document calls it', () => {
      const elsewhere = postal({ addressee: { name: 'Hans Weber GmbH', country: 'AT' } });
      expect(check(elsewhere, [invoice()], null)).toEqual([
        expect.objectContaining({
          key: 'mismatch:consigneeCountry:invoice',
          path: 'addressee.country',
          params: expect.objectContaining({ value: 'AT', otherValue: 'DE' }),
        }),
      ]);
      expect(check(packingList({ consignee: { name: 'Hans Weber', country: 'DE' } }), [declaration()], null)).toEqual([
        expect.objectContaining({ key: 'mismatch:consigneeName:declaration', path: 'consignee.name' }),
      ]);
    });

    it('names agree whatever their case and spacing', () => {
      expect(check(invoice({ consignee: { name: ' hans  WEBER gmbh', country: 'DE' } }), [declaration()], null)).toEqual([]);
    });

    it('the exporter, seller, shipper and sender name', () => {
      expect(check(postal({ sender: { name: 'Someone Else SL', country: 'ES' } }), [packingList()], null)).toEqual([
        expect.objectContaining({
          key: 'mismatch:shipperName:packing_list',
          path: 'sender.name',
          params: expect.objectContaining({ value: 'Someone Else SL' }),
        }),
      ]);
    });

    it('a missing party is left to the required fields', () => {
      expect(check(invoice({ consignee: {} }), [declaration()], null)).toEqual([]);
    });
  });

  describe('Incoterm', () => {
    it('the term and its place between declaration, invoice and contract', () => {
      expect(keys(check(invoice({ incoterm: 'DDP' })))).toEqual(['mismatch:incoterm:declaration', 'mismatch:incoterm:contract']);
      expect(check(contract({ incotermPlace: 'Hamburg' }), [declaration()], null)).toEqual([
        expect.objectContaining({
          key: 'mismatch:incotermPlace:declaration',
          path: 'incotermPlace',
          params: expect.objectContaining({ value: 'Hamburg', otherValue: 'Berlin' }),
        }),
      ]);
    });

    it('an empty term on one side is not a mismatch', () => {
      expect(check(invoice({ incoterm: '', incotermPlace: '' }))).toEqual([]);
    });
  });

  it('keys are stable: the same situation gives the same keys', () => {
    const a = keys(check(declaration({ grossKg: '7', currency: 'USD' })));
    const b = keys(check(declaration({ grossKg: '7', currency: 'USD' })));
    expect(a).toEqual(b);
    expect(a.every((k) => k.length <= 200)).toBe(true);
  });
});
