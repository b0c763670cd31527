// The pieces every customs document is built from: labelled boxes in a grid (as customs forms
// are), party blocks, totals, signature lines, and the stylesheet they share.
import { type HtmlValue, type Markup, html } from '../html';
import type { Party } from '../../schemas/customs';
import type { Formats } from './format';

export const LAYOUT_CSS = `
.dochead { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm; padding-bottom: 2.5mm; border-bottom: 0.6mm solid #000; margin-bottom: 3mm; }
.issuer { display: flex; gap: 3mm; align-items: flex-start; min-width: 0; max-width: 58%; }
.issuer img.logo { display: block; max-height: 16mm; max-width: 38mm; object-fit: contain; }
.issuer .iname { font-weight: bold; font-size: 11pt; overflow-wrap: anywhere; }
.issuer .iline { font-size: 8pt; overflow-wrap: anywhere; }
.ident { text-align: right; min-width: 0; }
.ident h1 { font-size: 15pt; margin: 0 0 1.5mm; line-height: 1.15; }
.ident dl { display: grid; grid-template-columns: auto auto; justify-content: end; gap: 0.3mm 3mm; margin: 0; font-size: 8.5pt; }
.ident dt { text-align: right; }
.ident dd { margin: 0; font-weight: bold; text-align: left; overflow-wrap: anywhere; }
.ident .fin { font-size: 7.5pt; margin-top: 1mm; }
.banner { border: 0.8mm solid #000; background: #e6e6e6; padding: 1.6mm 3mm; margin: 0 0 3mm; font-weight: bold; font-size: 11pt; text-align: center; text-transform: uppercase; letter-spacing: 0.2mm; }
.banner.void, .banner.replaced { background: #000; color: #fff; }
.watermark { position: fixed; top: 42%; left: -20%; right: -20%; text-align: center; font: bold 84pt/1 "Liberation Sans", Arial, sans-serif; color: rgba(0, 0, 0, 0.07); transform: rotate(-35deg); z-index: -1; }
.boxes { display: grid; border-top: 0.3mm solid #000; border-left: 0.3mm solid #000; margin: 0 0 3mm; }
.c2 { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.c3 { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.c4 { grid-template-columns: repeat(4, minmax(0, 1fr)); }
.box { border-right: 0.3mm solid #000; border-bottom: 0.3mm solid #000; padding: 0.8mm 1.5mm 1mm; min-height: 9mm; min-width: 0; break-inside: avoid; }
.box.s2 { grid-column: span 2; }
.box.s3 { grid-column: span 3; }
.box.full { grid-column: 1 / -1; }
.l { font-size: 6.5pt; text-transform: uppercase; letter-spacing: 0.1mm; color: #333; line-height: 1.2; margin-bottom: 0.4mm; }
.v { white-space: pre-line; overflow-wrap: anywhere; }
.party { min-height: 24mm; }
.party .pname { font-weight: bold; }
.party .ids { font-size: 8pt; margin-top: 0.6mm; }
.sub { font-size: 7.5pt; color: #222; }
.small { font-size: 8pt; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.c, th.c { text-align: center; }
tr.sum td { font-weight: bold; background: #f4f4f4; }
.empty { text-align: center; font-style: italic; }
h2 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
table.sums { width: 48%; margin: 2mm 0 3mm auto; }
table.sums th { width: 58%; font-size: 8.5pt; background: none; font-weight: normal; }
table.sums tr.grand th, table.sums tr.grand td { font-weight: bold; font-size: 10.5pt; background: #e6e6e6; }
.words { border: 0.3mm solid #000; padding: 1mm 1.5mm; margin: 0 0 3mm; break-inside: avoid; }
.words .v::first-letter { text-transform: uppercase; }
.text { white-space: pre-line; overflow-wrap: anywhere; text-align: justify; }
.sign { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 10mm; margin-top: 5mm; break-inside: avoid; }
.box.sigbox { min-height: 18mm; }
th { font-size: 7.5pt; }
.sigline { border-top: 0.3mm solid #000; margin-top: 15mm; padding-top: 1mm; font-size: 8pt; }
`;

/** A labelled box of a form; `span` widens it in its grid. */
export function box(label: string, value: HtmlValue, span: '' | 's2' | 's3' | 'full' = ''): Markup {
  return html`<div class="box${span ? ` ${span}` : ''}"><div class="l">${label}</div><div class="v">${value}</div></div>`;
}

export function boxes(columns: 2 | 3 | 4, cells: Markup[]): Markup {
  return html`<div class="boxes c${columns}">${cells}</div>`;
}

/** The lines of an address as a postman reads them, country in the document's language. */
export function addressLines(p: Party, f: Formats): string[] {
  return [p.address, [p.postalCode, p.city].filter(Boolean).join(' '), p.state, f.country(p.country)].filter((l) => l.trim() !== '');
}

/** A party with the identifiers customs asks for; blank parts print nothing. */
export function partyBox(label: string, p: Party, f: Formats, span: '' | 's2' | 'full' = ''): Markup {
  const w = f.w.party;
  const title = p.company || p.name;
  const contact = p.company && p.name ? p.name : '';
  const ids = (
    [
      [w.taxId, p.taxId],
      [w.eori, p.eori],
      [w.ioss, p.ioss],
      [w.customsCode, p.customsCode],
      [w.reference, p.reference],
    ] as const
  ).filter(([, v]) => v !== '');
  const reach = [p.phone && `${w.phone} ${p.phone}`, p.email].filter(Boolean);
  return html`<div class="box party${span ? ` ${span}` : ''}"><div class="l">${label}</div>
<div class="pname">${title}</div>${contact ? html`<div>${w.contact}: ${contact}</div>` : ''}
<div class="v">${addressLines(p, f).join('\n')}</div>${reach.length > 0 ? html`<div class="small">${reach.join(' · ')}</div>` : ''}${
    ids.length > 0 ? html`<div class="ids">${ids.map(([k, v], i) => html`${i > 0 ? ' · ' : ''}${k}: <b>${v}</b>`)}</div>` : ''
  }</div>`;
}

/** A right-hand block of totals; the last row is the grand total. */
export function sums(rows: [string, string][]): Markup {
  return html`<table class="sums"><tbody>${rows.map(
    ([label, value], i) => html`<tr${i === rows.length - 1 ? html` class="grand"` : ''}><th>${label}</th><td class="num">${value}</td></tr>`,
  )}</tbody></table>`;
}

/** A blank line to sign on, with who signs under it. */
export function signature(caption: string, lines: string[]): Markup {
  return html`<div><div class="sigline">${caption}</div>${lines.filter(Boolean).map((l) => html`<div class="small">${l}</div>`)}</div>`;
}

/** An empty box to sign (and stamp) in. */
export function signatureBox(label: string, span: '' | 's2' = ''): Markup {
  return html`<div class="box sigbox${span ? ` ${span}` : ''}"><div class="l">${label}</div></div>`;
}

/** "Brand: X · Model: Y": the labelled extras under a description. */
export function extras(parts: [string, string][]): string {
  return parts
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join(' · ');
}
