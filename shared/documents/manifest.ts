// The loading manifest as printed: the handover document the driver signs. Carrier, vehicle,
// driver, departure, every parcel with its tracking number, order, consignee, country and weight,
// the count and total weight, and a signature line for the driver and one for the shipper. Labels
// arrive translated; every value is escaped by `html`.
import { type Markup, type Paper, type RenderedPage, cssString, html, renderDocument } from './html';
import type en from './words/manifest.en.json';

export type ManifestLabels = typeof en;

export interface ManifestDocumentParcel {
  trackingNumber: string;
  orderNumber: string;
  consignee: string;
  country: string;
  grossKg: string;
}

export interface ManifestDocument {
  number: string;
  numberBarcode: Markup | null;
  carrier: string;
  vehiclePlate: string;
  driver: string;
  /** Already formatted for the reader. */
  plannedDeparture: string;
  departedAt: string | null;
  parcels: ManifestDocumentParcel[];
  totalKg: string;
  paper: Paper;
  lang: string;
  labels: ManifestLabels;
}

const CSS = `
header.doc { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm; margin-bottom: 4mm; }
h1 { font-size: 16pt; margin: 0 0 1.5mm; }
dl.facts { display: grid; grid-template-columns: auto auto; gap: 0.5mm 4mm; margin: 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.listcode { text-align: center; font: bold 11pt "Liberation Mono", "Courier New", monospace; }
.listcode svg { display: block; height: 13mm; width: auto; max-width: 60mm; margin: 0 auto 1mm; }
td.num, th.num { text-align: right; }
.code { font: bold 10pt "Liberation Mono", "Courier New", monospace; }
tfoot td { font-weight: bold; border-top: 0.4mm solid #000; }
p.handover { margin-top: 6mm; }
.sign { display: flex; gap: 10mm; margin-top: 16mm; break-inside: avoid; }
.sign div { flex: 1; border-top: 0.3mm solid #000; padding-top: 1mm; font-size: 8pt; }
`;

function footerCss(doc: ManifestDocument): string {
  const m = /^(.*?)\{\{\s*page\s*\}\}(.*?)\{\{\s*pages\s*\}\}(.*)$/s.exec(doc.labels.pageOf);
  const [before, middle, after] = m ? [m[1]!, m[2]!, m[3]!] : [`${doc.labels.pageOf} `, ' / ', ''];
  return `@page { @bottom-left { content: ${cssString(`${doc.labels.title} ${doc.number}`)}; font: 8pt sans-serif; }
  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; font: 8pt sans-serif; } }
`;
}

export function renderManifest(doc: ManifestDocument): RenderedPage {
  const t = doc.labels;
  const count = doc.parcels.length;
  const rows = doc.parcels.map(
    (p, i) =>
      html`<tr><td class="num">${i + 1}</td><td class="code">${p.trackingNumber}</td><td>${p.orderNumber}</td><td>${p.consignee}</td><td>${p.country}</td><td class="num">${p.grossKg}</td></tr>`,
  );
  const body = html`<header class="doc">
<div>
<h1>${t.title} ${doc.number}</h1>
<dl class="facts">
<dt>${t.carrier}</dt><dd>${doc.carrier}</dd>
<dt>${t.vehicle}</dt><dd>${doc.vehiclePlate}</dd>
<dt>${t.driver}</dt><dd>${doc.driver}</dd>
<dt>${t.plannedDeparture}</dt><dd>${doc.plannedDeparture}</dd>
<dt>${t.actualDeparture}</dt><dd>${doc.departedAt ?? t.notDeparted}</dd>
<dt>${t.count}</dt><dd>${count}</dd>
<dt>${t.totalWeight}</dt><dd>${doc.totalKg}</dd>
</dl>
</div>
<div class="listcode">${doc.numberBarcode}${doc.number}</div>
</header>
<table>
<thead><tr><th class="num">${t.seq}</th><th>${t.trackingNumber}</th><th>${t.order}</th><th>${t.consignee}</th><th>${t.country}</th><th class="num">${t.weight}</th></tr></thead>
<tbody>
${count > 0 ? rows : html`<tr><td colspan="6">${t.noParcels}</td></tr>`}
</tbody>
<tfoot><tr><td></td><td>${t.count}: ${count}</td><td colspan="3" class="num">${t.totalWeight}</td><td class="num">${doc.totalKg}</td></tr></tfoot>
</table>
<p class="handover">${t.handover.replace('{{count}}', String(count))}</p>
<div class="sign"><div>${t.driverSignature}</div><div>${t.shipperSignature}</div></div>`;
  return renderDocument({ title: `${t.title} ${doc.number}`, lang: doc.lang, paper: doc.paper, css: CSS + footerCss(doc), body });
}
