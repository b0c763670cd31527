// Fully filled customs documents for the template tests (and for looking at them as PDFs): every
// field of every schema has a value, and names and descriptions carry hostile and foreign text.
import type { TemplateContext } from '../../../shared/documents/customs/registry';
import {
  type AnyDocumentData,
  type ContractData,
  type DeclarationData,
  type InvoiceData,
  type PackingListData,
  type Party,
  type PostalData,
  contractSchema,
  declarationSchema,
  invoiceSchema,
  packingListSchema,
  postalSchema,
} from '../../../shared/schemas/customs';

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  quotes: `"quotes" & 'apostrophes'`,
  img: '<img src=x onerror=alert(1)>',
  arabic: 'شركة النور للتجارة',
  hebrew: 'חברת הייצוא בע"מ',
  cjk: '中文 上海进出口有限公司',
} as const;

// A 1x1 PNG: the smallest logo the company profile accepts.
export const LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export function party(over: Partial<Party> = {}): Party {
  return {
    name: 'María García',
    company: 'Exportaciones Ibéricas S.L.',
    address: 'Calle de Alcalá 123, 4º\nPolígono Industrial Norte',
    city: 'Madrid',
    postalCode: '28009',
    state: 'Madrid',
    country: 'ES',
    phone: '+34 910 000 000',
    email: 'export@iberica.example',
    taxId: 'ESB12345678',
    eori: 'ESB12345678000',
    ioss: '',
    customsCode: '',
    reference: '',
    ...over,
  };
}

export const sender = (): Party => party();
export const consignee = (): Party =>
  party({
    name: HOSTILE.quotes,
    company: HOSTILE.cjk,
    address: `${HOSTILE.img}\n888 Nanjing Road`,
    city: 'Shanghai',
    postalCode: '200001',
    state: '',
    country: 'CN',
    phone: '+86 21 0000 0000',
    email: 'buyer@example.cn',
    taxId: '91310000MA1FL0000X',
    eori: '',
    ioss: 'IM2760000000',
    customsCode: '3105960000',
    reference: 'PO-7781',
  });
export const buyer = (): Party =>
  party({
    name: HOSTILE.hebrew,
    company: HOSTILE.arabic,
    address: 'King Fahd Road 12',
    city: 'Riyadh',
    postalCode: '12211',
    state: '',
    country: 'SA',
    taxId: '300000000000003',
  });

const GOODS = [
  {
    sku: 'TSH-001',
    description: `Men's T-shirt, 100% cotton, knitted ${HOSTILE.script}`,
    hs: '6109100010',
    unit: 'PCE',
    qty: '120',
    price: '4.85',
    kg: '24.000',
    brand: 'Ibérica',
    model: 'Classic',
    spec: 'Sizes S–XL',
  },
  {
    sku: 'SCF-778',
    description: `Silk scarf ${HOSTILE.img}`,
    hs: '6214100000',
    unit: 'PCE',
    qty: '40',
    price: '18.50',
    kg: '3.200',
    brand: HOSTILE.quotes,
    model: 'Seda',
    spec: '90 × 90 cm',
  },
  {
    sku: 'OIL-500',
    description: `Extra virgin olive oil, 500 ml ${HOSTILE.cjk}`,
    hs: '1509200000',
    unit: 'LTR',
    qty: '60',
    price: '7.25',
    kg: '27.600',
    brand: 'Oro',
    model: '',
    spec: HOSTILE.arabic,
  },
];

export function declaration(items = 3, aggregate = false): DeclarationData {
  return declarationSchema.parse({
    declarationType: 'EX',
    procedure: '1000',
    lrn: 'ORD-1042-20261129',
    declarantRole: 'direct',
    declarant: party({ company: 'Aduanas Rápidas S.L.', name: 'Jorge Ruiz', taxId: 'ESB87654321', eori: 'ESB87654321000' }),
    exporter: sender(),
    consignee: consignee(),
    sellerDiffers: true,
    seller: party({
      company: 'Ibérica Trading Ltd',
      country: 'GB',
      city: 'London',
      postalCode: 'EC1A 1BB',
      state: '',
      address: '1 Example Street',
      taxId: 'GB123456789',
      eori: 'GB123456789000',
    }),
    buyerDiffers: true,
    buyer: buyer(),
    dispatchCountry: 'ES',
    destinationCountry: 'CN',
    customsOffice: 'ES000281',
    exitPort: 'ESVLC',
    transportMode: '1',
    meansOfTransport: 'MSC Oscar IMO 9703291',
    transportDocument: 'MEDU1234567',
    incoterm: 'CIF',
    incotermPlace: 'Shanghai',
    currency: 'EUR',
    freight: '350.00',
    insurance: '12.40',
    otherCosts: '25.00',
    packageCount: '3',
    packageKind: 'CT',
    grossKg: '58.900',
    netKg: '54.800',
    marks: `IBÉRICA / SHANGHAI\nC/NO. 1-3 ${HOSTILE.script}`,
    contractNumber: 'SC-2026-000007',
    invoiceNumber: 'INV-2026-000012',
    attachedDocuments: [
      { code: 'N380', reference: 'INV-2026-000012' },
      { code: 'N271', reference: 'PL-2026-000012' },
      { code: 'N705', reference: 'MEDU1234567' },
    ],
    place: 'Madrid',
    date: '2026-11-29',
    signatory: 'Jorge Ruiz',
    aggregate,
    items: Array.from({ length: items }, (_, i) => {
      const g = GOODS[i % GOODS.length]!;
      return {
        sku: items > GOODS.length ? `${g.sku}-${i + 1}` : g.sku,
        hsCode: g.hs,
        description: g.description,
        brand: g.brand,
        model: g.model,
        specification: g.spec,
        quantity: g.qty,
        unit: g.unit,
        supplementaryQuantity: g.unit === 'LTR' ? '30' : '',
        supplementaryUnit: g.unit === 'LTR' ? 'LTR' : '',
        netKg: g.kg,
        unitPrice: g.price,
        originCountry: i % 3 === 2 ? 'IT' : 'ES',
        procedure: '1000',
      };
    }),
  });
}

export function invoice(): InvoiceData {
  return invoiceSchema.parse({
    date: '2026-11-28',
    orderReference: `ORD-1042 ${HOSTILE.quotes}`,
    seller: sender(),
    consignee: consignee(),
    buyerDiffers: true,
    buyer: buyer(),
    incoterm: 'DAP',
    incotermPlace: 'Shanghai',
    paymentTerms: '30 days from the invoice date, by bank transfer to ES91 2100 0418 4502 0005 1332',
    currency: 'USD',
    carrier: 'DHL Express',
    waybill: '1234567890',
    packageCount: '3',
    grossKg: '58.9',
    netKg: '54.8',
    items: GOODS.map((g, i) => ({
      sku: g.sku,
      description: g.description,
      hsCode: g.hs,
      originCountry: i === 2 ? 'IT' : 'ES',
      quantity: g.qty,
      unit: g.unit,
      unitPrice: g.price,
      netKg: g.kg,
    })),
    freight: '120.00',
    insurance: '8.50',
    otherCosts: '15.00',
    reasonForExport: 'sale',
    declaration: `I declare that all the information contained in this invoice is true and correct. ${HOSTILE.script}`,
    signatory: { name: 'María García', role: `Export manager ${HOSTILE.img}` },
    place: 'Madrid',
    signedOn: '2026-11-28',
  });
}

export function contract(): ContractData {
  return contractSchema.parse({
    date: '2026-11-20',
    place: 'Madrid',
    seller: sender(),
    sellerSignatory: { name: 'María García', role: 'Managing director' },
    buyer: consignee(),
    buyerSignatory: { name: HOSTILE.cjk, role: HOSTILE.quotes },
    items: GOODS.map((g) => ({
      sku: g.sku,
      name: g.description,
      specification: g.spec,
      brand: g.brand,
      model: g.model,
      hsCode: g.hs,
      quantity: g.qty,
      unit: g.unit,
      unitPrice: g.price,
    })),
    tolerancePercent: '5',
    currency: 'EUR',
    packing: 'Export cartons on pallets, shrink-wrapped; suitable for sea transport.',
    marks: `IBÉRICA / SHANGHAI / C/NO. 1-UP ${HOSTILE.img}`,
    incoterm: 'CIF',
    incotermPlace: 'Shanghai',
    shipmentDate: '2026-12-15',
    portOfLoading: 'ESVLC',
    portOfDischarge: 'CNSHA',
    partialShipment: 'allowed',
    transshipment: 'notAllowed',
    insurance: 'To be covered by the Seller for 110% of the invoice value against all risks (ICC A).',
    payment: `By irrevocable documentary credit at sight, opened 30 days before shipment. ${HOSTILE.script}`,
    documentsRequired: '1. Commercial invoice in 3 originals.\n2. Packing list.\n3. Full set of clean on board bills of lading.\n4. Certificate of origin.',
    inspection: 'The Buyer may inspect the goods at the port of discharge within 30 days of arrival.',
    claims: 'Claims as to quality within 60 days, as to quantity within 30 days of arrival.',
    forceMajeure: 'Neither party is liable for failure to perform caused by events beyond its control.',
    governingLaw: 'This contract is governed by the United Nations Convention on Contracts for the International Sale of Goods (CISG).',
    arbitration: `Disputes are settled by the Court of Arbitration of Madrid. ${HOSTILE.hebrew}`,
  });
}

export function packingList(): PackingListData {
  return packingListSchema.parse({
    date: '2026-11-28',
    orderReference: 'ORD-1042',
    invoiceNumber: 'INV-2026-000012',
    shipper: sender(),
    consignee: consignee(),
    marks: `IBÉRICA / SHANGHAI / C/NO. 1-3 ${HOSTILE.quotes}`,
    parcels: [
      { seq: '1', kind: 'Carton', lengthCm: '60', widthCm: '40', heightCm: '40', netKg: '24', grossKg: '25.5' },
      { seq: '2', kind: HOSTILE.script, lengthCm: '40', widthCm: '30', heightCm: '20', netKg: '3.2', grossKg: '4.1' },
      { seq: '3', kind: 'Carton', lengthCm: '50', widthCm: '40', heightCm: '35', netKg: '27.6', grossKg: '29.3' },
    ],
    lines: [
      { parcelSeq: '1', sku: 'TSH-001', description: GOODS[0]!.description, quantity: '120', unit: 'PCE', netKg: '24' },
      { parcelSeq: '2', sku: 'SCF-778', description: GOODS[1]!.description, quantity: '40', unit: 'PCE', netKg: '3.2' },
      { parcelSeq: '3', sku: 'OIL-500', description: GOODS[2]!.description, quantity: '60', unit: 'LTR', netKg: '27.6' },
      { parcelSeq: '9', sku: 'FLY-001', description: `Leaflets ${HOSTILE.arabic}`, quantity: '5', unit: 'PCE', netKg: '0.1' },
    ],
  });
}

export function postal(form: 'CN22' | 'CN23' = 'CN23'): PostalData {
  return postalSchema.parse({
    form,
    sender: party({ reference: 'SND-REF-1', customsCode: '' }),
    addressee: consignee(),
    category: 'sale',
    categoryExplanation: HOSTILE.quotes,
    items: [
      { description: `T-shirts ${HOSTILE.script}`, quantity: '3', netKg: '0.6', value: '14.55', hsCode: '610910', originCountry: 'ES', sku: 'TSH-001' },
      { description: `Silk scarf ${HOSTILE.cjk}`, quantity: '1', netKg: '0.08', value: '18.50', hsCode: '621410', originCountry: 'IT', sku: 'SCF-778' },
    ],
    currency: 'EUR',
    grossKg: '0.85',
    postage: '21.30',
    licenceNumbers: 'LIC-2026-44',
    certificateNumbers: 'CERT-ORIG-99',
    invoiceNumber: 'INV-2026-000012',
    comments: `No restrictions. ${HOSTILE.img}`,
    place: 'Madrid',
    date: '2026-11-28',
    signatory: `María García ${HOSTILE.hebrew}`,
  });
}

export function allExamples(): AnyDocumentData[] {
  return [
    { type: 'declaration', data: declaration() },
    { type: 'invoice', data: invoice() },
    { type: 'contract', data: contract() },
    { type: 'packing_list', data: packingList() },
    { type: 'postal', data: postal('CN23') },
    { type: 'postal', data: postal('CN22') },
  ];
}

export function finalCtx(over: Partial<TemplateContext> = {}): TemplateContext {
  return {
    number: 'INV-2026-000001',
    version: 2,
    status: 'final',
    lang: 'en',
    paper: 'A4',
    logo: LOGO,
    finalisedAt: '2026-11-29T10:15:00.000Z',
    finalisedBy: 'Ana López',
    ...over,
  };
}

export const draftCtx = (over: Partial<TemplateContext> = {}): TemplateContext =>
  finalCtx({ number: '', version: 1, status: 'draft', finalisedAt: null, finalisedBy: null, ...over });
