// The export customs declaration as the declarant files it: parties, the transport and value
// boxes, then the goods items (aggregated by HS code, origin and procedure when asked, with the
// detailed items they group in an annex), and the declarant's certification and signature.
import { type Markup, type RenderedPage, html } from '../html';
import { type AggregatedItem, declaredItems } from '../../domain/customs/aggregation';
import { documentTotals } from '../../domain/customs/totals';
import type { DeclarationData } from '../../schemas/customs';
import type { TemplateContext } from './context';
import { type Formats, formats, lookup } from './format';
import { frame } from './frame';
import { box, boxes, extras, partyBox, signatureBox } from './layout';
import { documentTitle } from './titles';
import { fill } from './words';

const CSS = `
table.items { font-size: 8pt; }
table.items th { font-size: 7.5pt; }
col.no { width: 8mm; } col.hs { width: 21mm; } col.qty { width: 22mm; } col.kg { width: 15mm; }
col.price { width: 18mm; } col.val { width: 22mm; } col.orig { width: 14mm; }
table.detail col.dno { width: 9mm; } table.detail col.grp { width: 17mm; } table.detail col.sku { width: 26mm; }
.code { font-family: "Liberation Mono", "Courier New", monospace; font-size: 7.5pt; }
.cert { margin: 4mm 0 2mm; font-style: italic; }
`;

export function declarationTitle(_data: DeclarationData, ctx: TemplateContext): string {
  const t = formats(ctx.lang).w.titles;
  return documentTitle(t.declaration, t.declarationDraft, ctx);
}

function header(d: DeclarationData, f: Formats): Markup {
  const w = f.w.declaration;
  const totals = documentTotals({ type: 'declaration', data: d });
  const money = (v: string) => f.money(v, d.currency);
  const mode = d.transportMode ? `${d.transportMode} – ${lookup(f.w.transportModes, d.transportMode) ?? ''}` : '';
  const incoterm = d.incoterm
    ? html`${d.incoterm} ${d.incotermPlace}<div class="sub">${f.incotermName(d.incoterm)}, ${f.w.incoterms.edition}</div>`
    : d.incotermPlace;
  const packages = [d.packageCount, d.packageKind].filter(Boolean).join(' ');
  const attached = d.attachedDocuments.map((a) => [a.code, a.reference].filter(Boolean).join(' ')).join('\n');
  const parties = [
    partyBox(w.exporter, d.exporter, f),
    partyBox(w.consignee, d.consignee, f),
    partyBox(w.declarant, d.declarant, f),
    ...(d.sellerDiffers ? [partyBox(w.seller, d.seller, f)] : []),
    ...(d.buyerDiffers ? [partyBox(w.buyer, d.buyer, f)] : []),
  ];
  // A party short of a full row gets empty neighbours so the grid's borders close.
  while (parties.length % 3 !== 0) parties.push(box('', ''));
  return html`${boxes(3, parties)}
${boxes(4, [
  box(w.declarationType, d.declarationType),
  box(w.procedure, d.procedure),
  box(w.lrn, d.lrn, 's2'),
  box(w.declarantRole, w.roles[d.declarantRole], 's2'),
  box(w.dispatchCountry, f.countryWithCode(d.dispatchCountry)),
  box(w.destinationCountry, f.countryWithCode(d.destinationCountry)),
  box(w.customsOffice, d.customsOffice),
  box(w.exitPort, d.exitPort),
  box(w.transportMode, mode, 's2'),
  box(w.meansOfTransport, d.meansOfTransport, 's2'),
  box(w.transportDocument, d.transportDocument, 's2'),
  box(w.incoterm, incoterm, 's2'),
  box(w.contractNumber, d.contractNumber),
  box(w.invoiceNumber, d.invoiceNumber),
  box(w.packages, packages),
  box(w.grossKg, f.quantity(d.grossKg)),
  box(w.netKg, f.quantity(d.netKg)),
  box(w.currency, d.currency),
  box(w.goodsValue, money(totals.goods)),
  box(w.freight, money(d.freight)),
  box(w.insurance, money(d.insurance)),
  box(w.otherCosts, money(d.otherCosts)),
  box(w.totalValue, html`<b>${money(totals.total)}</b>`, 's2'),
  box(w.attachedDocuments, attached, 's2'),
  box(w.marks, d.marks, 'full'),
])}`;
}

function itemRow(item: AggregatedItem, no: number, d: DeclarationData, f: Formats): Markup {
  const w = f.w.declaration;
  const more = extras([
    [w.brand, item.brand],
    [w.model, item.model],
    [w.specification, item.specification],
    [w.sku, item.sku],
  ]);
  const groups = d.aggregate ? fill(w.groups, { items: item.sourceItems.join(', ') }) : '';
  const supplementary = item.supplementaryQuantity ? `${f.quantity(item.supplementaryQuantity)} ${item.supplementaryUnit}` : item.supplementaryUnit;
  return html`<tr>
<td class="num">${no}</td>
<td class="code">${item.hsCode}</td>
<td><div class="v">${item.description}</div>${more ? html`<div class="sub">${more}</div>` : ''}${groups ? html`<div class="sub"><i>${groups}</i></div>` : ''}</td>
<td class="num">${f.quantity(item.quantity)} ${item.unit}${supplementary ? html`<div class="sub">${supplementary}</div>` : ''}</td>
<td class="num">${f.quantity(item.netKg)}</td>
<td class="num">${f.price(item.unitPrice, d.currency)}</td>
<td class="num">${f.amount(item.value, d.currency)}</td>
<td class="c">${item.originCountry}<div class="sub">${item.procedure}</div></td>
</tr>`;
}

function itemsTable(d: DeclarationData, f: Formats): Markup {
  const w = f.w.declaration;
  const items = declaredItems(d.items, d.aggregate, d.currency);
  const totals = documentTotals({ type: 'declaration', data: d });
  const units = new Set(items.map((i) => i.unit));
  const cur = d.currency ? ` (${d.currency})` : '';
  const rows =
    items.length === 0
      ? html`<tr><td colspan="8" class="empty">${w.noItems}</td></tr>`
      : html`${items.map((item, i) => itemRow(item, i + 1, d, f))}
<tr class="sum"><td colspan="3">${f.w.common.totals}</td><td class="num">${units.size === 1 ? `${f.quantity(totals.quantity)} ${items[0]!.unit}` : ''}</td><td class="num">${f.quantity(totals.netKg)}</td><td></td><td class="num">${f.amount(totals.goods, d.currency)}</td><td></td></tr>`;
  return html`<h2>${d.aggregate ? w.itemsAggregated : w.items}</h2>
<table class="items">
<colgroup><col class="no"><col class="hs"><col><col class="qty"><col class="kg"><col class="price"><col class="val"><col class="orig"></colgroup>
<thead><tr><th class="num">${w.colItem}</th><th>${w.colHs}</th><th>${w.colDescription}</th><th class="num">${w.colQuantity}<div class="sub">${w.colSupplementary}</div></th><th class="num">${w.colNetKg}</th><th class="num">${w.colUnitPrice}${cur}</th><th class="num">${w.colValue}${cur}</th><th class="c">${w.colOrigin}<div class="sub">${w.colProcedure}</div></th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** The detailed items behind an aggregated declaration, each with the declared item it went into. */
function detailTable(d: DeclarationData, f: Formats): Markup {
  const w = f.w.declaration;
  if (!d.aggregate) return html``;
  const groups = declaredItems(d.items, true, d.currency);
  if (groups.every((g) => g.sourceItems.length === 1)) return html``;
  const groupOf = new Map<number, number>();
  groups.forEach((g, i) => g.sourceItems.forEach((n) => groupOf.set(n, i + 1)));
  const detailed = declaredItems(d.items, false, d.currency);
  const cur = d.currency ? ` (${d.currency})` : '';
  return html`<h2>${w.detail}</h2>
<table class="items detail">
<colgroup><col class="dno"><col class="grp"><col class="sku"><col><col class="hs"><col class="qty"><col class="kg"><col class="val"></colgroup>
<thead><tr><th class="num">#</th><th class="num">${w.colDeclaredAs}</th><th>${w.sku}</th><th>${w.colDescription}</th><th>${w.colHs}</th><th class="num">${w.colQuantity}</th><th class="num">${w.colNetKg}</th><th class="num">${w.colValue}${cur}</th></tr></thead>
<tbody>
${detailed.map(
  (item, i) =>
    html`<tr><td class="num">${i + 1}</td><td class="num">${groupOf.get(i + 1) ?? ''}</td><td>${item.sku}</td><td>${item.description}</td><td class="code">${item.hsCode}</td><td class="num">${f.quantity(item.quantity)} ${item.unit}</td><td class="num">${f.quantity(item.netKg)}</td><td class="num">${f.amount(item.value, d.currency)}</td></tr>`,
)}
</tbody>
</table>`;
}

export function renderDeclaration(d: DeclarationData, ctx: TemplateContext): RenderedPage {
  const f = formats(ctx.lang);
  const w = f.w.declaration;
  const c = f.w.common;
  const body = html`${header(d, f)}
${itemsTable(d, f)}
${detailTable(d, f)}
<p class="cert">${w.certification}</p>
${boxes(4, [box(c.place, d.place), box(c.date, f.date(d.date)), box(w.signatory, d.signatory), signatureBox(c.signature)])}`;
  return frame({
    ctx,
    f,
    title: declarationTitle(d, ctx),
    heading: f.w.titles.declaration,
    issuer: d.declarant,
    facts: [
      [w.lrn, d.lrn],
      [c.date, f.date(d.date)],
    ],
    body,
    css: CSS,
  });
}
