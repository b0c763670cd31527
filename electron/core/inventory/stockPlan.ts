// What a count sheet would do to the stock: each valid row's product, bin and current quantity,
// the bins to create, and the rows refused (unknown SKU). Read-only; used by preview and commit.
import { sql } from 'kysely';
import { toMilli } from '../../../shared/domain/quantity';
import type { ParsedStockImport, StockCountRow, StockRowError } from '../../../shared/import/stockCsv';
import type { Db } from '../audit/auditRepository';
import { findProductsBySku } from '../catalogue/productRepository';

export interface PlannedRow {
  row: StockCountRow;
  productId: number;
  name: string;
  binKey: string;
  /** Undefined for a bin the import creates. */
  locationId: number | undefined;
  currentMilli: number;
  countedMilli: number;
}

export interface NewBin {
  key: string;
  warehouse: string;
  zone: string;
  binCode: string;
  walkOrder: number;
}

export interface CountPlan {
  rows: PlannedRow[];
  newBins: NewBin[];
  errors: StockRowError[];
  invalidRows: number;
}

const CHUNK = 400;
const binKey = (warehouse: string, bin: string) => `${warehouse}\u0000${bin}`;

export async function planCount(db: Db, parsed: ParsedStockImport): Promise<CountPlan> {
  const errors = [...parsed.errors];
  const products = await findProductsBySku(
    db,
    parsed.rows.map((r) => r.sku),
  );
  const valid = parsed.rows.filter((r) => {
    if (products.has(r.sku)) return true;
    errors.push({ row: r.row, field: 'sku', column: parsed.mapping.sku, code: 'inventory.import.unknownSku', params: { sku: r.sku } });
    return false;
  });
  errors.sort((a, b) => a.row - b.row);

  const locations = new Map<string, number>();
  const codes = [...new Set(valid.map((r) => r.binCode))];
  for (let i = 0; i < codes.length; i += CHUNK) {
    const rows = await db
      .selectFrom('locations')
      .select(['id', 'warehouse', 'bin_code'])
      .where('bin_code', 'in', codes.slice(i, i + CHUNK))
      .execute();
    for (const l of rows) locations.set(binKey(l.warehouse, l.bin_code), l.id);
  }
  // One grouped query per chunk of bins, not one per row.
  const current = new Map<string, number>();
  const ids = [...new Set(locations.values())];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const sums = await db
      .selectFrom('stock_movements')
      .select(['product_id', 'location_id', sql<number>`coalesce(sum(qty_milli), 0)`.as('q')])
      .where('place', '=', 'bin')
      .where('location_id', 'in', ids.slice(i, i + CHUNK))
      .groupBy(['product_id', 'location_id'])
      .execute();
    for (const s of sums) current.set(`${s.product_id}:${s.location_id}`, Number(s.q));
  }

  // New bins keep the file's walk order; without one they go after every bin there is.
  const { top } = await db
    .selectFrom('locations')
    .select(sql<number>`coalesce(max(walk_order), 0)`.as('top'))
    .executeTakeFirstOrThrow();
  let next = Number(top);
  const newBins = new Map<string, NewBin>();
  for (const r of valid) {
    const key = binKey(r.warehouse, r.binCode);
    if (locations.has(key)) continue;
    const known = newBins.get(key);
    if (!known) newBins.set(key, { key, warehouse: r.warehouse, zone: r.zone, binCode: r.binCode, walkOrder: r.walkOrder ?? -1 });
    else if (known.walkOrder === -1 && r.walkOrder !== null) known.walkOrder = r.walkOrder;
  }
  for (const b of newBins.values()) {
    if (b.walkOrder === -1) b.walkOrder = next += 10;
    else next = Math.max(next, b.walkOrder);
  }

  const rows = valid.map((r): PlannedRow => {
    const product = products.get(r.sku)!;
    const key = binKey(r.warehouse, r.binCode);
    const locationId = locations.get(key);
    return {
      row: r,
      productId: product.id,
      name: product.name,
      binKey: key,
      locationId,
      currentMilli: locationId === undefined ? 0 : (current.get(`${product.id}:${locationId}`) ?? 0),
      countedMilli: toMilli(r.quantity),
    };
  });
  return { rows, newBins: [...newBins.values()], errors, invalidRows: parsed.invalidRows.length + (parsed.rows.length - valid.length) };
}
