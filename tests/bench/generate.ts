// Deterministic bench data: N orders of L lines as a shop export CSV (the headers the importer
// guesses, as in electron/core/demo/demoOrders.ts). Several destinations, currencies, names,
// channels and shipping methods so searches and filters hit realistic fractions of the table.

import { type Rng, prng } from '../support/prng';

export const HEADERS = [
  'order_number',
  'channel',
  'order_date',
  'consignee_name',
  'consignee_company',
  'address1',
  'address2',
  'city',
  'state',
  'postal_code',
  'country',
  'phone',
  'email',
  'tax_id',
  'shipping_method',
  'currency',
  'incoterm',
  'order_total',
  'sku',
  'description',
  'brand',
  'model',
  'quantity',
  'unit',
  'unit_price',
  'hs_code',
  'origin_country',
] as const;

interface Country {
  code: string;
  currency: string;
  digits: number;
  rate: number;
  first: string[];
  last: string[];
  cities: [city: string, state: string][];
  streets: string[];
  postal: (r: Rng) => string;
  phone: (r: Rng) => string;
  taxId?: (r: Rng) => string;
}

/** Deterministic data from a seed. */
export const rng = prng;

const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const digits = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 10);
  return s;
};
const upper = (r: Rng): string => String.fromCharCode(65 + Math.floor(r() * 26));

const LATIN_FIRST = ['Lucía', 'María', 'José', 'Carlos', 'Ana', 'Javier', 'Sofía', 'Diego', 'Valentina', 'Mateo', 'Camila', 'Pablo'];
const LATIN_LAST = ['Fernández', 'García', 'Martínez', 'López', 'Rodríguez', 'Hernández', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Rojas', 'Morales'];
const EN_FIRST = ['Emily', 'James', 'Olivia', 'Jack', 'Sophie', 'William', 'Grace', 'Thomas', 'Chloe', 'Henry', 'Ella', 'Samuel'];
const EN_LAST = ['Smith', 'Johnson', 'Carter', 'Wilson', 'Brown', 'Taylor', 'Anderson', 'Thompson', 'Walker', 'Clarke', 'Mitchell', 'Tremblay'];

const COUNTRIES: Country[] = [
  {
    code: 'US',
    currency: 'USD',
    digits: 2,
    rate: 1,
    first: EN_FIRST,
    last: EN_LAST,
    cities: [
      ['Springfield', 'IL'],
      ['Austin', 'TX'],
      ['Seattle', 'WA'],
      ['Miami', 'FL'],
    ],
    streets: ['Evergreen Terrace', 'Main Street', 'Oak Avenue', 'Sunset Blvd'],
    postal: (r) => digits(r, 5),
    phone: (r) => `+1 212 555 01${digits(r, 2)}`,
  },
  {
    code: 'DE',
    currency: 'EUR',
    digits: 2,
    rate: 0.92,
    first: ['Lukas', 'Anna', 'Felix', 'Lena', 'Jonas', 'Marie', 'Paul', 'Hannah', 'Leon', 'Mia'],
    last: ['Becker', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Hoffmann', 'Schulz', 'Koch'],
    cities: [
      ['München', 'BY'],
      ['Berlin', 'BE'],
      ['Hamburg', 'HH'],
      ['Köln', 'NW'],
    ],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Lindenallee'],
    postal: (r) => `${1 + Math.floor(r() * 9)}${digits(r, 4)}`,
    phone: (r) => `+49 30 ${digits(r, 8)}`,
  },
  {
    code: 'ES',
    currency: 'EUR',
    digits: 2,
    rate: 0.92,
    first: LATIN_FIRST,
    last: LATIN_LAST,
    cities: [
      ['Madrid', 'Madrid'],
      ['Barcelona', 'Barcelona'],
      ['Sevilla', 'Sevilla'],
      ['Valencia', 'Valencia'],
    ],
    streets: ['Calle de Alcalá', 'Gran Vía', 'Calle Mayor', 'Paseo del Prado'],
    postal: (r) => `28${digits(r, 3)}`,
    phone: (r) => `+34 6${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`,
    taxId: (r) => `${digits(r, 8)}Z`,
  },
  {
    code: 'FR',
    currency: 'EUR',
    digits: 2,
    rate: 0.92,
    first: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Léa', 'Jules', 'Manon', 'Arthur', 'Inès', 'Gabriel'],
    last: ['Dubois', 'Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre'],
    cities: [
      ['Paris', ''],
      ['Lyon', ''],
      ['Marseille', ''],
      ['Toulouse', ''],
    ],
    streets: ['Rue de Rivoli', 'Avenue Victor Hugo', 'Rue de la Paix', 'Boulevard Voltaire'],
    postal: (r) => `75${digits(r, 3)}`,
    phone: (r) => `+33 6 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
  },
  {
    code: 'MX',
    currency: 'MXN',
    digits: 2,
    rate: 17,
    first: LATIN_FIRST,
    last: LATIN_LAST,
    cities: [
      ['Ciudad de México', 'CDMX'],
      ['Guadalajara', 'JAL'],
      ['Monterrey', 'NL'],
      ['Puebla', 'PUE'],
    ],
    streets: ['Av. Insurgentes Sur', 'Paseo de la Reforma', 'Calle Madero', 'Av. Juárez'],
    postal: (r) => `0${digits(r, 4)}`,
    phone: (r) => `+52 55 ${digits(r, 4)} ${digits(r, 4)}`,
    taxId: (r) => `HEGJ${digits(r, 6)}AB1`,
  },
  {
    code: 'BR',
    currency: 'BRL',
    digits: 2,
    rate: 5,
    first: ['Ana', 'João', 'Beatriz', 'Pedro', 'Larissa', 'Gustavo', 'Juliana', 'Rafael', 'Fernanda', 'Lucas'],
    last: ['Souza', 'Silva', 'Santos', 'Oliveira', 'Pereira', 'Costa', 'Almeida', 'Ferreira', 'Ribeiro', 'Carvalho'],
    cities: [
      ['São Paulo', 'SP'],
      ['Rio de Janeiro', 'RJ'],
      ['Curitiba', 'PR'],
      ['Recife', 'PE'],
    ],
    streets: ['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Av. Atlântica'],
    postal: (r) => `0${digits(r, 4)}-${digits(r, 3)}`,
    phone: (r) => `+55 11 9${digits(r, 4)} ${digits(r, 4)}`,
    taxId: (r) => `${digits(r, 3)}.${digits(r, 3)}.${digits(r, 3)}-${digits(r, 2)}`,
  },
  {
    code: 'GB',
    currency: 'GBP',
    digits: 2,
    rate: 0.79,
    first: EN_FIRST,
    last: EN_LAST,
    cities: [
      ['London', ''],
      ['Manchester', ''],
      ['Leeds', ''],
      ['Bristol', ''],
    ],
    streets: ['Baker Street', 'High Street', 'Station Road', 'Church Lane'],
    postal: (r) => `SW${1 + Math.floor(r() * 9)} ${1 + Math.floor(r() * 9)}${upper(r)}${upper(r)}`,
    phone: (r) => `+44 20 7946 0${digits(r, 3)}`,
  },
  {
    code: 'JP',
    currency: 'JPY',
    digits: 0,
    rate: 150,
    first: ['Yuki', 'Haruto', 'Sakura', 'Ren', 'Aoi', 'Sota', 'Hina', 'Yuto', 'Mei', 'Kaito'],
    last: ['Tanaka', 'Sato', 'Suzuki', 'Takahashi', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
    cities: [
      ['Shibuya-ku, Tokyo', 'Tokyo'],
      ['Osaka', 'Osaka'],
      ['Kyoto', 'Kyoto'],
      ['Sapporo', 'Hokkaido'],
    ],
    streets: ['1-2-3 Shibuya', '4-5-6 Umeda', '2-8 Gion', '3-1 Odori'],
    postal: (r) => `${digits(r, 3)}-${digits(r, 4)}`,
    phone: (r) => `+81 3-${digits(r, 4)}-${digits(r, 4)}`,
  },
  {
    code: 'AU',
    currency: 'AUD',
    digits: 2,
    rate: 1.5,
    first: EN_FIRST,
    last: EN_LAST,
    cities: [
      ['Sydney', 'NSW'],
      ['Melbourne', 'VIC'],
      ['Brisbane', 'QLD'],
      ['Perth', 'WA'],
    ],
    streets: ['George Street', 'Collins Street', 'Queen Street', 'Hay Street'],
    postal: (r) => `2${digits(r, 3)}`,
    phone: (r) => `+61 2 ${digits(r, 4)} ${digits(r, 4)}`,
  },
  {
    code: 'CA',
    currency: 'CAD',
    digits: 2,
    rate: 1.36,
    first: EN_FIRST,
    last: EN_LAST,
    cities: [
      ['Montréal', 'QC'],
      ['Toronto', 'ON'],
      ['Vancouver', 'BC'],
      ['Calgary', 'AB'],
    ],
    streets: ['Rue Sainte-Catherine O', 'Yonge Street', 'Granville Street', '17 Avenue SW'],
    postal: (r) => `H3B ${1 + Math.floor(r() * 9)}A${1 + Math.floor(r() * 9)}`,
    phone: (r) => `+1 514 555 01${digits(r, 2)}`,
  },
  {
    code: 'CL',
    currency: 'CLP',
    digits: 0,
    rate: 930,
    first: LATIN_FIRST,
    last: LATIN_LAST,
    cities: [
      ['Santiago', 'RM'],
      ['Valparaíso', 'V'],
      ['Concepción', 'VIII'],
      ['Temuco', 'IX'],
    ],
    streets: ['Av. Providencia', 'Av. Apoquindo', 'Calle Prat', 'Av. Alemania'],
    postal: (r) => `75${digits(r, 5)}`,
    phone: (r) => `+56 9 ${digits(r, 4)} ${digits(r, 4)}`,
    taxId: (r) => `${digits(r, 2)}.${digits(r, 3)}.${digits(r, 3)}-5`,
  },
  {
    code: 'NL',
    currency: 'EUR',
    digits: 2,
    rate: 0.92,
    first: ['Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Tess', 'Finn', 'Sara', 'Milan', 'Zoë'],
    last: ['de Vries', 'Jansen', 'de Jong', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'de Boer', 'Bos'],
    cities: [
      ['Amsterdam', ''],
      ['Rotterdam', ''],
      ['Utrecht', ''],
      ['Den Haag', ''],
    ],
    streets: ['Keizersgracht', 'Prinsengracht', 'Coolsingel', 'Oudegracht'],
    postal: (r) => `1${digits(r, 3)} ${upper(r)}${upper(r)}`,
    phone: (r) => `+31 20 ${digits(r, 3)} ${digits(r, 4)}`,
  },
  {
    code: 'IT',
    currency: 'EUR',
    digits: 2,
    rate: 0.92,
    first: ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Matteo', 'Sara', 'Andrea', 'Elena', 'Davide'],
    last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco'],
    cities: [
      ['Roma', 'RM'],
      ['Milano', 'MI'],
      ['Napoli', 'NA'],
      ['Torino', 'TO'],
    ],
    streets: ['Via del Corso', 'Via Roma', 'Corso Vittorio Emanuele', 'Via Garibaldi'],
    postal: (r) => `00${digits(r, 3)}`,
    phone: (r) => `+39 3${digits(r, 2)} ${digits(r, 3)} ${digits(r, 4)}`,
  },
  {
    code: 'KR',
    currency: 'KRW',
    digits: 0,
    rate: 1350,
    first: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yun', 'Ji-woo', 'Eun-woo', 'Su-ah', 'Si-woo', 'Ye-jin'],
    last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
    cities: [
      ['Seoul', ''],
      ['Busan', ''],
      ['Incheon', ''],
      ['Daegu', ''],
    ],
    streets: ['Teheran-ro', 'Gangnam-daero', 'Sejong-daero', 'Haeundae-ro'],
    postal: (r) => `0${digits(r, 4)}`,
    phone: (r) => `+82 2-${digits(r, 4)}-${digits(r, 4)}`,
  },
  {
    code: 'PL',
    currency: 'PLN',
    digits: 2,
    rate: 4,
    first: ['Jakub', 'Zuzanna', 'Antoni', 'Julia', 'Jan', 'Maja', 'Szymon', 'Lena', 'Filip', 'Hanna'],
    last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak'],
    cities: [
      ['Warszawa', ''],
      ['Kraków', ''],
      ['Gdańsk', ''],
      ['Wrocław', ''],
    ],
    streets: ['ul. Marszałkowska', 'ul. Floriańska', 'ul. Długa', 'ul. Świdnicka'],
    postal: (r) => `0${digits(r, 1)}-${digits(r, 3)}`,
    phone: (r) => `+48 ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}`,
  },
];

interface Item {
  sku: string;
  description: string;
  brand: string;
  model: string;
  usd: number;
  hs: string;
}

const ITEMS: Item[] = [
  {
    sku: 'XM-BUDS5',
    description: 'Wireless in-ear headphones with charging case, plastic housing, Bluetooth',
    brand: 'Xiaomi',
    model: 'Redmi Buds 5',
    usd: 29.99,
    hs: '851830',
  },
  {
    sku: 'AK-PB10K',
    description: 'Lithium-ion power bank 10000 mAh, portable battery for phones',
    brand: 'Anker',
    model: 'PowerCore 10K A1263',
    usd: 21.99,
    hs: '850760',
  },
  { sku: 'UG-CBL-C2', description: 'USB-C to USB-C charging cable, 2 m, braided nylon over copper', brand: 'Ugreen', model: 'US557', usd: 9.99, hs: '854442' },
  {
    sku: 'LN-WATCH-S2',
    description: 'Smart watch receiving notifications from a phone via Bluetooth, wrist-worn',
    brand: 'Lenovo',
    model: 'Smart Watch S2',
    usd: 49,
    hs: '851762',
  },
  { sku: 'LN-TEE-M-BLK', description: "Men's T-shirt, knitted, 100% cotton, black, size M", brand: 'Li-Ning', model: 'AHSS123', usd: 19.9, hs: '610910' },
  { sku: 'AN-RUN-42', description: 'Running shoes, textile upper, rubber outer sole, EU size 42', brand: 'Anta', model: 'C202 GT', usd: 69, hs: '640411' },
  { sku: 'BQ-MUG-350', description: 'Porcelain mug 350 ml for drinks, dishwasher safe', brand: 'Bone China Co', model: 'Classic 350', usd: 12.5, hs: '691110' },
  {
    sku: 'YL-LAMP-D1',
    description: 'LED desk lamp, aluminium and plastic, mains powered, adjustable arm',
    brand: 'Yeelight',
    model: 'YLTD01YL',
    usd: 35.99,
    hs: '940521',
  },
  { sku: 'BS-KETTLE-17', description: 'Electric kettle 1.7 l, stainless steel, 2200 W', brand: 'Bear', model: 'ZDH-Q17', usd: 27.5, hs: '851671' },
  { sku: 'DJ-MINI4', description: 'Camera drone with remote control, under 250 g', brand: 'DJI', model: 'Mini 4K', usd: 299, hs: '880621' },
  { sku: 'HW-BAND9', description: 'Fitness tracker band with heart-rate sensor', brand: 'Huawei', model: 'Band 9', usd: 59.99, hs: '851762' },
  { sku: 'SK-BAG-30L', description: 'Backpack 30 l, polyester outer surface, laptop sleeve', brand: 'Xiaomi', model: 'Commuter 30', usd: 39.9, hs: '420292' },
  { sku: 'TP-ROUTER-AX', description: 'Wi-Fi 6 wireless router, dual band', brand: 'TP-Link', model: 'Archer AX23', usd: 64.99, hs: '851762' },
  { sku: 'LG-MOUSE-M3', description: 'Wireless optical mouse for computers', brand: 'Logitech', model: 'M330', usd: 24.99, hs: '847160' },
  { sku: 'PP-DRESS-S', description: "Women's dress, woven, 100% polyester, size S", brand: 'Peacebird', model: 'PB-D221', usd: 45, hs: '620443' },
  { sku: 'MG-CASE-15', description: 'Phone case, silicone, for 6.1 inch phones', brand: 'Baseus', model: 'Liquid 15', usd: 7.99, hs: '392690' },
];

const CHANNELS = ['AliExpress', 'Shopify', 'Amazon', 'Temu', 'TikTok Shop'];
const METHODS = ['express', 'postal', 'express', 'air', 'postal', 'sea'];
const INCOTERMS = ['DAP', 'DDP', 'DAP', 'CPT'];
const COMPANIES = ['Acme Trading', 'Globex', 'Initech', 'Umbrella Imports', 'Stark Retail'];

function asciiLower(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.');
}

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2025, 0, 1);

export function orderNumber(i: number): string {
  return `SO-${String(1_000_001 + i)}`;
}

/**
 * The CSV text of `orders` orders with `lines` lines each (one row per line, order fields
 * repeated), deterministic for a given seed.
 */
export function generateOrdersCsv(orders: number, lines: number, seed = 20261126): string {
  const r = rng(seed);
  const out: string[] = [HEADERS.join(',')];
  for (let i = 0; i < orders; i++) {
    const c = pick(r, COUNTRIES);
    const first = pick(r, c.first);
    const last = pick(r, c.last);
    const [city, state] = pick(r, c.cities);
    const order = [
      orderNumber(i),
      pick(r, CHANNELS),
      new Date(FIRST_DAY + Math.floor(r() * 700) * DAY).toISOString().slice(0, 10),
      `${first} ${last}`,
      r() < 0.1 ? pick(r, COMPANIES) : '',
      `${pick(r, c.streets)} ${1 + Math.floor(r() * 300)}`,
      r() < 0.2 ? `Apt ${1 + Math.floor(r() * 40)}` : '',
      city,
      state,
      // About 1 order in 100 lacks its postal code: a problem the confirmation step reports.
      r() < 0.01 ? '' : c.postal(r),
      c.code,
      c.phone(r),
      `${asciiLower(first)}.${asciiLower(last)}${Math.floor(r() * 100)}@example.com`,
      c.taxId ? c.taxId(r) : '',
      pick(r, METHODS),
      c.currency,
      pick(r, INCOTERMS),
      '',
    ]
      .map(csvCell)
      .join(',');
    for (let l = 0; l < lines; l++) {
      const item = pick(r, ITEMS);
      const price = (item.usd * c.rate).toFixed(c.digits);
      const line = [item.sku, item.description, item.brand, item.model, String(1 + Math.floor(r() * 4)), 'PCE', price, item.hs, 'CN'];
      out.push(`${order},${line.map(csvCell).join(',')}`);
    }
  }
  return out.join('\n') + '\n';
}

/**
 * Imports create every order as "received". For realistic status filters the bench then spreads
 * statuses over the table with this CASE on id (deterministic, roughly a live shop's mix).
 */
export const STATUS_SPREAD_SQL = `update orders set status = case
  when (id * 7919) % 100 < 30 then 'received'
  when (id * 7919) % 100 < 50 then 'confirmed'
  when (id * 7919) % 100 < 55 then 'on_hold'
  when (id * 7919) % 100 < 58 then 'cancelled'
  when (id * 7919) % 100 < 65 then 'picking'
  when (id * 7919) % 100 < 70 then 'picked'
  when (id * 7919) % 100 < 75 then 'packed'
  when (id * 7919) % 100 < 80 then 'declared'
  when (id * 7919) % 100 < 90 then 'in_transit'
  when (id * 7919) % 100 < 95 then 'cleared'
  else 'delivered' end`;
