// Step 5: carriers and their services, the rules that choose a service for an order, UPU S10 number
// ranges, and shipments (an order's parcels with carrier, service, waybill numbers and cost).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('carriers')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('postal', 'express', 'freight')`))
    // A regular expression the carrier's numbers match ('' when none is known); postal ones use S10.
    .addColumn('number_pattern', 'text', (c) => c.notNull().defaultTo(''))
    // Where a number is tracked, with {number} in its place ('' when none).
    .addColumn('tracking_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('carrier_services')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('carrier_id', 'integer', (c) => c.notNull().references('carriers.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // The S10 service indicator (two capital letters) when its numbers are S10, else ''.
    .addColumn('s10_indicator', 'text', (c) => c.notNull().defaultTo(''))
    // JSON array of ISO country codes served, ['*'] for all, 'EU' for the member states.
    .addColumn('countries', 'text', (c) => c.notNull().defaultTo('["*"]'))
    // Limits as exact decimals in text, '' for none.
    .addColumn('max_parcel_kg', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('max_value', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value_currency', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('max_length_cm', 'text', (c) => c.notNull().defaultTo(''))
    // Length plus girth (2 x width + 2 x height), as posts and couriers limit it.
    .addColumn('max_length_girth_cm', 'text', (c) => c.notNull().defaultTo(''))
    // Local time (HH:MM) after which a booking leaves the next working day; '' for none.
    .addColumn('cutoff', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`create unique index carrier_services_code on carrier_services (carrier_id, code)`.execute(db);
  await db.schema
    .createTable('transport_rules')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('position', 'integer', (c) => c.notNull())
    // How the order's shipping line is matched (contains / word / exact, as the shipping-line rules),
    // and the words; an empty pattern matches every line.
    .addColumn('match', 'text', (c) => c.notNull().defaultTo('contains'))
    .addColumn('pattern', 'text', (c) => c.notNull().defaultTo(''))
    // The order's shipping method the rule applies to ('' for any).
    .addColumn('method', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('countries', 'text', (c) => c.notNull().defaultTo('["*"]'))
    .addColumn('service_id', 'integer', (c) => c.notNull().references('carrier_services.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('s10_ranges')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('carrier_id', 'integer', (c) => c.notNull().references('carriers.id'))
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('first_serial', 'integer', (c) => c.notNull())
    .addColumn('last_serial', 'integer', (c) => c.notNull())
    // The next serial to issue; last_serial + 1 when the range is used up.
    .addColumn('next_serial', 'integer', (c) => c.notNull())
    .addColumn('warn_remaining', 'integer', (c) => c.notNull().defaultTo(100))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      's10_ranges_bounds',
      sql`first_serial >= 0 and last_serial <= 99999999 and first_serial <= last_serial and next_serial between first_serial and last_serial + 1`,
    )
    .execute();
  await db.schema
    .createTable('shipments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
    .addColumn('carrier_id', 'integer', (c) => c.notNull().references('carriers.id'))
    .addColumn('service_id', 'integer', (c) => c.notNull().references('carrier_services.id'))
    // The rule that proposed the service, or null when the clerk chose another.
    .addColumn('rule_id', 'integer')
    .addColumn('chosen_by', 'text', (c) => c.notNull().check(sql`chosen_by in ('rule', 'clerk')`))
    // The master waybill (the first parcel's number for postal items).
    .addColumn('waybill', 'text', (c) => c.notNull())
    .addColumn('cost', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('booked', 'in_transit', 'delivered', 'returning', 'returned', 'cancelled')`))
    .addColumn('dispatched_at', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('receiver', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  // One live shipment per order; a cancelled one stays on record beside its replacement.
  await sql`create unique index shipments_live_order on shipments (order_id) where status <> 'cancelled'`.execute(db);
  await db.schema
    .createTable('shipment_parcels')
    .addColumn('shipment_id', 'integer', (c) => c.notNull().references('shipments.id'))
    .addColumn('parcel_id', 'integer', (c) => c.notNull().references('parcels.id'))
    .addColumn('tracking_number', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('shipment_parcels_pk', ['shipment_id', 'parcel_id'])
    .execute();
  // A number is never issued twice, whatever window or import asks for it.
  await db.schema
    .createTable('issued_numbers')
    .addColumn('number', 'text', (c) => c.primaryKey())
    .addColumn('carrier_id', 'integer', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shipment_parcels_parcel').on('shipment_parcels').column('parcel_id').execute();
  await db.schema.createIndex('shipment_parcels_number').on('shipment_parcels').column('tracking_number').execute();
  await seedCarriers(db);
}

// A frozen copy of the carriers a new data file starts with; the user edits, deactivates or adds
// their own (transport setup, CSV import). Numbers and limits from the carriers' own publications:
// - S10 (postal): UPU standard S10 — two-letter service indicator, eight-digit serial, check digit,
//   country. Indicators: R* registered letter post, L* tracked letter post, U* other letter post items
//   under customs control, C* parcel post, E* EMS. The issuing post assigns the ranges: none is
//   seeded, the user enters the range the post gave them.
// - Letter-post small packets: at most 2 kg, longest side 60 cm (UPU Letter Post Regulations, RL 122).
// - Parcel post: up to 30 kg, 150 cm longest side, 300 cm length plus girth (UPU Parcel Post
//   Regulations, the largest limits a post may accept); EMS likewise 30 kg.
// - DHL Express: the air waybill number is 10 digits; pieces up to 70 kg, 120 cm (DHL Express
//   terms, "piece weight and dimensions").
// - UPS: tracking numbers "1Z" + 6-character shipper number + 2-digit service + 8 characters (18 in
//   all); 70 kg, 274 cm length, 400 cm length plus girth (UPS "weight and size limits").
// - FedEx Express: 12-digit tracking numbers; 68 kg, 274 cm length, 330 cm length plus girth
//   (FedEx "international package limits").
const SEEDED_AT = '2026-12-04T12:10:00.000Z';
type SeedService = [code: string, name: string, indicator: string, maxKg: string, maxLength: string, maxLengthGirth: string, cutoff: string];
const CARRIERS: { code: string; name: string; kind: 'postal' | 'express'; pattern: string; url: string; services: SeedService[] }[] = [
  {
    code: 'CORREOS',
    name: 'Correos',
    kind: 'postal',
    pattern: '',
    url: 'https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={number}',
    services: [
      ['RR', 'Registered letter (RR)', 'RR', '2', '60', '', '17:00'],
      ['UX', 'Tracked small packet (UX)', 'UX', '2', '60', '', '17:00'],
      ['CP', 'International parcel (CP)', 'CP', '30', '150', '300', '17:00'],
      ['EE', 'EMS express mail (EE)', 'EE', '30', '150', '300', '15:00'],
    ],
  },
  {
    code: 'DHL',
    name: 'DHL Express',
    kind: 'express',
    pattern: '^\\d{10}$',
    url: 'https://www.dhl.com/global-en/home/tracking.html?tracking-id={number}',
    services: [['WPX', 'Express Worldwide', '', '70', '120', '', '16:00']],
  },
  {
    code: 'UPS',
    name: 'UPS',
    kind: 'express',
    pattern: '^1Z[0-9A-Z]{16}$',
    url: 'https://www.ups.com/track?tracknum={number}',
    services: [['SAVER', 'Worldwide Express Saver', '', '70', '274', '400', '16:00']],
  },
  {
    code: 'FEDEX',
    name: 'FedEx',
    kind: 'express',
    pattern: '^\\d{12}$',
    url: 'https://www.fedex.com/fedextrack/?trknbr={number}',
    services: [['IP', 'International Priority', '', '68', '274', '330', '16:00']],
  },
];

// Default rules: a carrier named in the shop's line wins; then express lines go by DHL, registered
// postal lines as registered letters, other postal ones as tracked packets, heavier ones as parcels
// (a rule whose service does not fit is passed over), air mail as EMS.
const RULES: [match: string, pattern: string, method: string, carrier: string, service: string, note: string][] = [
  ['word', 'dhl', '', 'DHL', 'WPX', 'The shop names DHL'],
  ['word', 'ups', '', 'UPS', 'SAVER', 'The shop names UPS'],
  ['contains', 'fedex', '', 'FEDEX', 'IP', 'The shop names FedEx'],
  ['', '', 'express', 'DHL', 'WPX', 'Express orders by courier'],
  ['contains', 'certificad', 'postal', 'CORREOS', 'RR', 'Registered postal lines (certificado)'],
  ['contains', 'registered', 'postal', 'CORREOS', 'RR', 'Registered postal lines'],
  ['', '', 'postal', 'CORREOS', 'UX', 'Postal orders up to 2 kg as tracked packets'],
  ['', '', 'postal', 'CORREOS', 'CP', 'Heavier postal orders as parcels'],
  ['', '', 'air', 'CORREOS', 'EE', 'Air orders by EMS'],
];

async function seedCarriers(db: Kysely<any>): Promise<void> {
  const serviceIds = new Map<string, number>();
  for (const c of CARRIERS) {
    const { id } = await db
      .insertInto('carriers')
      .values({ code: c.code, name: c.name, kind: c.kind, number_pattern: c.pattern, tracking_url: c.url, created_at: SEEDED_AT })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [code, name, indicator, maxKg, maxLength, maxLengthGirth, cutoff] of c.services) {
      const row = await db
        .insertInto('carrier_services')
        .values({
          carrier_id: id,
          code,
          name,
          s10_indicator: indicator,
          countries: '["*"]',
          max_parcel_kg: maxKg,
          max_length_cm: maxLength,
          max_length_girth_cm: maxLengthGirth,
          cutoff,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      serviceIds.set(`${c.code}/${code}`, row.id);
    }
  }
  await db
    .insertInto('transport_rules')
    .values(
      RULES.map(([match, pattern, method, carrier, service, note], i) => ({
        position: (i + 1) * 10,
        match: match || 'contains',
        pattern,
        method,
        countries: '["*"]',
        service_id: serviceIds.get(`${carrier}/${service}`)!,
        note,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['issued_numbers', 'shipment_parcels', 'shipments', 's10_ranges', 'transport_rules', 'carrier_services', 'carriers']) {
    await db.schema.dropTable(t).execute();
  }
}
