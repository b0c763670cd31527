// Goods in (a receipt of many lines) and count corrections (an adjustment in one bin). Both go
// through the ledger inside one transaction: a receipt is posted whole or not at all.
import type { Stamp } from '../api/stamp';
import type { Kysely } from 'kysely';
import type { ReceiptOutcome } from '../../../shared/api/contracts/inventory';
import type { AppErrorShape } from '../../../shared/api/commands';
import { toMilli } from '../../../shared/domain/quantity';
import type { Receipt } from '../../../shared/schemas/inventory';
import { AppError, notFound } from '../api/errors';
import type { DB } from '../db/schema';
import { adjust, receive } from './ledger';
import { binsByCode, oneBin } from './locations';
import { productsByCode } from './products';

type Issue = NonNullable<AppErrorShape['issues']>[number];

const BIN_MESSAGES = {
  'inventory.errors.unknownBin': 'there is no such bin; create the location first (Stock → Locations)',
  'inventory.errors.binAmbiguous': 'several warehouses have a bin with this code',
} as const;

/** Posts a receipt. Every line is checked first; any bad line refuses the whole receipt, naming each. */
export async function receiveGoods(db: Kysely<DB>, receipt: Receipt, stamp: Stamp): Promise<ReceiptOutcome> {
  const products = await productsByCode(
    db,
    receipt.lines.map((l) => l.code),
  );
  const bins = await binsByCode(
    db,
    receipt.lines.map((l) => l.binCode),
  );
  const issues: Issue[] = [];
  const english: string[] = [];
  const resolved = receipt.lines.map((line, i) => {
    const product = products.get(line.code);
    if (!product) {
      issues.push({ path: `lines.${i}.code`, code: 'inventory.errors.unknownProduct', params: { line: i + 1, code: line.code } });
      english.push(`line ${i + 1}: no product has SKU or barcode ${line.code}`);
    }
    const bin = oneBin(bins.get(line.binCode));
    if (typeof bin === 'string') {
      issues.push({ path: `lines.${i}.binCode`, code: bin, params: { line: i + 1, bin: line.binCode } });
      english.push(`line ${i + 1}: bin ${line.binCode}: ${BIN_MESSAGES[bin]}`);
    }
    return { productId: product?.id, locationId: typeof bin === 'string' ? undefined : bin.id, qtyMilli: toMilli(line.quantity) };
  });
  if (issues.length > 0) {
    throw new AppError(
      'inventory.errors.receiptRefused',
      `Nothing was received: ${english.join('; ')}. Fix the lines marked and post the receipt again.`,
      { count: new Set(issues.map((i) => i.path.split('.')[1])).size },
      issues,
    );
  }
  const opIds = await db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (const r of resolved)
      ids.push(await receive(trx, { productId: r.productId!, locationId: r.locationId!, qtyMilli: r.qtyMilli }, { ...stamp, reference: receipt.reference }));
    return ids;
  });
  return { opIds, lines: opIds.length };
}

/** A signed correction in one bin; the ledger refuses going below zero or below what is reserved. */
export async function adjustStock(
  db: Kysely<DB>,
  input: { productId: number; binCode: string; quantity: string; reason: string },
  stamp: Stamp,
): Promise<{ opId: string }> {
  return db.transaction().execute(async (trx) => {
    const product = await trx.selectFrom('products').select('id').where('id', '=', input.productId).executeTakeFirst();
    if (!product) throw notFound('product', input.productId);
    const bin = oneBin((await binsByCode(trx, [input.binCode])).get(input.binCode));
    if (typeof bin === 'string') {
      const params = { line: 1, bin: input.binCode };
      throw new AppError(bin, `Bin ${input.binCode}: ${BIN_MESSAGES[bin]}.`, params, [{ path: 'binCode', code: bin, params }]);
    }
    const opId = await adjust(trx, { productId: product.id, locationId: bin.id, deltaMilli: toMilli(input.quantity), reason: input.reason }, stamp);
    return { opId };
  });
}
