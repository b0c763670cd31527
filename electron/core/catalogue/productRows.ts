// Between the product as the schema knows it and its row in the products table.
import { createHash } from 'node:crypto';
import type { ProductSummary } from '../../../shared/api/contracts/catalogue';
import type { Product, ProductInput } from '../../../shared/schemas/product';
import type { NewProductRow, ProductRow } from './tables';

/** Fixed field order, so the same product always hashes the same (import idempotency). */
export function productHash(p: Product): string {
  const fields = [
    p.sku,
    p.name,
    p.brand,
    p.model,
    p.description,
    p.hsCode,
    p.originCountry,
    p.unit,
    p.netWeightKg,
    p.grossWeightKg,
    p.unitValue,
    p.currency,
    p.gtin,
    p.dangerousGoods,
    p.battery,
    p.restricted,
    p.restrictedNote,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export function productToRow(p: Product, meta: { at: string; createdAt?: string; importId?: number | null }): NewProductRow {
  return {
    sku: p.sku,
    name: p.name,
    brand: p.brand,
    model: p.model,
    description: p.description,
    hs_code: p.hsCode,
    origin_country: p.originCountry,
    unit: p.unit,
    net_weight_kg: p.netWeightKg,
    gross_weight_kg: p.grossWeightKg,
    unit_value: p.unitValue,
    currency: p.currency,
    gtin: p.gtin,
    dangerous_goods: p.dangerousGoods ? 1 : 0,
    battery: p.battery,
    restricted: p.restricted ? 1 : 0,
    restricted_note: p.restrictedNote,
    content_hash: productHash(p),
    import_id: meta.importId ?? null,
    created_at: meta.createdAt ?? meta.at,
    updated_at: meta.at,
  };
}

export function rowToProduct(r: ProductRow): ProductInput {
  return {
    sku: r.sku,
    name: r.name,
    brand: r.brand,
    model: r.model,
    description: r.description,
    hsCode: r.hs_code,
    originCountry: r.origin_country,
    unit: r.unit as ProductInput['unit'],
    netWeightKg: r.net_weight_kg,
    grossWeightKg: r.gross_weight_kg,
    unitValue: r.unit_value,
    currency: r.currency,
    gtin: r.gtin,
    dangerousGoods: r.dangerous_goods === 1,
    battery: r.battery as ProductInput['battery'],
    restricted: r.restricted === 1,
    restrictedNote: r.restricted_note,
  };
}

export function rowToSummary(r: ProductRow): ProductSummary {
  return {
    id: r.id,
    sku: r.sku,
    name: r.name,
    brand: r.brand,
    model: r.model,
    hsCode: r.hs_code,
    originCountry: r.origin_country,
    gtin: r.gtin,
    unitValue: r.unit_value,
    currency: r.currency,
    battery: r.battery,
    dangerousGoods: r.dangerous_goods === 1,
    restricted: r.restricted === 1,
  };
}
