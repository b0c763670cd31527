// The demo shop's catalogue and warehouse: a product for every demo order's SKU (customs data,
// weights, barcodes, battery flags) and opening stock over three zones, loaded through the same
// product and stock-count imports a user runs. One product is nearly out of stock on purpose, so
// the demo shows a short order.
import Papa from 'papaparse';
import { DEMO_ITEMS } from './demoOrders';

interface Extra {
  name: string;
  net: string;
  gross: string;
  gtin: string;
  dangerous: boolean;
  battery: string;
  bins: [string, string, number, number][];
}

// bins: [zone, bin code, walk order, quantity]
const EXTRA: Record<string, Extra> = {
  'XM-BUDS5': {
    name: 'Redmi Buds 5 wireless earphones',
    net: '0.050',
    gross: '0.120',
    gtin: '6934715000120',
    dangerous: false,
    battery: 'PI967',
    bins: [
      ['A', 'A-01-01', 10, 40],
      ['C', 'C-01-02', 220, 30],
    ],
  },
  'AK-PB10K': {
    name: 'PowerCore 10K power bank',
    net: '0.180',
    gross: '0.250',
    gtin: '6948402001239',
    dangerous: true,
    battery: 'PI965',
    bins: [['A', 'A-01-03', 30, 2]],
  },
  'UG-CBL-C2': {
    name: 'USB-C cable 2 m',
    net: '0.060',
    gross: '0.080',
    gtin: '6957702003454',
    dangerous: false,
    battery: 'none',
    bins: [
      ['A', 'A-02-01', 40, 60],
      ['C', 'C-01-03', 230, 100],
    ],
  },
  'LN-WATCH-S2': {
    name: 'Smart Watch S2',
    net: '0.040',
    gross: '0.150',
    gtin: '6936055004561',
    dangerous: false,
    battery: 'PI967',
    bins: [['A', 'A-02-03', 60, 25]],
  },
  'LN-TEE-M-BLK': {
    name: 'Cotton T-shirt black M',
    net: '0.180',
    gross: '0.220',
    gtin: '6936178005674',
    dangerous: false,
    battery: 'none',
    bins: [
      ['B', 'B-01-01', 110, 40],
      ['C', 'C-02-01', 240, 60],
    ],
  },
  'AN-RUN-42': {
    name: 'C202 GT running shoes 42',
    net: '0.620',
    gross: '0.950',
    gtin: '6953091006786',
    dangerous: false,
    battery: 'none',
    bins: [['B', 'B-01-03', 130, 20]],
  },
  'BQ-MUG-350': {
    name: 'Classic porcelain mug 350 ml',
    net: '0.350',
    gross: '0.500',
    gtin: '6920114007891',
    dangerous: false,
    battery: 'none',
    bins: [
      ['B', 'B-02-02', 150, 18],
      ['C', 'C-02-02', 250, 24],
    ],
  },
  'YL-LAMP-D1': {
    name: 'LED desk lamp D1',
    net: '1.100',
    gross: '1.600',
    gtin: '6934156008907',
    dangerous: false,
    battery: 'none',
    bins: [['B', 'B-03-01', 170, 15]],
  },
};

export function demoProductsCsv(): string {
  return Papa.unparse(
    DEMO_ITEMS.map((item) => {
      const x = EXTRA[item.sku]!;
      return {
        SKU: item.sku,
        Name: x.name,
        Brand: item.brand,
        Model: item.model,
        Description: item.description,
        'HS Code': item.hsCode,
        'Country of Origin': 'CN',
        Unit: 'PCE',
        'Net Weight (kg)': x.net,
        'Gross Weight (kg)': x.gross,
        'Unit Value': item.price.USD,
        Currency: 'USD',
        EAN: x.gtin,
        'Dangerous Goods': x.dangerous ? 'yes' : 'no',
        Battery: x.battery,
        Restricted: 'no',
        'Restricted Note': '',
      };
    }),
  );
}

export function demoStockCsv(): string {
  const rows = DEMO_ITEMS.flatMap((item) =>
    EXTRA[item.sku]!.bins.map(([zone, bin, walk, qty]) => ({
      SKU: item.sku,
      Warehouse: 'MAIN',
      Zone: zone,
      Bin: bin,
      'Walk order': String(walk),
      Quantity: String(qty),
    })),
  );
  return Papa.unparse(rows);
}
