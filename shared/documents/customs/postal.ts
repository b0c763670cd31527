// The UPU customs declarations for postal items, laid out as the forms are: CN 23 (full page, with
// addresses, references, licences and certificates) and CN 22 (the compact label, half an A4 at
// most, to cut out and attach). The sender's logo is left off: that corner belongs to the post.
import { type Markup, type RenderedPage, html } from '../html';
import { documentTotals } from '../../domain/customs/totals';
import { POSTAL_CATEGORIES, type Party, type PostalData } from '../../schemas/customs';
import type { TemplateContext } from './context';
import { type Formats, formats } from './format';
import { frame, identity } from './frame';
import { box, boxes, signature } from './layout';
import { documentTitle } from './titles';

const CSS = `
.cnid { display: flex; justify-content: flex-end; margin-bottom: 2mm; }
.cnid dl { display: grid; grid-template-columns: repeat(4, auto); gap: 0 2.5mm; margin: 0; font-size: 8pt; }
.cnid dd { margin: 0; font-weight: bold; }
.cnid .fin { font-size: 7.5pt; margin-left: 4mm; }
/* The form's parts are stacked bordered blocks; pulling each up by a border's width makes two
   touching borders one line. */
.cn > * + * { margin-top: -0.3mm; }
.cn .boxes { margin-bottom: 0; }
.cnhead { display: grid; grid-template-columns: 1fr auto auto; align-items: center; gap: 4mm; padding: 1.5mm 2mm; border: 0.3mm solid #000; }
.cnhead .big { font-weight: bold; font-size: 12pt; text-transform: uppercase; }
.cnhead .fr { font-size: 8pt; font-style: italic; }
.cnhead .form { font-weight: bold; font-size: 18pt; border: 0.6mm solid #000; padding: 0.5mm 3mm; }
.cnhead .opened { font-size: 8pt; max-width: 32mm; text-align: right; }
dl.addr { display: grid; grid-template-columns: auto 1fr; gap: 0.2mm 2mm; margin: 0; }
dl.addr dt { font-size: 6.5pt; text-transform: uppercase; color: #333; padding-top: 0.5mm; }
dl.addr dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
.cats { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.8mm 3mm; }
.tick { display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.35mm solid #000; margin-right: 1.2mm; vertical-align: -0.6mm; text-align: center; font: bold 8pt/3.2mm "Liberation Sans", Arial, sans-serif; }
.l.next { margin-top: 1.5mm; }
.cn table { font-size: 8.5pt; }
col.cq { width: 16mm; } col.ckg { width: 18mm; } col.cval { width: 22mm; } col.chs { width: 24mm; } col.corig { width: 30mm; }
.cert { padding: 1.5mm 2mm; font-size: 8pt; border: 0.3mm solid #000; }
.cn .sigline { margin-top: 10mm; }
.cut { width: 146mm; border: 0.3mm dashed #000; padding: 2.7mm; }
.cn22 { font-size: 7.5pt; line-height: 1.2; }
.cn22 .cnhead { padding: 1mm 1.5mm; }
.cn22 .cnhead .big { font-size: 9.5pt; }
.cn22 .cnhead .fr, .cn22 .cnhead .opened { font-size: 7pt; }
.cn22 .cnhead .form { font-size: 13pt; }
.cn22 .box { min-height: 0; padding: 0.6mm 1.2mm 0.8mm; }
.cn22 .l { font-size: 6pt; }
.cn22 table { font-size: 7.5pt; }
.cn22 th { font-size: 6.5pt; padding: 0.8mm 1mm; }
.cn22 td { padding: 0.8mm 1mm; }
.cn22 col.cq { width: 15mm; } .cn22 col.ckg { width: 14mm; } .cn22 col.cval { width: 17mm; } .cn22 col.chs { width: 19mm; } .cn22 col.corig { width: 17mm; }
.cn22 .cert { font-size: 6.8pt; padding: 1mm 1.5mm; }
.cn22 .tick { width: 3mm; height: 3mm; font-size: 7pt; line-height: 2.6mm; }
.cn22 .sigline { margin-top: 7mm; font-size: 7pt; }
`;

export function postalTitle(data: PostalData, ctx: TemplateContext): string {
  const t = formats(ctx.lang).w.titles;
  return data.form === 'CN22' ? documentTitle(t.CN22, t.CN22Draft, ctx) : documentTitle(t.CN23, t.CN23Draft, ctx);
}

function head(d: PostalData, f: Formats): Markup {
  const w = f.w.postal;
  return html`<div class="cnhead"><div><div class="big">${w.heading}</div><div class="fr">${w.headingFr}</div></div><div class="form">${f.w.titles[d.form]}</div><div class="opened">${w.mayBeOpened}</div></div>`;
}

/** The address as the form's labelled lines. */
function address(p: Party, f: Formats, withReach = false): Markup {
  const w = f.w.postal;
  const rows: [string, string][] = [
    [w.name, p.name],
    [w.business, p.company],
    [w.street, [p.address, p.state].filter(Boolean).join('\n')],
    [w.postcode, p.postalCode],
    [w.city, p.city],
    [w.country, f.countryWithCode(p.country)],
    ...(withReach && p.phone ? [[f.w.party.phone, p.phone] as [string, string]] : []),
    ...(withReach && p.email ? [[f.w.party.email, p.email] as [string, string]] : []),
  ];
  return html`<dl class="addr">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

/** The identifiers a party has, labelled ("EORI: ES123 · Tax ID: B123"). */
function references(p: Party, f: Formats): string {
  const w = f.w.party;
  return (
    [
      [w.taxId, p.taxId],
      [w.eori, p.eori],
      [w.ioss, p.ioss],
      [w.customsCode, p.customsCode],
      [w.reference, p.reference],
    ] as const
  )
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

function reach(p: Party, f: Formats): string {
  return [p.phone && `${f.w.party.phone} ${p.phone}`, p.email].filter(Boolean).join('\n');
}

function categories(d: PostalData, f: Formats): Markup {
  const w = f.w.postal;
  return html`<div class="cats">${POSTAL_CATEGORIES.map(
    (c) => html`<div><span class="tick">${d.category === c ? 'X' : ''}</span>${w.categories[c]}</div>`,
  )}</div>`;
}

function itemsTable(d: PostalData, f: Formats, compact: boolean): Markup {
  const w = f.w.postal;
  const values = documentTotals({ type: 'postal', data: d }).itemValues;
  const cur = d.currency ? ` (${d.currency})` : '';
  const rows =
    d.items.length === 0
      ? html`<tr><td colspan="6" class="empty">${w.noItems}</td></tr>`
      : d.items.map(
          (item, i) =>
            html`<tr><td class="v">${item.description}</td><td class="num">${f.quantity(item.quantity)}</td><td class="num">${f.quantity(item.netKg)}</td><td class="num">${f.amount(
              values[i] ?? '',
              d.currency,
            )}</td><td>${item.hsCode}</td><td>${compact ? item.originCountry : f.countryWithCode(item.originCountry)}</td></tr>`,
        );
  return html`<table>
<colgroup><col><col class="cq"><col class="ckg"><col class="cval"><col class="chs"><col class="corig"></colgroup>
<thead><tr><th rowspan="2">${compact ? w.colDescriptionCn22 : w.colDescription}</th><th rowspan="2" class="num">${w.colQuantity}</th><th rowspan="2" class="num">${
    compact ? w.colWeight : w.colNetKg
  }</th><th rowspan="2" class="num">${w.colValue}${cur}</th><th colspan="2">${w.commercialOnly}</th></tr>
<tr><th>${w.colHs}</th><th>${w.colOrigin}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function cn23(d: PostalData, f: Formats): Markup {
  const w = f.w.postal;
  const c = f.w.common;
  const totals = documentTotals({ type: 'postal', data: d });
  return html`<div class="cn">
${head(d, f)}
${boxes(2, [
  box(w.from, address(d.sender, f, true)),
  box(w.senderReference, references(d.sender, f)),
  box(w.to, address(d.addressee, f)),
  html`<div class="box"><div class="l">${w.importerReference}</div><div class="v">${references(d.addressee, f)}</div><div class="l next">${w.importerContact}</div><div class="v">${reach(d.addressee, f)}</div></div>`,
])}
${itemsTable(d, f, false)}
${boxes(3, [
  box(w.totalGross, f.quantity(d.grossKg)),
  box(w.totalValue, html`<b>${f.money(totals.goods, d.currency)}</b>`),
  box(w.postage, f.money(d.postage, d.currency)),
  box(w.category, categories(d, f), 's2'),
  box(w.explanation, d.categoryExplanation),
  box(w.comments, d.comments, 'full'),
  box(`${w.licence}: ${w.licenceNumbers}`, d.licenceNumbers),
  box(`${w.certificate}: ${w.certificateNumbers}`, d.certificateNumbers),
  box(`${w.invoice}: ${w.invoiceNumber}`, d.invoiceNumber),
])}
<div class="cert">${w.certifyCn23}</div>
${boxes(2, [box(w.placeDateSignature, [d.place, f.date(d.date)].filter(Boolean).join(', ')), html`<div class="box">${signature(c.signature, [d.signatory])}</div>`])}
</div>`;
}

/** CN 22 names the parties only briefly: their full addresses are on the item itself. */
function compactParty(label: string, p: Party, f: Formats): Markup {
  const lines = [
    [p.company, p.name].filter(Boolean).join(', '),
    [[p.postalCode, p.city].filter(Boolean).join(' '), f.countryWithCode(p.country)].filter(Boolean).join(', '),
    references(p, f).replaceAll('\n', ' · '),
  ];
  return box(label, lines.filter(Boolean).join('\n'));
}

function cn22(d: PostalData, f: Formats): Markup {
  const w = f.w.postal;
  const c = f.w.common;
  const totals = documentTotals({ type: 'postal', data: d });
  const papers = [
    d.invoiceNumber ? box(w.invoiceNumber, d.invoiceNumber) : null,
    d.licenceNumbers ? box(w.licenceNumbers, d.licenceNumbers) : null,
    d.certificateNumbers ? box(w.certificateNumbers, d.certificateNumbers) : null,
  ].filter((m): m is Markup => m !== null);
  return html`<div class="cut"><div class="cn cn22">
${head(d, f)}
${boxes(2, [compactParty(w.from, d.sender, f), compactParty(w.to, d.addressee, f)])}
${boxes(2, [box(w.category, categories(d, f), 'full'), ...(d.categoryExplanation ? [box(w.explanation, d.categoryExplanation, 'full')] : [])])}
${itemsTable(d, f, true)}
${boxes(2, [box(w.totalGross, f.quantity(d.grossKg)), box(w.totalValue, html`<b>${f.money(totals.goods, d.currency)}</b>`)])}
${papers.length > 0 ? boxes(papers.length === 3 ? 3 : 2, papers.length === 1 ? [...papers, box('', '')] : papers) : ''}
${d.comments ? boxes(2, [box(w.comments, d.comments, 'full')]) : ''}
<div class="cert">${w.certifyCn22}</div>
${boxes(2, [box(w.placeDateSignature, [d.place, f.date(d.date)].filter(Boolean).join(', ')), html`<div class="box">${signature(c.signature, [d.signatory])}</div>`])}
</div></div>`;
}

export function renderPostal(d: PostalData, ctx: TemplateContext): RenderedPage {
  const f = formats(ctx.lang);
  const form = d.form === 'CN22' ? cn22(d, f) : cn23(d, f);
  return frame({
    ctx,
    f,
    title: postalTitle(d, ctx),
    heading: f.w.titles[d.form],
    issuer: null,
    facts: [],
    head: html`<div class="cnid">${identity(ctx, f, [])}</div>`,
    body: form,
    css: CSS,
  });
}
