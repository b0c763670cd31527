// The packing list prefilled from the packed parcels: each parcel's size and weights, and what it
// holds line by line. Several orders' parcels are numbered on from one another.
import { PARCEL_KIND, type Builder, companyParty, consigneeParty, documentDate, goodsLines, orderNumbers } from './common';

export const buildPackingList: Builder<'packing_list'> = (sources, _lang, stamp) => {
  // The invoice's wording of each line, so both papers describe the goods alike.
  const wording = new Map(goodsLines(sources).map((g) => [`${g.orderId}:${g.lineNo}`, g.description]));
  const parcels = [];
  const lines = [];
  let seq = 0;
  for (const list of sources.packingLists) {
    for (const p of list.parcels) {
      seq += 1;
      parcels.push({ seq: String(seq), kind: PARCEL_KIND, lengthCm: p.lengthCm, widthCm: p.widthCm, heightCm: p.heightCm, netKg: p.netKg, grossKg: p.grossKg });
      for (const l of p.lines) {
        lines.push({
          parcelSeq: String(seq),
          sku: l.sku,
          description: wording.get(`${list.orderId}:${l.lineNo}`) || l.description,
          quantity: l.quantity,
          unit: l.unit,
          netKg: l.netKg,
        });
      }
    }
  }
  return {
    date: documentDate(stamp),
    orderReference: orderNumbers(sources, 60),
    invoiceNumber: sources.finalNumbers.invoice,
    shipper: companyParty(sources.company),
    consignee: consigneeParty(sources),
    marks: orderNumbers(sources, 500),
    parcels,
    lines,
  };
};
