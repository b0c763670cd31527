// The commercial invoice: seller, consignee and buyer, the terms of delivery and payment, the goods
// with HS code and origin, the totals (and the total in words), the reason for export and the
// exporter's declaration above the signature.
import { type Markup, type RenderedPage, html } from '../html';
import { amountInWords } from '../../domain/amountInWords';
import { documentTotals } from '../../domain/customs/totals';
import { isDecimalString } from '../../domain/money';
import type { InvoiceData } from '../../schemas/customs';
import type { TemplateContext } from './context';
import { type Formats, formats } from './format';
import { frame } from './frame';
import { box, boxes, extras, partyBox, signatureBox, sums } from './layout';
import { documentTitle } from './titles';

const CSS = `
table.lines { font-size: 8.5pt; }
col.no { width: 8mm; } col.hs { width: 21mm; } col.orig { width: 14mm; } col.qty { width: 15mm; } col.unit { width: 14mm; }
col.kg { width: 15mm; } col.price { width: 20mm; } col.total { width: 24mm; }
.code { font-family: "Liberation Mono", "Courier New", monospace; font-size: 7.5pt; }
`;

export function invoiceTitle(_data: InvoiceData, ctx: TemplateContext): string {
  const t = formats(ctx.lang).w.titles;
  return documentTitle(t.invoice, t.invoiceDraft, ctx);
}

/** The total in words, or '' while it cannot be said (no currency yet). */
export function totalInWords(total: string, currency: string, f: Formats): string {
  return /^[A-Z]{3}$/.test(currency) && isDecimalString(total) ? amountInWords(total, currency, f.lang) : '';
}

function lines(d: InvoiceData, f: Formats, itemValues: string[], goods: string): Markup {
  const w = f.w.invoice;
  const cur = d.currency ? ` (${d.currency})` : '';
  const rows =
    d.items.length === 0
      ? html`<tr><td colspan="9" class="empty">${w.noItems}</td></tr>`
      : html`${d.items.map(
          (item, i) => html`<tr>
<td class="num">${i + 1}</td>
<td><div class="v">${item.description}</div>${item.sku ? html`<div class="sub">${extras([[w.sku, item.sku]])}</div>` : ''}</td>
<td class="code">${item.hsCode}</td>
<td class="c">${item.originCountry}</td>
<td class="num">${f.quantity(item.quantity)}</td>
<td>${f.unit(item.unit)}</td>
<td class="num">${f.quantity(item.netKg)}</td>
<td class="num">${f.price(item.unitPrice, d.currency)}</td>
<td class="num">${f.amount(itemValues[i] ?? '', d.currency)}</td>
</tr>`,
        )}
<tr class="sum"><td colspan="8">${w.goodsTotal}</td><td class="num">${f.amount(goods, d.currency)}</td></tr>`;
  return html`<table class="lines">
<colgroup><col class="no"><col><col class="hs"><col class="orig"><col class="qty"><col class="unit"><col class="kg"><col class="price"><col class="total"></colgroup>
<thead><tr><th class="num">${w.colNo}</th><th>${w.colDescription}</th><th>${w.colHs}</th><th class="c">${w.colOrigin}</th><th class="num">${w.colQuantity}</th><th>${w.colUnit}</th><th class="num">${w.colNetKg}</th><th class="num">${w.colUnitPrice}${cur}</th><th class="num">${w.colTotal}${cur}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

export function renderInvoice(d: InvoiceData, ctx: TemplateContext): RenderedPage {
  const f = formats(ctx.lang);
  const w = f.w.invoice;
  const c = f.w.common;
  const totals = documentTotals({ type: 'invoice', data: d });
  const money = (v: string) => f.money(v, d.currency);
  const parties = [partyBox(w.seller, d.seller, f), partyBox(w.consignee, d.consignee, f), ...(d.buyerDiffers ? [partyBox(w.buyer, d.buyer, f)] : [])];
  const incoterm = d.incoterm
    ? html`${d.incoterm} ${d.incotermPlace}<div class="sub">${f.incotermName(d.incoterm)}, ${f.w.incoterms.edition}</div>`
    : d.incotermPlace;
  const words = totalInWords(totals.total, d.currency, f);
  const body = html`${boxes(parties.length === 3 ? 3 : 2, parties)}
${boxes(4, [
  box(w.incoterm, incoterm, 's2'),
  box(w.paymentTerms, d.paymentTerms, 's2'),
  box(w.currency, d.currency),
  box(w.carrier, d.carrier),
  box(w.waybill, d.waybill, 's2'),
  box(w.packages, d.packageCount),
  box(w.grossKg, f.quantity(d.grossKg)),
  box(w.netKg, f.quantity(d.netKg)),
  box(w.reasonForExport, w.reasons[d.reasonForExport]),
])}
${lines(d, f, totals.itemValues, totals.goods)}
${sums([
  [w.goodsTotal, money(totals.goods)],
  // As typed: a draft's half-typed figure shows as it is rather than as nothing.
  [w.freight, money(d.freight)],
  [w.insurance, money(d.insurance)],
  [w.otherCosts, money(d.otherCosts)],
  [w.invoiceTotal, money(totals.total)],
])}
${words ? html`<div class="words"><div class="l">${w.inWords}</div><div class="v">${words}</div></div>` : ''}
${d.declaration ? html`<div class="words"><div class="l">${w.declaration}</div><div class="text">${d.declaration}</div></div>` : ''}
${boxes(4, [
  box(c.place, d.place),
  box(c.date, f.date(d.signedOn)),
  box(w.signatory, [d.signatory.name, d.signatory.role].filter(Boolean).join('\n')),
  signatureBox(c.signatureStamp),
])}`;
  return frame({
    ctx,
    f,
    title: invoiceTitle(d, ctx),
    heading: f.w.titles.invoice,
    issuer: d.seller,
    facts: [
      [w.date, f.date(d.date)],
      [w.orderReference, d.orderReference],
    ],
    body,
    css: CSS,
  });
}
