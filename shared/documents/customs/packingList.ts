// The packing list: who ships to whom, then each package with its kind, size and weights and the
// lines packed in it; lines naming no listed package are printed apart so none goes missing.
import { type Markup, type RenderedPage, html } from '../html';
import { documentTotals } from '../../domain/customs/totals';
import type { PackingListData } from '../../schemas/customs';
import type { TemplateContext } from './context';
import { type Formats, formats } from './format';
import { frame } from './frame';
import { box, boxes, partyBox, sums } from './layout';
import { documentTitle } from './titles';
import { fill } from './words';

type Parcel = PackingListData['parcels'][number];
type Line = PackingListData['lines'][number];

const CSS = `
.parcel { margin: 0 0 3mm; }
.phead { display: flex; flex-wrap: wrap; gap: 1mm 6mm; align-items: baseline; border: 0.3mm solid #000; border-bottom: none; background: #e6e6e6; padding: 1.2mm 1.5mm; break-after: avoid; }
.phead .pno { font-weight: bold; font-size: 10.5pt; }
table.plines { font-size: 8.5pt; }
col.sku { width: 32mm; } col.qty { width: 22mm; } col.unit { width: 16mm; } col.kg { width: 20mm; }
`;

export function packingListTitle(_data: PackingListData, ctx: TemplateContext): string {
  const t = formats(ctx.lang).w.titles;
  return documentTitle(t.packing_list, t.packing_listDraft, ctx);
}

function linesTable(lines: Line[], f: Formats): Markup {
  const w = f.w.packingList;
  return html`<table class="plines">
<colgroup><col class="sku"><col><col class="qty"><col class="unit"><col class="kg"></colgroup>
<thead><tr><th>${w.colSku}</th><th>${w.colDescription}</th><th class="num">${w.colQuantity}</th><th>${w.colUnit}</th><th class="num">${w.colNetKg}</th></tr></thead>
<tbody>
${
  lines.length === 0
    ? html`<tr><td colspan="5" class="empty">${w.emptyParcel}</td></tr>`
    : lines.map(
        (l) =>
          html`<tr><td>${l.sku}</td><td class="v">${l.description}</td><td class="num">${f.quantity(l.quantity)}</td><td>${f.unit(l.unit)}</td><td class="num">${f.quantity(l.netKg)}</td></tr>`,
      )
}
</tbody>
</table>`;
}

function parcelBlock(p: Parcel, lines: Line[], count: number, f: Formats): Markup {
  const w = f.w.packingList;
  const kg = f.w.common.kg;
  const size = [p.lengthCm, p.widthCm, p.heightCm].some(Boolean)
    ? `${[p.lengthCm, p.widthCm, p.heightCm].map((v) => f.quantity(v) || '?').join(' × ')} ${f.w.common.cm}`
    : '';
  return html`<section class="parcel">
<div class="phead"><span class="pno">${fill(w.parcel, { seq: p.seq })}${count > 0 ? ` / ${count}` : ''}</span>${p.kind ? html`<span>${w.kind}: ${p.kind}</span>` : ''}${
    size ? html`<span>${w.dimensions}: ${size}</span>` : ''
  }${p.netKg ? html`<span>${w.netKg}: ${f.quantity(p.netKg)} ${kg}</span>` : ''}${p.grossKg ? html`<span>${w.grossKg}: <b>${f.quantity(p.grossKg)} ${kg}</b></span>` : ''}</div>
${linesTable(lines, f)}
</section>`;
}

export function renderPackingList(d: PackingListData, ctx: TemplateContext): RenderedPage {
  const f = formats(ctx.lang);
  const w = f.w.packingList;
  const totals = documentTotals({ type: 'packing_list', data: d });
  const seqs = new Set(d.parcels.map((p) => p.seq));
  const unassigned = d.lines.filter((l) => !seqs.has(l.parcelSeq));
  const body = html`${boxes(2, [partyBox(w.shipper, d.shipper, f), partyBox(w.consignee, d.consignee, f)])}
${boxes(4, [
  box(w.orderReference, d.orderReference),
  box(w.invoiceNumber, d.invoiceNumber),
  box(w.date, f.date(d.date)),
  box(w.parcels, String(d.parcels.length)),
  box(w.marks, d.marks, 'full'),
])}
${d.parcels.length === 0 ? html`<p class="empty">${w.noParcels}</p>` : ''}
${d.parcels.map((p) =>
  parcelBlock(
    p,
    d.lines.filter((l) => l.parcelSeq === p.seq),
    d.parcels.length,
    f,
  ),
)}
${unassigned.length > 0 ? html`<section class="parcel"><div class="phead"><span class="pno">${w.unassigned}</span></div>${linesTable(unassigned, f)}</section>` : ''}
${sums([
  [w.parcels, String(d.parcels.length)],
  [w.totalQuantity, f.quantity(totals.quantity)],
  [w.totalNet, f.quantity(totals.netKg)],
  [w.totalGross, f.quantity(totals.grossKg)],
])}`;
  return frame({
    ctx,
    f,
    title: packingListTitle(d, ctx),
    heading: f.w.titles.packing_list,
    issuer: d.shipper,
    facts: [
      [w.date, f.date(d.date)],
      [w.invoiceNumber, d.invoiceNumber],
    ],
    body,
    css: CSS,
  });
}
