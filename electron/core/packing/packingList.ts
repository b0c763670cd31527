// The packing list of an order: per parcel, per order line, what is in it and what it weighs.
// The documents step (packing list, CN23, invoice) reads this; it never sums the ledger itself.
import type { PackingList } from '../../../shared/api/contracts/packing';
import { canonical, dec } from '../../../shared/domain/money';
import { lineWeights } from '../../../shared/domain/parcelWeight';
import { fromMilli } from '../../../shared/domain/quantity';
import type { Db } from '../audit/auditRepository';
import { loadOrder } from './parcelRepository';

export async function packingList(db: Db, orderId: number): Promise<PackingList> {
  const order = await loadOrder(db, orderId);
  const parcels = await db.selectFrom('parcels').selectAll().where('order_id', '=', orderId).orderBy('seq').execute();
  const rows = parcels.length
    ? await db
        .selectFrom('parcel_items as i')
        .innerJoin('order_lines as l', 'l.id', 'i.order_line_id')
        .innerJoin('products as p', 'p.id', 'i.product_id')
        .select([
          'i.parcel_id',
          'i.qty_milli',
          'l.line_no',
          'l.sku',
          'l.description',
          'l.unit',
          'l.hs_code',
          'l.origin_country',
          'p.description as product_description',
          'p.hs_code as product_hs',
          'p.origin_country as product_origin',
          'p.net_weight_kg',
          'p.gross_weight_kg',
        ])
        .where(
          'i.parcel_id',
          'in',
          parcels.map((p) => p.id),
        )
        .orderBy('l.line_no')
        .execute()
    : [];
  let net = dec('0');
  let gross = dec('0');
  const out = parcels.map((p) => {
    const lines = rows
      .filter((r) => r.parcel_id === p.id)
      .map((r) => {
        const w = lineWeights({ netUnitKg: r.net_weight_kg, grossUnitKg: r.gross_weight_kg, qtyMilli: r.qty_milli });
        return {
          lineNo: r.line_no,
          sku: r.sku,
          // What the order says wins: it is what the customer bought and what the invoice shows.
          description: r.description || r.product_description,
          hsCode: r.hs_code || r.product_hs,
          originCountry: r.origin_country || r.product_origin,
          quantity: fromMilli(r.qty_milli),
          unit: r.unit,
          netKg: w.netKg,
          grossKg: w.grossKg,
        };
      });
    // The scale's figure once weighed: that is what the carrier and customs will measure.
    const parcelGross = p.gross_kg ?? p.computed_gross_kg;
    net = net.plus(dec(p.net_kg));
    gross = gross.plus(dec(parcelGross));
    return { seq: p.seq, lengthCm: p.length_cm, widthCm: p.width_cm, heightCm: p.height_cm, netKg: p.net_kg, grossKg: parcelGross, lines };
  });
  return { orderId, orderNumber: order.order_number, parcels: out, totals: { parcels: out.length, netKg: canonical(net), grossKg: canonical(gross) } };
}
