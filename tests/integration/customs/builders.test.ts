// The customs documents' prefill through a real core: orders packed at the bench through the real
// commands, a company profile saved through company.update, then each type's data built from the
// loaded sources and parsed with its schema; and the loader's refusals naming the order.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { AppError } from '../../../electron/core/api/errors';
import { BUILDERS, buildDocumentData } from '../../../electron/core/customs/builders';
import { type DocumentSources, loadDocumentSources, orderFacts } from '../../../electron/core/customs/sources';
import { productBins } from '../../../electron/core/inventory/balances';
import { pick } from '../../../electron/core/inventory/ledger';
import { DATA_SCHEMAS, DOCUMENT_TYPES, type DocumentDataOf, type DocumentType } from '../../../shared/schemas/customs';
import type { CompanyProfileInput } from '../../../shared/schemas/customs/company';
import { seedWarehouse } from '../../support/warehouse';
import { TEST_STAMP } from '../../support/stamp';
import { call, startCore, tempRoot } from '../support/core';

const tmp = tempRoot();
afterAll(() => tmp.cleanup());

const STAMP = { actor: 'maria', at: '2026-11-29T23:30:00.000Z' };

const COMPANY: CompanyProfileInput = {
  legalName: 'Shenzhen Despacho Trading Co., Ltd.',
  tradingName: 'Despacho Shop',
  addresses: [
    { kind: 'dispatch', address: 'Warehouse 9, Songshan Lake', city: 'Dongguan', postalCode: '523000', state: 'Guangdong', country: 'CN' },
    { kind: 'registered', address: 'Room 801, Tower A\nFutian District', city: 'Shenzhen', postalCode: '518000', state: 'Guangdong', country: 'CN' },
  ],
  identifiers: [
    { scheme: 'USCI', value: '91440300MA5G8XYZ1K', country: 'CN', label: '' },
    { scheme: 'CN_CUSTOMS', value: '4403960ABC', country: 'CN', label: '' },
    { scheme: 'EORI', value: 'CN9144030000001', country: '', label: '' },
    { scheme: 'IOSS', value: 'IM1560000001', country: '', label: '' },
  ],
  phone: '+86 755 1234 5678',
  email: 'export@despacho.example',
  signatories: [
    { name: 'Wang Li', role: 'Export manager' },
    { name: 'Chen Jie', role: 'Director' },
  ],
  defaultIncoterm: 'DAP',
  defaultPlace: 'Shenzhen',
  defaultCurrency: 'EUR',
  paymentTerms: '30 days net',
};

/** Orders seeded confirmed, picked through the ledger into a container each, marked picked. */
async function pickedOrders(core: CoreApp, spec: { orders: number; quantityPerLine: number; prefix: string }) {
  const seeded = await seedWarehouse(core.db, { linesPerOrder: 2, ...spec });
  await core.db.transaction().execute(async (trx) => {
    for (const [n, orderId] of seeded.orderIds.entries()) {
      const lines = await trx.selectFrom('order_lines').select(['id', 'product_id', 'quantity']).where('order_id', '=', orderId).execute();
      for (const line of lines) {
        const bin = (await productBins(trx, line.product_id!)).find((b) => b.onHand > 0)!;
        const container = `${spec.prefix}T-${n + 1}`;
        await pick(
          trx,
          { orderId, orderLineId: line.id, productId: line.product_id!, locationId: bin.locationId, container, qtyMilli: Number(line.quantity) * 1000 },
          TEST_STAMP,
        );
      }
      await trx.updateTable('orders').set({ status: 'picked' }).where('id', '=', orderId).execute();
    }
  });
  return seeded.orderIds;
}

const BOX = { lengthCm: '40', widthCm: '30', heightCm: '20', tareKg: '0.3', maxKg: '30' };

/** Packs an order at the bench: one carton per group of lines, weighed at what it should weigh. */
async function pack(core: CoreApp, orderId: number, groups: number[][]) {
  const lines = await core.db.selectFrom('order_lines').select(['line_no', 'sku', 'quantity']).where('order_id', '=', orderId).orderBy('line_no').execute();
  for (const group of groups) {
    const { id: parcelId } = await call(core, 'packing.openParcel', { orderId, custom: BOX });
    for (const lineNo of group) {
      const l = lines.find((x) => x.line_no === lineNo)!;
      await call(core, 'packing.scanItem', { parcelId, code: l.sku, quantity: l.quantity });
    }
    const parcel = (await call(core, 'packing.station', { orderId })).parcels.find((p) => p.id === parcelId)!;
    await call(core, 'packing.closeParcel', { parcelId, grossKg: parcel.computedGrossKg });
  }
  expect(await call(core, 'packing.finish', { orderId })).toMatchObject({ status: 'packed' });
}

function built<T extends DocumentType>(sources: DocumentSources, type: T, lang: 'en' | 'es' = 'en'): DocumentDataOf<T> {
  const doc = buildDocumentData(sources, type, lang, STAMP);
  expect(doc.type).toBe(type);
  // What a builder gives must save as a draft unchanged: the schema accepts it and adds nothing.
  const parsed = DATA_SCHEMAS[type].parse(doc.data);
  expect(parsed).toEqual(doc.data);
  return doc.data as DocumentDataOf<T>;
}

async function refusedBy(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

let core: CoreApp;
let a: number;
let b: number;
let heavy: number;

beforeEach(async () => {
  core = await startCore(tmp.next());
  const light = await pickedOrders(core, { orders: 2, quantityPerLine: 2, prefix: '' });
  a = light[0]!;
  b = light[1]!;
  heavy = (await pickedOrders(core, { orders: 1, quantityPerLine: 10, prefix: 'H' }))[0]!;
  await pack(core, a, [[1], [2]]);
  await pack(core, b, [[1, 2]]);
  await pack(core, heavy, [[1, 2]]);
  await call(core, 'company.update', COMPANY);
  await core.db.updateTable('orders').set({ shipping_line: 'Correos Paq Internacional', tax_id: 'X1234567L' }).execute();
});
afterEach(async () => {
  await core.close();
});

describe('customs builders: one packed order', () => {
  it('loads the sources: lines filled from the catalogue, the packing list, the facts the checks use', async () => {
    const sources = await loadDocumentSources(core.db, [a]);
    expect(sources.orders.map((o) => o.order_number)).toEqual(['T-000001']);
    // The shop sent no customs wording and no weights: the catalogue fills them, unit by unit.
    expect(sources.lines.map((l) => [l.sku, l.customs_description, l.net_weight_kg])).toEqual([
      ['SKU-00001', "Men's T-shirt, knitted, 100% cotton", '0.2'],
      ['SKU-00002', "Men's T-shirt, knitted, 100% cotton", '0.2'],
    ]);
    expect(sources.packingLists[0]!.totals).toEqual({ parcels: 2, netKg: '0.8', grossKg: '1.6' });
    expect(sources.company.legalName).toBe(COMPANY.legalName);
    expect(sources.clauses.es.governingLaw).toContain('Convención de las Naciones Unidas');
    expect(sources.rules.length).toBeGreaterThan(0);
    expect(sources.finalNumbers).toEqual({ invoice: '', contract: '' });
    expect(orderFacts(sources)).toEqual({ country: 'ES', method: 'express', currency: 'EUR', parcels: { count: 2, netKg: '0.8', grossKg: '1.6' } });
  });

  it('every type builds data its schema accepts', async () => {
    const sources = await loadDocumentSources(core.db, [a]);
    for (const type of DOCUMENT_TYPES) {
      for (const lang of ['en', 'es'] as const) built(sources, type, lang);
    }
    expect(Object.keys(BUILDERS).sort()).toEqual([...DOCUMENT_TYPES].sort());
  });

  it('the declaration: the company as exporter and declarant, 9610 from China, goods, parcels, LRN', async () => {
    const d = built(await loadDocumentSources(core.db, [a]), 'declaration');
    expect(d.exporter).toEqual({
      name: 'Shenzhen Despacho Trading Co., Ltd.',
      company: 'Despacho Shop',
      address: 'Room 801, Tower A\nFutian District',
      city: 'Shenzhen',
      postalCode: '518000',
      state: 'Guangdong',
      country: 'CN',
      phone: '+86 755 1234 5678',
      email: 'export@despacho.example',
      taxId: '91440300MA5G8XYZ1K',
      eori: 'CN9144030000001',
      ioss: 'IM1560000001',
      customsCode: '4403960ABC',
      reference: '',
    });
    expect(d.declarant).toEqual(d.exporter);
    expect(d.consignee).toEqual({
      name: 'Lucía Fernández',
      company: '',
      address: 'Calle de Alcalá 45',
      city: 'Madrid',
      postalCode: '28014',
      state: 'Madrid',
      country: 'ES',
      phone: '+34 612 345 678',
      email: 'lucia@example.es',
      taxId: 'X1234567L',
      eori: '',
      ioss: '',
      customsCode: '',
      reference: 'T-000001',
    });
    expect(d).toMatchObject({
      declarationType: 'EX',
      procedure: '9610',
      declarantRole: 'exporter',
      lrn: 'T-000001-20261129',
      dispatchCountry: 'CN',
      destinationCountry: 'ES',
      transportMode: '4',
      meansOfTransport: '',
      transportDocument: '',
      incoterm: 'DAP',
      incotermPlace: 'Shenzhen',
      currency: 'EUR',
      packageCount: '2',
      packageKind: 'carton',
      grossKg: '1.6',
      netKg: '0.8',
      marks: 'T-000001',
      invoiceNumber: '',
      contractNumber: '',
      place: 'Shenzhen',
      // The stamp's day, not the wall clock's.
      date: '2026-11-29',
      signatory: 'Wang Li',
    });
    expect(d.items).toEqual([
      {
        sku: 'SKU-00001',
        hsCode: '610910',
        description: "Men's T-shirt, knitted, 100% cotton",
        brand: 'Li-Ning',
        model: 'AHSS123',
        specification: '',
        quantity: '2',
        unit: 'PCE',
        supplementaryQuantity: '',
        supplementaryUnit: '',
        netKg: '0.4',
        unitPrice: '10.00',
        originCountry: 'CN',
        procedure: '9610',
      },
      expect.objectContaining({ sku: 'SKU-00002', netKg: '0.4', procedure: '9610' }),
    ]);
  });

  it('a company registered outside China declares a permanent export (1000), with its VAT number as tax id', async () => {
    await call(core, 'company.update', {
      ...COMPANY,
      tradingName: COMPANY.legalName,
      addresses: [{ kind: 'dispatch', address: 'Polígono Sur 3', city: 'Valencia', postalCode: '46000', state: '', country: 'ES' }],
      identifiers: [...COMPANY.identifiers!, { scheme: 'VAT', value: 'ESB12345678', country: 'ES', label: '' }],
    });
    await core.db.updateTable('orders').set({ incoterm: '', shipping_method: 'sea' }).where('id', '=', a).execute();
    const d = built(await loadDocumentSources(core.db, [a]), 'declaration');
    expect(d.exporter).toMatchObject({ company: '', address: 'Polígono Sur 3', country: 'ES', taxId: 'ESB12345678' });
    expect([d.procedure, d.dispatchCountry, d.transportMode, d.incoterm]).toEqual(['1000', 'ES', '1', 'DAP']);
    expect(d.items.map((i) => i.procedure)).toEqual(['1000', '1000']);
  });

  it('the invoice: seller, consignee, the shop’s carrier, weights, items and the statement in Spanish', async () => {
    const sources = await loadDocumentSources(core.db, [a]);
    const en = built(sources, 'invoice', 'en');
    expect(en).toMatchObject({
      date: '2026-11-29',
      orderReference: 'T-000001',
      buyerDiffers: false,
      incoterm: 'DAP',
      incotermPlace: 'Shenzhen',
      paymentTerms: '30 days net',
      currency: 'EUR',
      carrier: 'Correos Paq Internacional',
      waybill: '',
      packageCount: '2',
      grossKg: '1.6',
      netKg: '0.8',
      freight: '0',
      insurance: '0',
      otherCosts: '0',
      reasonForExport: 'sale',
      declaration: 'I declare that the information in this invoice is true and correct and that the origin of the goods is as stated.',
      signatory: { name: 'Wang Li', role: 'Export manager' },
      place: 'Shenzhen',
      signedOn: '2026-11-29',
    });
    expect(en.seller.name).toBe(COMPANY.legalName);
    expect(en.consignee.name).toBe('Lucía Fernández');
    expect(en.items[0]).toEqual({
      sku: 'SKU-00001',
      description: "Men's T-shirt, knitted, 100% cotton",
      hsCode: '610910',
      originCountry: 'CN',
      quantity: '2',
      unit: 'PCE',
      unitPrice: '10.00',
      netKg: '0.4',
    });
    expect(built(sources, 'invoice', 'es').declaration).toBe(
      'Declaro que la información de esta factura es verdadera y correcta y que el origen de las mercancías es el indicado.',
    );
  });

  it('the sales contract: parties and signatories, goods, packing in words, clauses in the document’s language', async () => {
    const sources = await loadDocumentSources(core.db, [a]);
    const clauses = await call(core, 'company.clauses', {});
    const es = built(sources, 'contract', 'es');
    expect(es).toMatchObject({
      date: '2026-11-29',
      place: 'Shenzhen',
      sellerSignatory: { name: 'Wang Li', role: 'Export manager' },
      buyerSignatory: { name: 'Lucía Fernández', role: '' },
      tolerancePercent: '0',
      currency: 'EUR',
      packing: '2 cajas, 1,600 kg brutos',
      marks: 'T-000001',
      incoterm: 'DAP',
      incotermPlace: 'Shenzhen',
      shipmentDate: '',
      portOfLoading: '',
      portOfDischarge: '',
      partialShipment: 'notAllowed',
      transshipment: 'allowed',
      ...clauses.es,
    });
    expect(es.seller.name).toBe(COMPANY.legalName);
    expect(es.buyer.name).toBe('Lucía Fernández');
    expect(es.items[1]).toEqual({
      sku: 'SKU-00002',
      name: "Men's T-shirt, knitted, 100% cotton",
      specification: '',
      brand: 'Li-Ning',
      model: 'AHSS123',
      hsCode: '610910',
      quantity: '2',
      unit: 'PCE',
      unitPrice: '10.00',
    });
    const en = built(sources, 'contract', 'en');
    expect(en.packing).toBe('2 cartons, 1.600 kg gross');
    expect(en).toMatchObject(clauses.en);
    expect(en.arbitration).not.toBe(es.arbitration);
  });

  it('the packing list: each carton with its size and weights, and what it holds', async () => {
    const p = built(await loadDocumentSources(core.db, [a]), 'packing_list');
    expect(p).toMatchObject({ date: '2026-11-29', orderReference: 'T-000001', invoiceNumber: '', marks: 'T-000001' });
    expect(p.shipper.name).toBe(COMPANY.legalName);
    expect(p.consignee.name).toBe('Lucía Fernández');
    expect(p.parcels).toEqual([
      { seq: '1', kind: 'carton', lengthCm: '40', widthCm: '30', heightCm: '20', netKg: '0.4', grossKg: '0.8' },
      { seq: '2', kind: 'carton', lengthCm: '40', widthCm: '30', heightCm: '20', netKg: '0.4', grossKg: '0.8' },
    ]);
    expect(p.lines).toEqual([
      { parcelSeq: '1', sku: 'SKU-00001', description: "Men's T-shirt, knitted, 100% cotton", quantity: '2', unit: 'PCE', netKg: '0.4' },
      { parcelSeq: '2', sku: 'SKU-00002', description: "Men's T-shirt, knitted, 100% cotton", quantity: '2', unit: 'PCE', netKg: '0.4' },
    ]);
  });

  it('final invoice and contract numbers of the orders are quoted; drafts are not', async () => {
    let placeholder = 0;
    const link = async (type: string, status: 'draft' | 'final', number: string) => {
      const { id } = await core.db
        .insertInto('customs_documents')
        .values({
          type,
          status: 'draft',
          version: 1,
          root_id: --placeholder,
          replaces_id: null,
          number: '',
          lang: 'en',
          paper: 'A4',
          data: '{}',
          revision: 0,
          created_at: STAMP.at,
          created_by: 'maria',
          updated_at: STAMP.at,
          finalised_at: null,
          finalised_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // Finalised as the document service does: number and status in one update of the draft.
      await core.db.updateTable('customs_documents').set({ root_id: id, number, status }).where('id', '=', id).execute();
      await core.db.insertInto('customs_document_orders').values({ document_id: id, order_id: a }).execute();
    };
    await link('invoice', 'final', 'INV-2026-0007');
    await link('contract', 'draft', '');
    const sources = await loadDocumentSources(core.db, [a]);
    expect(sources.finalNumbers).toEqual({ invoice: 'INV-2026-0007', contract: '' });
    expect(built(sources, 'declaration')).toMatchObject({ invoiceNumber: 'INV-2026-0007', contractNumber: '' });
    expect(built(sources, 'packing_list').invoiceNumber).toBe('INV-2026-0007');
    expect(built(sources, 'postal').invoiceNumber).toBe('INV-2026-0007');
  });
});

describe('customs builders: the postal form', () => {
  beforeEach(async () => {
    await core.db.updateTable('orders').set({ shipping_method: 'postal' }).execute();
    // The seeded rule for every country gives its threshold in SDR; the broker adds one in euros.
    const rule = (await call(core, 'company.rules', {})).find((r) => r.params.kind === 'postalForm' && r.countries.includes('*'))!;
    const { id, ...rest } = rule;
    await call(core, 'company.saveRule', { ...rest, id, params: { kind: 'postalForm', cn22Max: [{ currency: 'EUR', maxValue: '300' }], cn22MaxKg: '2' } });
  });

  it('a small, light consignment goes on a CN 22, with customs words and 6-digit HS codes', async () => {
    const sources = await loadDocumentSources(core.db, [a]);
    const p = built(sources, 'postal');
    expect(p).toMatchObject({
      form: 'CN22',
      category: 'sale',
      currency: 'EUR',
      grossKg: '1.6',
      postage: '0',
      invoiceNumber: '',
      place: 'Shenzhen',
      date: '2026-11-29',
      signatory: 'Wang Li',
    });
    expect(p.sender.name).toBe(COMPANY.legalName);
    expect(p.addressee).toMatchObject({ name: 'Lucía Fernández', taxId: 'X1234567L', reference: 'X1234567L' });
    expect(p.items[0]).toEqual({
      description: "Men's T-shirt, knitted, 100% cotton",
      quantity: '2',
      netKg: '0.4',
      value: '20.00',
      hsCode: '610910',
      originCountry: 'CN',
      sku: 'SKU-00001',
    });
  });

  it('a heavy consignment goes on a CN 23', async () => {
    await core.db.updateTable('order_lines').set({ hs_code: '6109100010' }).where('order_id', '=', heavy).execute();
    const p = built(await loadDocumentSources(core.db, [heavy]), 'postal');
    expect(p.form).toBe('CN23');
    expect(p.grossKg).toBe('5.3');
    expect(p.items.map((i) => [i.hsCode, i.quantity, i.netKg, i.value])).toEqual([
      ['610910', '10', '2', '100.00'],
      ['610910', '10', '2', '100.00'],
    ]);
  });
});

describe('customs builders: several orders to one consignee', () => {
  it('one document carries both orders’ goods and parcels, numbered on', async () => {
    // The same person typed differently by the shop is still one consignee.
    await core.db.updateTable('orders').set({ consignee_name: '  lucía   FERNÁNDEZ ', city: 'MADRID' }).where('id', '=', b).execute();
    const sources = await loadDocumentSources(core.db, [a, b, a]);
    expect(orderFacts(sources).parcels).toEqual({ count: 3, netKg: '1.6', grossKg: '2.9' });

    const d = built(sources, 'declaration');
    expect(d.items.map((i) => i.sku)).toEqual(['SKU-00001', 'SKU-00002', 'SKU-00003', 'SKU-00004']);
    expect(d).toMatchObject({ lrn: 'T-000001-G2-20261129', marks: 'T-000001, T-000002', packageCount: '3', grossKg: '2.9', netKg: '1.6' });
    expect(d.consignee.reference).toBe('T-000001, T-000002');

    const inv = built(sources, 'invoice');
    expect(inv.orderReference).toBe('T-000001, T-000002');
    expect(inv.items).toHaveLength(4);

    const pl = built(sources, 'packing_list');
    expect(pl.parcels.map((p) => [p.seq, p.grossKg])).toEqual([
      ['1', '0.8'],
      ['2', '0.8'],
      ['3', '1.3'],
    ]);
    expect(pl.lines.map((l) => [l.parcelSeq, l.sku])).toEqual([
      ['1', 'SKU-00001'],
      ['2', 'SKU-00002'],
      ['3', 'SKU-00003'],
      ['3', 'SKU-00004'],
    ]);
    expect(built(sources, 'contract', 'en').packing).toBe('3 cartons, 2.900 kg gross');
  });
});

describe('customs sources: refusals name the order', () => {
  it('an unknown order', async () => {
    const err = await refusedBy(loadDocumentSources(core.db, [a, 99999]));
    expect([err.code, err.params]).toEqual(['customsErrors.orderNotFound', { id: 99999 }]);
  });

  it('an order that is not packed', async () => {
    const [confirmed] = await seedWarehouse(core.db, { orders: 1, linesPerOrder: 1, prefix: 'C' }).then((s) => s.orderIds);
    const err = await refusedBy(loadDocumentSources(core.db, [a, confirmed!]));
    expect([err.code, err.params]).toEqual(['customsErrors.orderNotPacked', { order: 'CT-000001', status: 'confirmed' }]);
    expect(err.message).toContain('CT-000001');
  });

  it('orders to different consignees', async () => {
    await core.db.updateTable('orders').set({ postal_code: '28001' }).where('id', '=', b).execute();
    const err = await refusedBy(loadDocumentSources(core.db, [a, b]));
    expect([err.code, err.params]).toEqual(['customsErrors.mixedConsignees', { order: 'T-000002', other: 'T-000001' }]);
    expect(err.message).toContain('T-000002');
  });

  it('orders in different currencies', async () => {
    await core.db.updateTable('orders').set({ currency: 'USD' }).where('id', '=', b).execute();
    const err = await refusedBy(loadDocumentSources(core.db, [a, b]));
    expect([err.code, err.params]).toEqual(['customsErrors.mixedCurrencies', { order: 'T-000002', currency: 'USD', other: 'T-000001', otherCurrency: 'EUR' }]);
    expect(err.message).toContain('T-000002');
  });

  it('a documents-ready order still makes documents', async () => {
    await core.db.updateTable('orders').set({ status: 'documents_ready' }).where('id', '=', a).execute();
    expect((await loadDocumentSources(core.db, [a])).orders[0]!.status).toBe('documents_ready');
  });
});
