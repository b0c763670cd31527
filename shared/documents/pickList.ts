// The printed pick list: one row per line in walking order, with barcodes for bin, product and the
// list itself, a tick box and a blank "picked" cell to write in. Labels arrive already translated,
// so the template knows no i18n; all values are escaped by `html`.
import { type Markup, type Paper, type RenderedPage, cssString, html, renderDocument } from './html';

export interface PickListLabels {
  title: string;
  number: string;
  kind: string;
  kindOrder: string;
  kindWave: string;
  createdAt: string;
  orders: string;
  lines: string;
  done: string;
  seq: string;
  bin: string;
  zone: string;
  product: string;
  quantity: string;
  picked: string;
  container: string;
  order: string;
  pickedBy: string;
  checkedBy: string;
  /** Footer; `{{page}}` and `{{pages}}` become the page counters. */
  pageOf: string;
  noLines: string;
}

export interface PickListDocumentLine {
  seq: number;
  binCode: string;
  binBarcode: Markup | null;
  zone: string;
  sku: string;
  productName: string;
  productBarcode: Markup | null;
  /** The code under the product barcode: the GTIN when it was used, else the SKU. */
  productCode: string;
  quantity: string;
  unit: string;
  container: string;
  orderNumber: string;
}

export interface PickListDocument {
  number: string;
  numberBarcode: Markup | null;
  kind: 'order' | 'wave';
  /** Already formatted for the reader. */
  createdAt: string;
  orderCount: number;
  paper: Paper;
  lang: string;
  labels: PickListLabels;
  lines: PickListDocumentLine[];
}

const CSS = `
header.doc { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm; margin-bottom: 4mm; }
h1 { font-size: 16pt; margin: 0 0 1.5mm; }
dl.facts { display: grid; grid-template-columns: auto auto; gap: 0.5mm 4mm; margin: 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.listcode { text-align: center; font: bold 11pt "Liberation Mono", "Courier New", monospace; }
.listcode svg { display: block; height: 13mm; width: auto; max-width: 60mm; margin: 0 auto 1mm; }
col.tick { width: 12mm; } col.seq { width: 8mm; } col.bin { width: 36mm; } col.zone { width: 12mm; }
col.qty { width: 17mm; } col.picked { width: 17mm; } col.dest { width: 28mm; }
td.num, th.num { text-align: right; }
td.seq { text-align: right; }
td.tick { text-align: center; }
.box { display: inline-block; width: 5mm; height: 5mm; border: 0.4mm solid #000; }
.code { font: bold 10.5pt "Liberation Mono", "Courier New", monospace; }
.small { font-size: 8pt; }
/* Side padding keeps the quiet zone a scanner needs beside the bars. */
.barcode svg { display: block; height: 9mm; width: auto; max-width: 100%; margin-top: 1mm; padding: 0 2mm; }
td.qty { font-size: 12pt; font-weight: bold; text-align: right; white-space: nowrap; }
td.qty .unit { font-size: 7.5pt; font-weight: normal; }
.sign { display: flex; gap: 10mm; margin-top: 8mm; }
.sign div { flex: 1; border-top: 0.3mm solid #000; padding-top: 1mm; font-size: 8pt; }
`;

function pageFooterCss(doc: PickListDocument): string {
  // Page margin boxes (Chromium 131+): the counters exist only there, so the text goes in CSS.
  const [before, middle, after] = splitCounters(doc.labels.pageOf);
  return `@page { @bottom-left { content: ${cssString(`${doc.labels.title} ${doc.number}`)}; font: 8pt sans-serif; }
  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; font: 8pt sans-serif; } }
`;
}

/** "Page {{page}} of {{pages}}" -> ["Page ", " of ", ""]. */
function splitCounters(text: string): [string, string, string] {
  const m = /^(.*?)\{\{\s*page\s*\}\}(.*?)\{\{\s*pages\s*\}\}(.*)$/s.exec(text);
  return m ? [m[1]!, m[2]!, m[3]!] : [`${text} `, ' / ', ''];
}

function line(l: PickListDocumentLine): Markup {
  return html`<tr>
<td class="tick"><span class="box"></span></td>
<td class="seq">${l.seq}</td>
<td><div class="code">${l.binCode}</div><div class="barcode">${l.binBarcode}</div></td>
<td>${l.zone}</td>
<td><div class="code">${l.sku}</div><div>${l.productName}</div><div class="barcode">${l.productBarcode}</div>${
    l.productBarcode && l.productCode !== l.sku ? html`<div class="small">${l.productCode}</div>` : ''
  }</td>
<td class="qty">${l.quantity} <span class="unit">${l.unit}</span></td>
<td></td>
<td><div class="code">${l.container}</div><div class="small">${l.orderNumber}</div></td>
</tr>`;
}

export function renderPickList(doc: PickListDocument): RenderedPage {
  const t = doc.labels;
  const body = html`<header class="doc">
<div>
<h1>${t.title} ${doc.number}</h1>
<dl class="facts">
<dt>${t.kind}</dt><dd>${doc.kind === 'wave' ? t.kindWave : t.kindOrder}</dd>
<dt>${t.createdAt}</dt><dd>${doc.createdAt}</dd>
<dt>${t.orders}</dt><dd>${doc.orderCount}</dd>
<dt>${t.lines}</dt><dd>${doc.lines.length}</dd>
</dl>
</div>
<div class="listcode">${doc.numberBarcode}${doc.number}</div>
</header>
<table>
<colgroup><col class="tick"><col class="seq"><col class="bin"><col class="zone"><col class="product"><col class="qty"><col class="picked"><col class="dest"></colgroup>
<thead><tr><th>${t.done}</th><th class="num">${t.seq}</th><th>${t.bin}</th><th>${t.zone}</th><th>${t.product}</th><th class="num">${t.quantity}</th><th>${t.picked}</th><th>${t.container} / ${t.order}</th></tr></thead>
<tbody>
${doc.lines.length > 0 ? doc.lines.map(line) : html`<tr><td colspan="8">${t.noLines}</td></tr>`}
</tbody>
</table>
<div class="sign"><div>${t.pickedBy}</div><div>${t.checkedBy}</div></div>`;
  return renderDocument({ title: `${t.title} ${doc.number}`, lang: doc.lang, paper: doc.paper, css: CSS + pageFooterCss(doc), body });
}
