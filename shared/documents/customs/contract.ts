// The sales contract: the parties, the goods with the total in figures and in words, packing,
// shipment, then the numbered clauses from the user's templates and a signature block for each side.
import { type Markup, type RenderedPage, html } from '../html';
import { documentTotals } from '../../domain/customs/totals';
import { dec, isDecimalString } from '../../domain/money';
import { CONTRACT_CLAUSES, type ContractData } from '../../schemas/customs';
import type { TemplateContext } from './context';
import { type Formats, formats } from './format';
import { frame } from './frame';
import { box, boxes, extras, partyBox, signature } from './layout';
import { totalInWords } from './invoice';
import { documentTitle } from './titles';
import { fill } from './words';

const CSS = `
table.goods { font-size: 8.5pt; }
col.no { width: 8mm; } col.bm { width: 30mm; } col.hs { width: 21mm; } col.qty { width: 18mm; } col.unit { width: 13mm; }
col.price { width: 22mm; } col.total { width: 26mm; }
.code { font-family: "Liberation Mono", "Courier New", monospace; font-size: 7.5pt; }
.intro { margin: 0 0 3mm; }
.clause { break-inside: auto; }
.clause .boxes, .clause .words { break-inside: avoid; }
.clause h2 { margin-top: 3.5mm; }
.tolerance { margin: 1.5mm 0 0; }
.originals { margin-top: 5mm; font-style: italic; }
.sign .who { font-weight: bold; }
`;

export function contractTitle(_data: ContractData, ctx: TemplateContext): string {
  const t = formats(ctx.lang).w.titles;
  return documentTitle(t.contract, t.contractDraft, ctx);
}

function goodsTable(d: ContractData, f: Formats, itemValues: string[], total: string): Markup {
  const w = f.w.contract;
  const cur = d.currency ? ` (${d.currency})` : '';
  const rows =
    d.items.length === 0
      ? html`<tr><td colspan="8" class="empty">${w.noItems}</td></tr>`
      : html`${d.items.map(
          (item, i) => html`<tr>
<td class="num">${i + 1}</td>
<td><div class="v"><b>${item.name}</b></div>${item.specification ? html`<div class="v small">${item.specification}</div>` : ''}${
            item.sku ? html`<div class="sub">${extras([[f.w.declaration.sku, item.sku]])}</div>` : ''
          }</td>
<td>${[item.brand, item.model].filter(Boolean).join(' / ')}</td>
<td class="code">${item.hsCode}</td>
<td class="num">${f.quantity(item.quantity)}</td>
<td>${f.unit(item.unit)}</td>
<td class="num">${f.price(item.unitPrice, d.currency)}</td>
<td class="num">${f.amount(itemValues[i] ?? '', d.currency)}</td>
</tr>`,
        )}
<tr class="sum"><td colspan="7">${f.w.common.total}</td><td class="num">${f.amount(total, d.currency)}</td></tr>`;
  return html`<table class="goods">
<colgroup><col class="no"><col><col class="bm"><col class="hs"><col class="qty"><col class="unit"><col class="price"><col class="total"></colgroup>
<thead><tr><th class="num">${w.colNo}</th><th>${w.colName}</th><th>${w.colBrandModel}</th><th>${w.colHs}</th><th class="num">${w.colQuantity}</th><th>${w.colUnit}</th><th class="num">${w.colUnitPrice}${cur}</th><th class="num">${w.colTotal}${cur}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

export function renderContract(d: ContractData, ctx: TemplateContext): RenderedPage {
  const f = formats(ctx.lang);
  const w = f.w.contract;
  const c = f.w.common;
  const totals = documentTotals({ type: 'contract', data: d });
  const words = totalInWords(totals.total, d.currency, f);
  const tolerance =
    isDecimalString(d.tolerancePercent) && !dec(d.tolerancePercent).isZero() ? fill(w.tolerance, { percent: f.quantity(d.tolerancePercent) }) : w.noTolerance;
  const incoterm = d.incoterm
    ? html`${d.incoterm} ${d.incotermPlace}<div class="sub">${f.incotermName(d.incoterm)}, ${f.w.incoterms.edition}</div>`
    : d.incotermPlace;
  // Sections are numbered as printed: a clause left empty is left out, not numbered.
  let n = 0;
  const section = (title: string, content: Markup) => html`<section class="clause"><h2>${++n}. ${title}</h2>${content}</section>`;
  const sellerName = d.seller.company || d.seller.name;
  const buyerName = d.buyer.company || d.buyer.name;
  const goods = section(w.goods, html`${goodsTable(d, f, totals.itemValues, totals.total)}<p class="tolerance">${tolerance}</p>`);
  const price = section(
    w.price,
    html`${boxes(4, [box(w.priceTerms, incoterm, 's2'), box(c.currency, d.currency), box(w.totalValue, html`<b>${f.money(totals.total, d.currency)}</b>`)])}${
      words ? html`<div class="words"><div class="l">${w.inWords}</div><div class="v">${words}</div></div>` : ''
    }`,
  );
  const packing = section(w.packingMarks, boxes(2, [box(w.packing, d.packing), box(w.marks, d.marks)]));
  const shipment = section(
    w.shipment,
    boxes(3, [
      box(w.shipmentDate, f.date(d.shipmentDate)),
      box(w.portOfLoading, d.portOfLoading),
      box(w.portOfDischarge, d.portOfDischarge),
      box(w.partialShipment, w.partialShipmentValues[d.partialShipment]),
      box(w.transshipment, w.transshipmentValues[d.transshipment], 's2'),
    ]),
  );
  const clauses = CONTRACT_CLAUSES.filter((k) => d[k].trim() !== '').map((k) => section(w.clauses[k], html`<div class="text">${d[k]}</div>`));
  const body = html`${boxes(2, [partyBox(w.seller, d.seller, f), partyBox(w.buyer, d.buyer, f)])}
<p class="intro">${w.intro}</p>
${goods}
${price}
${packing}
${shipment}
${clauses}
<p class="originals">${w.originals}</p>
<div class="sign">
<div><div class="who">${w.signFor.seller}</div><div>${sellerName}</div>${signature(c.signatureStamp, [d.sellerSignatory.name, d.sellerSignatory.role])}</div>
<div><div class="who">${w.signFor.buyer}</div><div>${buyerName}</div>${signature(c.signatureStamp, [d.buyerSignatory.name, d.buyerSignatory.role])}</div>
</div>`;
  return frame({
    ctx,
    f,
    title: contractTitle(d, ctx),
    heading: f.w.titles.contract,
    issuer: d.seller,
    facts: [
      [w.date, f.date(d.date)],
      [w.place, d.place],
    ],
    body,
    css: CSS,
  });
}
