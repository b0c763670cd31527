// A realistic demo set: shops in China selling to consumers abroad, several destinations,
// currencies and shipping lines in the shops' own words, and a handful of orders with problems a
// broker must fix (two lines no default shipping rule knows among them).
import Papa from 'papaparse';

interface Buyer {
  name: string;
  address1: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  phone: string;
  email: string;
  currency: string;
  taxId?: string;
}
interface Item {
  sku: string;
  description: string;
  brand: string;
  model: string;
  price: Record<string, string>;
  hsCode: string;
}

const BUYERS: Buyer[] = [
  {
    name: 'Emily Carter',
    address1: '742 Evergreen Terrace',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62704',
    country: 'US',
    phone: '+1 217 555 0142',
    email: 'emily.carter@example.com',
    currency: 'USD',
  },
  {
    name: 'Lukas Becker',
    address1: 'Hauptstraße 12',
    city: 'München',
    state: 'BY',
    postalCode: '80331',
    country: 'DE',
    phone: '+49 89 12345678',
    email: 'l.becker@example.de',
    currency: 'EUR',
  },
  {
    name: 'Lucía Fernández',
    address1: 'Calle de Alcalá 45, 3º B',
    city: 'Madrid',
    state: 'Madrid',
    postalCode: '28014',
    country: 'ES',
    phone: '+34 612 345 678',
    email: 'lucia.f@example.es',
    currency: 'EUR',
    taxId: '12345678Z',
  },
  {
    name: 'José Hernández',
    address1: 'Av. Insurgentes Sur 1602',
    city: 'Ciudad de México',
    state: 'CDMX',
    postalCode: '03940',
    country: 'MX',
    phone: '+52 55 1234 5678',
    email: 'jose.h@example.mx',
    currency: 'MXN',
    taxId: 'HEGJ800101AB1',
  },
  {
    name: 'Ana Souza',
    address1: 'Rua Augusta 1500, ap 42',
    city: 'São Paulo',
    state: 'SP',
    postalCode: '01304-001',
    country: 'BR',
    phone: '+55 11 91234 5678',
    email: 'ana.souza@example.com.br',
    currency: 'BRL',
    taxId: '123.456.789-09',
  },
  {
    name: 'Oliver Smith',
    address1: '221B Baker Street',
    city: 'London',
    state: '',
    postalCode: 'NW1 6XE',
    country: 'GB',
    phone: '+44 20 7946 0958',
    email: 'oliver.smith@example.co.uk',
    currency: 'GBP',
  },
  {
    name: 'Camille Dubois',
    address1: '18 Rue de Rivoli',
    city: 'Paris',
    state: '',
    postalCode: '75004',
    country: 'FR',
    phone: '+33 6 12 34 56 78',
    email: 'camille.d@example.fr',
    currency: 'EUR',
  },
  {
    name: 'Yuki Tanaka',
    address1: '1-2-3 Shibuya',
    city: 'Shibuya-ku, Tokyo',
    state: 'Tokyo',
    postalCode: '150-0002',
    country: 'JP',
    phone: '+81 3-1234-5678',
    email: 'yuki.t@example.jp',
    currency: 'JPY',
  },
  {
    name: 'Jack Wilson',
    address1: '12 George Street',
    city: 'Sydney',
    state: 'NSW',
    postalCode: '2000',
    country: 'AU',
    phone: '+61 2 9876 5432',
    email: 'jack.w@example.com.au',
    currency: 'AUD',
  },
  {
    name: 'Sophie Tremblay',
    address1: '350 Rue Sainte-Catherine O',
    city: 'Montréal',
    state: 'QC',
    postalCode: 'H3B 1A2',
    country: 'CA',
    phone: '+1 514 555 0199',
    email: 'sophie.t@example.ca',
    currency: 'CAD',
  },
  {
    name: 'Valentina Rojas',
    address1: 'Av. Providencia 1234, depto 501',
    city: 'Santiago',
    state: 'RM',
    postalCode: '7500000',
    country: 'CL',
    phone: '+56 9 8765 4321',
    email: 'v.rojas@example.cl',
    currency: 'USD',
    taxId: '12.345.678-5',
  },
  {
    name: 'Daan de Vries',
    address1: 'Keizersgracht 123',
    city: 'Amsterdam',
    state: '',
    postalCode: '1015 CJ',
    country: 'NL',
    phone: '+31 20 123 4567',
    email: 'daan@example.nl',
    currency: 'EUR',
  },
];

export const DEMO_ITEMS: Item[] = [
  {
    sku: 'XM-BUDS5',
    description: 'Wireless in-ear headphones with charging case, plastic housing, Bluetooth',
    brand: 'Xiaomi',
    model: 'Redmi Buds 5',
    price: { USD: '29.99', EUR: '27.90', GBP: '24.99', JPY: '3980', MXN: '549.00', BRL: '159.90', AUD: '45.00', CAD: '39.99' },
    hsCode: '851830',
  },
  {
    sku: 'AK-PB10K',
    description: 'Lithium-ion power bank 10000 mAh, portable battery for phones',
    brand: 'Anker',
    model: 'PowerCore 10K A1263',
    price: { USD: '21.99', EUR: '19.99', GBP: '17.99', JPY: '2990', MXN: '399.00', BRL: '119.00', AUD: '32.95', CAD: '29.99' },
    hsCode: '850760',
  },
  {
    sku: 'UG-CBL-C2',
    description: 'USB-C to USB-C charging cable, 2 m, braided nylon over copper',
    brand: 'Ugreen',
    model: 'US557',
    price: { USD: '9.99', EUR: '8.99', GBP: '7.99', JPY: '1280', MXN: '179.00', BRL: '49.90', AUD: '14.95', CAD: '12.99' },
    hsCode: '854442',
  },
  {
    sku: 'LN-WATCH-S2',
    description: 'Smart watch receiving notifications from a phone via Bluetooth, wrist-worn',
    brand: 'Lenovo',
    model: 'Smart Watch S2',
    price: { USD: '49.00', EUR: '45.00', GBP: '39.00', JPY: '6480', MXN: '899.00', BRL: '279.00', AUD: '75.00', CAD: '65.00' },
    hsCode: '851762',
  },
  {
    sku: 'LN-TEE-M-BLK',
    description: "Men's T-shirt, knitted, 100% cotton, black, size M",
    brand: 'Li-Ning',
    model: 'AHSS123',
    price: { USD: '19.90', EUR: '17.90', GBP: '15.90', JPY: '2490', MXN: '329.00', BRL: '99.90', AUD: '29.90', CAD: '25.90' },
    hsCode: '610910',
  },
  {
    sku: 'AN-RUN-42',
    description: 'Running shoes, textile upper, rubber outer sole, EU size 42',
    brand: 'Anta',
    model: 'C202 GT',
    price: { USD: '69.00', EUR: '64.00', GBP: '55.00', JPY: '8900', MXN: '1290.00', BRL: '399.00', AUD: '99.00', CAD: '89.00' },
    hsCode: '640411',
  },
  {
    sku: 'BQ-MUG-350',
    description: 'Porcelain mug 350 ml for drinks, dishwasher safe',
    brand: 'Bone China Co',
    model: 'Classic 350',
    price: { USD: '12.50', EUR: '11.50', GBP: '9.95', JPY: '1500', MXN: '219.00', BRL: '59.90', AUD: '18.50', CAD: '16.50' },
    hsCode: '691110',
  },
  {
    sku: 'YL-LAMP-D1',
    description: 'LED desk lamp, aluminium and plastic, mains powered, adjustable arm',
    brand: 'Yeelight',
    model: 'YLTD01YL',
    price: { USD: '35.99', EUR: '32.99', GBP: '28.99', JPY: '4580', MXN: '649.00', BRL: '199.00', AUD: '54.00', CAD: '47.99' },
    hsCode: '940521',
  },
];

const CHANNELS = ['AliExpress', 'Shopify', 'Amazon'];
// Shipping lines as the shops write them; the default rules know these.
const SHIPPING_LINES = [
  'DHL Express Worldwide',
  'AliExpress Standard Shipping',
  'SF Express Economy',
  'China Post Registered Air Mail',
  'Yanwen Special Line',
  'FedEx International Priority',
  'Cainiao Super Economy Global',
  'Air freight (consolidated)',
  'Sea freight LCL, 35-45 days',
];
// And lines no default rule knows: their orders come in without a method, for the broker to decide.
const UNKNOWN_LINES: Record<number, string> = {
  16: 'YunExpress Global Direct Line',
  26: 'Free Shipping (7-15 business days)',
  30: 'YunExpress Global Direct Line',
};
const INCOTERMS = ['DAP', 'DDP', 'DAP', 'CPT'];

type Row = Record<string, string>;

function rowsFor(i: number): Row[] {
  const buyer = { ...BUYERS[i % BUYERS.length]! };
  const lines = 1 + (i % 3);
  const order: Row = {
    order_number: `DS-${String(24001 + i)}`,
    channel: CHANNELS[i % CHANNELS.length]!,
    order_date: `2026-11-${String(1 + (i % 25)).padStart(2, '0')}`,
    consignee_name: buyer.name,
    consignee_company: '',
    address1: buyer.address1,
    address2: '',
    city: buyer.city,
    state: buyer.state,
    postal_code: buyer.postalCode,
    country: buyer.country,
    phone: buyer.phone,
    email: buyer.email,
    tax_id: buyer.taxId ?? '',
    shipping_method: UNKNOWN_LINES[i] ?? SHIPPING_LINES[i % SHIPPING_LINES.length]!,
    currency: buyer.currency,
    incoterm: INCOTERMS[i % INCOTERMS.length]!,
    order_total: '',
  };
  // Problems a broker meets in real exports, one kind per order so each can be fixed and confirmed.
  if (i === 3) order.postal_code = '';
  if (i === 7) order.postal_code = '1234';
  if (i === 11) order.phone = '12';
  const rows: Row[] = [];
  for (let l = 0; l < lines; l++) {
    const item = DEMO_ITEMS[(i + l * 3) % DEMO_ITEMS.length]!;
    rows.push({
      ...order,
      sku: item.sku,
      description: item.description,
      brand: i === 5 && l === 0 ? '' : item.brand,
      model: i === 9 && l === 0 ? '' : item.model,
      quantity: i === 13 && l === 0 ? '0' : String(1 + ((i + l) % 2)),
      unit: 'PCE',
      unit_price: item.price[buyer.currency]!,
      hs_code: item.hsCode,
      origin_country: 'CN',
    });
  }
  if (i === 15) rows[0]!.order_total = '999.99';
  return rows;
}

export const DEMO_ORDER_COUNT = 36;

export function demoCsv(): string {
  const rows: Row[] = [];
  for (let i = 0; i < DEMO_ORDER_COUNT; i++) rows.push(...rowsFor(i));
  return Papa.unparse(rows);
}
