// Step 3's papers: the company profile, contract clause templates, destination rules (seeded with
// sourced facts, each with its source and date), the customs documents with their versions, orders,
// numbering series and overrides. Frozen once shipped: the seeds are copies, edited in Settings.
import { type Kysely, sql } from 'kysely';

const EU = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];

interface SeedRule {
  countries: string[];
  methods: string[];
  documents: string[];
  params: Record<string, unknown>;
  source: string;
  date: string;
  note: string;
  /** Off when it only applies to some exporters: the user turns it on in Settings. */
  active?: boolean;
}

// Facts from the compiled customs rules (UPU, EU Commission guidance, GACC, CBP, national posts),
// each with the source it rests on. "(sec.)" marks a secondary source.
const RULES: SeedRule[] = [
  {
    countries: ['*'],
    methods: ['postal'],
    documents: ['postal'],
    params: { kind: 'hsLength', minDigits: 6 },
    source: 'UPU CN 22/CN 23 guidance: 6-digit HS tariff number for commercial items (taxheal.com, CN 22 form page; OECD copy of CN 23)',
    date: '2018-01-01',
    note: 'Postal forms carry the 6-digit HS subheading.',
  },
  {
    countries: ['*'],
    methods: [],
    documents: ['declaration'],
    params: { kind: 'hsLength', minDigits: 10 },
    source: 'China Customs CEB603 inventory list (ceb-export-202205.xsd): 10-digit China tariff code per line',
    date: '2022-05-01',
    note: 'Export declarations filed with China Customs (trade mode 9610) give the 10-digit code. Turn it on if you export from China.',
    active: false,
  },
  {
    countries: ['US'],
    methods: [],
    documents: ['invoice'],
    params: { kind: 'hsLength', minDigits: 10 },
    source: 'USITC HTS columns FAQ; CBP Entry Type 86 FAQ: 10-digit HTSUS (8-digit tariff line + 2-digit statistical suffix)',
    date: '2025-08-29',
    note: 'US entries need the 10-digit HTSUS number since the de minimis suspension.',
  },
  {
    countries: EU,
    methods: [],
    documents: ['declaration', 'invoice', 'postal'],
    params: { kind: 'iossRequired', maxValue: '150', currency: 'EUR' },
    source: 'European Commission, Guidance for low value shipments (IOSS, DE 13 16 000 000; intrinsic value up to EUR 150)',
    date: '2020-12-01',
    note: 'B2C distance sales in consignments up to EUR 150 declared under IOSS carry the seller’s IOSS number.',
  },
  {
    countries: ['BR'],
    methods: [],
    documents: ['postal', 'invoice', 'declaration'],
    params: { kind: 'consigneeTaxId', label: 'CPF/CNPJ', pattern: '^(\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}|\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2})$' },
    source: 'USPS Postal Bulletin 22536: CPF or CNPJ for items with goods to Brazil from 2 Jan 2020',
    date: '2020-01-02',
    note: 'In the CN 23 importer reference or on the invoice.',
  },
  {
    countries: ['KR'],
    methods: [],
    documents: ['postal', 'invoice', 'declaration'],
    params: { kind: 'consigneeTaxId', label: 'PCCC', pattern: '^[Pp]\\d{12}$' },
    source: 'FedEx India eNews April 2015; DHL Express NL, South Korea changes: PCCC "P" + 12 digits, mandatory 1 Jan 2019',
    date: '2019-01-01',
    note: 'Personal Customs Clearance Code for goods to individuals.',
  },
  {
    countries: ['MX'],
    methods: [],
    documents: ['postal', 'invoice', 'declaration'],
    params: { kind: 'consigneeTaxId', label: 'RFC/CURP', pattern: '^([A-Za-zÑñ&]{3,4}\\d{6}[A-Za-z0-9]{3}|[A-Za-z]{4}\\d{6}[HMhm][A-Za-z]{5}[A-Za-z0-9]\\d)$' },
    source: 'Pirate Ship support, Mexico rules; HyperSKU, Mexico tax ID (sec.): RFC (13) or CURP (18) since Oct 2024',
    date: '2024-10-01',
    note: 'Secondary sources; no primary text found.',
  },
  {
    countries: ['CL'],
    methods: [],
    documents: ['postal', 'invoice', 'declaration'],
    params: { kind: 'consigneeTaxId', label: 'RUT', pattern: '' },
    source: 'Lulu help, tax ID countries (sec.): recipient RUT',
    date: '2025-12-01',
    note: 'Secondary source.',
  },
  {
    countries: ['*'],
    methods: ['postal'],
    documents: ['postal'],
    params: { kind: 'postalForm', cn22Max: [{ currency: 'XDR', maxValue: '300' }], cn22MaxKg: '2' },
    source: 'UPU: CN 22 for letter-post items up to 300 SDR, CN 23 above and for parcels; small packets up to 2 kg (UPU Convention)',
    date: '2018-01-01',
    note: 'Add the threshold in your invoicing currency: with no threshold in the consignment’s currency, CN 23 is used.',
  },
  {
    countries: ['GB'],
    methods: ['postal'],
    documents: ['postal'],
    params: { kind: 'postalForm', cn22Max: [{ currency: 'GBP', maxValue: '270' }], cn22MaxKg: '2' },
    source: 'Royal Mail, electronic customs data guide: CN 22 up to GBP 270, CN 23 above',
    date: '2021-01-01',
    note: '',
  },
  {
    countries: ['US'],
    methods: ['postal'],
    documents: ['postal'],
    params: { kind: 'postalForm', cn22Max: [{ currency: 'USD', maxValue: '400' }], cn22MaxKg: '2' },
    source: 'parcelindustry.com article 3519: USPS PS 2976 (= CN 22) not over USD 400',
    date: '2012-01-01',
    note: '',
  },
  {
    countries: ['*'],
    methods: ['postal'],
    documents: ['postal', 'invoice'],
    params: { kind: 'requiredDocuments', documents: ['postal', 'invoice'] },
    source: 'UPU CN 23 (invoice number box) and EAD rules: postal items with goods travel with CN 22/23 and the invoice',
    date: '2021-01-01',
    note: 'Despacho default for postal shipments.',
  },
  {
    countries: ['*'],
    methods: ['express', 'air', 'sea', 'rail', 'road'],
    documents: ['declaration', 'invoice', 'packing_list'],
    params: { kind: 'requiredDocuments', documents: ['declaration', 'invoice', 'packing_list'] },
    source: 'DHL, FedEx, UPS commercial invoice guides; GACC Ann. 2016 No. 26 (export declaration / inventory list)',
    date: '2016-01-01',
    note: 'Despacho default for carrier and freight shipments. Add the sales contract where the buyer or the bank asks for it.',
  },
];

// The clause templates a new sales contract starts from, in English and Spanish; the user edits them.
const CLAUSES: Record<string, [en: string, es: string]> = {
  insurance: [
    'Insurance to be covered by the party the agreed Incoterm names, for 110% of the invoice value, against all risks.',
    'El seguro lo contrata la parte que indique el Incoterm acordado, por el 110 % del valor de la factura, a todo riesgo.',
  ],
  payment: [
    'Payment by bank transfer to the seller’s account stated on the invoice, within 30 days of the invoice date.',
    'Pago por transferencia bancaria a la cuenta del vendedor indicada en la factura, dentro de los 30 días siguientes a la fecha de la factura.',
  ],
  documentsRequired: [
    'Commercial invoice, packing list, export customs declaration and transport document.',
    'Factura comercial, lista de empaque, declaración aduanera de exportación y documento de transporte.',
  ],
  inspection: [
    'The goods are inspected by the seller before shipment; the buyer may inspect them on arrival at its own cost.',
    'El vendedor inspecciona la mercancía antes del embarque; el comprador puede inspeccionarla a la llegada por su cuenta.',
  ],
  claims: [
    'Claims on quality or quantity must be made in writing within 30 days of the goods’ arrival, with supporting evidence.',
    'Las reclamaciones por calidad o cantidad se presentarán por escrito dentro de los 30 días siguientes a la llegada de la mercancía, con las pruebas correspondientes.',
  ],
  forceMajeure: [
    'Neither party is liable for delay or failure caused by events beyond its reasonable control; the affected party notifies the other without delay.',
    'Ninguna de las partes responde de retrasos o incumplimientos causados por hechos fuera de su control razonable; la parte afectada lo notificará a la otra sin demora.',
  ],
  governingLaw: [
    'This contract is governed by the United Nations Convention on Contracts for the International Sale of Goods (CISG).',
    'Este contrato se rige por la Convención de las Naciones Unidas sobre los Contratos de Compraventa Internacional de Mercaderías (CISG).',
  ],
  arbitration: [
    'Disputes are settled by arbitration under the rules of an arbitration institution agreed by the parties, in the seller’s country.',
    'Las controversias se resolverán mediante arbitraje conforme al reglamento de la institución arbitral que acuerden las partes, en el país del vendedor.',
  ],
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('company_profile')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('contract_clauses')
    .addColumn('clause', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull().check(sql`lang in ('en', 'es')`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contract_clauses_pk', ['clause', 'lang'])
    .execute();
  const clauseRows = Object.entries(CLAUSES).flatMap(([clause, [en, es]]) => [
    { clause, lang: 'en', text: en },
    { clause, lang: 'es', text: es },
  ]);
  await db.insertInto('contract_clauses').values(clauseRows).execute();

  await db.schema
    .createTable('destination_rules')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('methods', 'text', (c) => c.notNull())
    .addColumn('documents', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .insertInto('destination_rules')
    .values(
      RULES.map((r) => ({
        kind: r.params.kind as string,
        countries: JSON.stringify(r.countries),
        methods: JSON.stringify(r.methods),
        documents: JSON.stringify(r.documents),
        params: JSON.stringify(r.params),
        source: r.source,
        source_date: r.date,
        note: r.note,
        active: r.active === false ? 0 : 1,
      })),
    )
    .execute();

  await db.schema
    .createTable('customs_documents')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'final', 'replaced', 'void')`))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('root_id', 'integer', (c) => c.notNull())
    .addColumn('replaces_id', 'integer', (c) => c.references('customs_documents.id'))
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('paper', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finalised_at', 'text')
    .addColumn('finalised_by', 'text')
    .addColumn('void_reason', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('customs_documents_root').on('customs_documents').columns(['root_id', 'version']).unique().execute();
  await db.schema.createIndex('customs_documents_status').on('customs_documents').columns(['status', 'type']).execute();
  // A number belongs to one document (all its versions share it): no duplicate, whatever the timing.
  await sql`create unique index customs_documents_number on customs_documents (type, number, version) where number <> ''`.execute(db);
  // What was finalised is a record: its data, number and version never change again. Only its
  // status may move on (final -> replaced or void).
  await sql`
    create trigger customs_documents_frozen before update of data, number, version, type, lang, paper, root_id on customs_documents
    when old.status <> 'draft'
    begin
      select raise(abort, 'customs document is final: amend it to make a new version');
    end`.execute(db);
  await sql`
    create trigger customs_documents_no_delete before delete on customs_documents
    when old.status <> 'draft'
    begin
      select raise(abort, 'a final customs document is never deleted');
    end`.execute(db);

  await db.schema
    .createTable('customs_document_orders')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('customs_documents.id'))
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addPrimaryKeyConstraint('customs_document_orders_pk', ['document_id', 'order_id'])
    .execute();
  await db.schema.createIndex('customs_document_orders_order').on('customs_document_orders').columns(['order_id', 'document_id']).execute();

  await db.schema
    .createTable('document_series')
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_series_pk', ['series', 'year'])
    .execute();

  await db.schema
    .createTable('customs_overrides')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('document_id', 'integer', (c) => c.notNull().references('customs_documents.id'))
    .addColumn('problem_key', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customs_overrides_document').on('customs_overrides').column('document_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('Despacho does not migrate down; restore a backup instead.');
}
