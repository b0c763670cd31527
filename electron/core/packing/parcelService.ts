// Filling parcels at the bench: open one (from a preset or custom), scan goods into it from the
// order's container, take them out again, change its box, discard it while empty. Every change
// is one transaction: the ledger movement, the parcel's contents and its weights move together.
import type { Kysely } from 'kysely';
import type { ScanOutcome, StationParcel } from '../../../shared/api/contracts/packing';
import { canonical } from '../../../shared/domain/money';
import { overMax, parcelWeights, showKg } from '../../../shared/domain/parcelWeight';
import { fromMilli, toMilli } from '../../../shared/domain/quantity';
import type { Dimensions } from '../../../shared/schemas/packing';
import { AppError } from '../api/errors';
import type { Stamp } from '../api/stamp';
import type { DB } from '../db/schema';
import { lineBalance } from '../inventory/balances';
import { type Trx, pack, unpack } from '../inventory/ledger';
import {
  adjustItem,
  findParcel,
  linePlaces,
  loadOrder,
  parcelContents,
  refreshWeights,
  requireOpen,
  requirePicked,
  sourceContainer,
  stationParcels,
  toContent,
} from './parcelRepository';
import { findPreset } from './presetService';
import { findProductByCode } from '../catalogue/productRepository';
import type { ParcelRow } from './tables';

/** The parcel, its order, and the checks every change to a parcel's contents needs. */
async function openParcelOf(trx: Trx, parcelId: number) {
  const parcel = await findParcel(trx, parcelId);
  const order = await loadOrder(trx, parcel.order_id);
  requirePicked(order);
  requireOpen(parcel);
  return { parcel, order };
}

export async function parcelView(trx: Trx, parcel: ParcelRow): Promise<StationParcel> {
  return (await stationParcels(trx, parcel.order_id)).find((p) => p.id === parcel.id)!;
}

export function openParcel(db: Kysely<DB>, input: { orderId: number; presetId?: number; custom?: Dimensions }, stamp: Stamp): Promise<StationParcel> {
  return db.transaction().execute(async (trx) => {
    const order = await loadOrder(trx, input.orderId);
    requirePicked(order);
    const preset = input.presetId !== undefined ? await findPreset(trx, input.presetId) : undefined;
    const d = preset
      ? { lengthCm: preset.length_cm, widthCm: preset.width_cm, heightCm: preset.height_cm, tareKg: preset.tare_kg, maxKg: preset.max_kg }
      : input.custom!;
    const last = await trx
      .selectFrom('parcels')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('order_id', '=', order.id)
      .executeTakeFirst();
    const tare = canonical(d.tareKg);
    const { id } = await trx
      .insertInto('parcels')
      .values({
        order_id: order.id,
        seq: Number(last?.seq ?? 0) + 1,
        preset_id: preset?.id ?? null,
        length_cm: canonical(d.lengthCm),
        width_cm: canonical(d.widthCm),
        height_cm: canonical(d.heightCm),
        tare_kg: tare,
        max_kg: canonical(d.maxKg),
        net_kg: '0',
        computed_gross_kg: tare,
        status: 'open',
        created_at: stamp.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return parcelView(trx, await findParcel(trx, id));
  });
}

function tooHeavy(sku: string, grossKg: string, maxKg: string): AppError {
  return new AppError(
    'packing.errors.tooHeavy',
    `With ${sku} the parcel would weigh about ${showKg(grossKg)} kg, more than its ${showKg(maxKg)} kg limit. Put it in a new parcel.`,
    {
      sku,
      grossKg: showKg(grossKg),
      maxKg: showKg(maxKg),
    },
  );
}

/** Puts the open parcel in another box: its dimensions, tare and limit are copied from the preset. */
export function setPreset(db: Kysely<DB>, input: { parcelId: number; presetId: number }): Promise<{ parcelId: number }> {
  return db.transaction().execute(async (trx) => {
    const { parcel } = await openParcelOf(trx, input.parcelId);
    const p = await findPreset(trx, input.presetId);
    const w = parcelWeights(p.tare_kg, (await parcelContents(trx, [parcel.id])).map(toContent));
    if (overMax(w.grossKg, p.max_kg)) throw tooHeavy(p.name, w.grossKg, p.max_kg);
    await trx
      .updateTable('parcels')
      .set({ preset_id: p.id, length_cm: p.length_cm, width_cm: p.width_cm, height_cm: p.height_cm, tare_kg: p.tare_kg, max_kg: p.max_kg })
      .where('id', '=', parcel.id)
      .execute();
    await refreshWeights(trx, await findParcel(trx, parcel.id));
    return { parcelId: parcel.id };
  });
}

/** An empty parcel opened by mistake goes away; later parcels move up so numbers stay 1..N on the labels. */
export function discardParcel(db: Kysely<DB>, input: { parcelId: number }): Promise<{ orderId: number }> {
  return db.transaction().execute(async (trx) => {
    const { parcel } = await openParcelOf(trx, input.parcelId);
    if ((await parcelContents(trx, [parcel.id])).length > 0) {
      throw new AppError('packing.errors.parcelNotEmpty', `Parcel ${parcel.seq} still holds goods. Take them out first.`, { seq: parcel.seq });
    }
    await trx.deleteFrom('parcels').where('id', '=', parcel.id).execute();
    const later = await trx
      .selectFrom('parcels')
      .select(['id', 'seq'])
      .where('order_id', '=', parcel.order_id)
      .where('seq', '>', parcel.seq)
      .orderBy('seq')
      .execute();
    // Ascending, one at a time: each row moves into the number just freed, never onto a taken one.
    for (const p of later)
      await trx
        .updateTable('parcels')
        .set({ seq: p.seq - 1 })
        .where('id', '=', p.id)
        .execute();
    return { orderId: parcel.order_id };
  });
}

export function scanItem(db: Kysely<DB>, input: { parcelId: number; code: string; quantity: string }, stamp: Stamp): Promise<ScanOutcome> {
  return db.transaction().execute(async (trx) => {
    const { parcel, order } = await openParcelOf(trx, input.parcelId);
    const want = toMilli(input.quantity);
    const product = await findProductByCode(trx, input.code);
    if (!product)
      throw new AppError('packing.errors.unknownCode', `No product has the code ${input.code}. Check the label, or type the SKU.`, { code: input.code });
    const lines = await trx
      .selectFrom('order_lines')
      .select(['id', 'line_no', 'product_id'])
      .where('order_id', '=', order.id)
      .where((eb) => eb.or([eb('product_id', '=', product.id), eb.and([eb('product_id', 'is', null), eb('sku', '=', product.sku)])]))
      .orderBy('line_no')
      .execute();
    if (lines.length === 0) {
      throw new AppError(
        'packing.errors.notInOrder',
        `${product.sku} (${product.name}) is not in order ${order.order_number}. Put it aside and tell the picker.`,
        {
          sku: product.sku,
          name: product.name,
          orderNumber: order.order_number,
        },
      );
    }
    const lineIds = new Set(lines.map((l) => l.id));
    const sources = (await linePlaces(trx, order.id)).filter((p) => p.place === 'container' && p.qtyMilli > 0 && lineIds.has(p.orderLineId));
    const left = sources.reduce((s, p) => s + p.qtyMilli, 0);
    if (left === 0)
      throw new AppError('packing.errors.fullyPacked', `Every ${product.sku} of this order is already packed. This one is extra: put it aside.`, {
        sku: product.sku,
      });
    if (want > left) {
      throw new AppError('packing.errors.moreThanLeft', `Only ${fromMilli(left)} of ${product.sku} is left to pack, not ${fromMilli(want)}.`, {
        sku: product.sku,
        left: fromMilli(left),
        want: fromMilli(want),
      });
    }
    const contents = (await parcelContents(trx, [parcel.id])).map(toContent);
    const w = parcelWeights(parcel.tare_kg, [...contents, { netUnitKg: product.net_weight_kg, grossUnitKg: product.gross_weight_kg, qtyMilli: want }]);
    if (overMax(w.grossKg, parcel.max_kg)) throw tooHeavy(product.sku, w.grossKg, parcel.max_kg);
    let rest = want;
    for (const src of sources) {
      const take = Math.min(rest, src.qtyMilli);
      if (take === 0) break;
      await pack(
        trx,
        { orderId: order.id, orderLineId: src.orderLineId, productId: product.id, container: src.container, parcelId: parcel.id, qtyMilli: take },
        stamp,
      );
      await adjustItem(trx, { parcelId: parcel.id, orderLineId: src.orderLineId, productId: product.id, deltaMilli: take });
      rest -= take;
    }
    await refreshWeights(trx, parcel);
    const first = lines.find((l) => l.id === sources[0]!.orderLineId)!;
    return { parcelId: parcel.id, lineNo: first.line_no, sku: product.sku, name: product.name, quantity: fromMilli(want) };
  });
}

export function removeItem(db: Kysely<DB>, input: { parcelId: number; orderLineId: number; quantity: string }, stamp: Stamp): Promise<{ parcelId: number }> {
  return db.transaction().execute(async (trx) => {
    const { parcel, order } = await openParcelOf(trx, input.parcelId);
    const want = toMilli(input.quantity);
    const line = await trx
      .selectFrom('order_lines')
      .select(['id', 'sku', 'product_id'])
      .where('id', '=', input.orderLineId)
      .where('order_id', '=', order.id)
      .executeTakeFirst();
    const inParcel = line ? await lineBalance(trx, line.id, 'parcel', { parcelId: parcel.id }) : 0;
    if (!line || want > inParcel) {
      throw new AppError(
        'packing.errors.notInParcel',
        `Parcel ${parcel.seq} holds ${fromMilli(inParcel)} of this line; ${fromMilli(want)} cannot be taken out.`,
        {
          seq: parcel.seq,
          have: fromMilli(inParcel),
          want: fromMilli(want),
        },
      );
    }
    const container = await sourceContainer(trx, line.id, parcel.id);
    await unpack(trx, { orderId: order.id, orderLineId: line.id, productId: line.product_id!, container, parcelId: parcel.id, qtyMilli: want }, stamp);
    await adjustItem(trx, { parcelId: parcel.id, orderLineId: line.id, productId: line.product_id!, deltaMilli: -want });
    await refreshWeights(trx, parcel);
    return { parcelId: parcel.id };
  });
}
