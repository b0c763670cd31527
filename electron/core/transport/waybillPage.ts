// The waybill page of a booked shipment: carrier and service, shipper (the company profile) and
// consignee, each parcel with its weight and its tracking number as a Code 128 barcode. Printed
// for the parcels and the driver until the printing issue lands labels of each carrier's own form.
import type { ShipmentView } from '../../../shared/api/contracts/transport';
import { type RenderedPage, html, renderDocument } from '../../../shared/documents/html';
import type { Db } from '../audit/auditRepository';
import { code128 } from '../documents/barcodes';
import { type DocumentLanguage, formatDateTime } from '../documents/labels';

const WORDS = {
  en: {
    title: 'Waybill',
    carrier: 'Carrier',
    service: 'Service',
    booked: 'Booked',
    order: 'Order',
    shipper: 'Shipper',
    consignee: 'Consignee',
    parcel: 'Parcel',
    weight: 'Gross kg',
    tracking: 'Tracking number',
    total: 'Total',
    parcels: 'parcels',
  },
  es: {
    title: 'Carta de porte',
    carrier: 'Transportista',
    service: 'Servicio',
    booked: 'Reservado',
    order: 'Pedido',
    shipper: 'Remitente',
    consignee: 'Destinatario',
    parcel: 'Bulto',
    weight: 'Kg brutos',
    tracking: 'Número de seguimiento',
    total: 'Total',
    parcels: 'bultos',
  },
} as const;

const CSS = `
h1 { font-size: 16pt; margin: 0 0 2mm; }
.top { display: flex; justify-content: space-between; gap: 6mm; margin-bottom: 4mm; }
.master { text-align: center; font: bold 12pt "Liberation Mono", "Courier New", monospace; }
.master svg { display: block; height: 16mm; width: auto; max-width: 90mm; margin: 0 auto 1mm; }
.parties { display: flex; gap: 6mm; margin-bottom: 4mm; }
.parties section { flex: 1; border: 0.3mm solid #000; padding: 2mm; white-space: pre-line; }
.parties h2 { font-size: 8pt; margin: 0 0 1mm; text-transform: uppercase; }
td.code svg { display: block; height: 11mm; width: auto; max-width: 80mm; }
td.code { font: bold 10pt "Liberation Mono", "Courier New", monospace; }
td.num, th.num { text-align: right; }
th.seq { width: 15%; }
th.kg { width: 20%; }
dl { display: grid; grid-template-columns: auto auto; gap: 0.5mm 4mm; margin: 0; }
dt { font-weight: bold; }
dd { margin: 0; }
`;

export interface WaybillParties {
  shipper: string;
  consignee: string;
}

export async function waybillParties(db: Db, orderId: number): Promise<WaybillParties> {
  const profileRow = await db.selectFrom('company_profile').select('data').where('id', '=', 1).executeTakeFirst();
  const profile = profileRow
    ? (JSON.parse(profileRow.data) as {
        legalName?: string;
        tradingName?: string;
        addresses?: { address: string; city: string; postalCode: string; country: string }[];
      })
    : {};
  const address = profile.addresses?.[0];
  const shipper = [
    profile.legalName || profile.tradingName || '',
    address?.address ?? '',
    [address?.postalCode, address?.city].filter(Boolean).join(' '),
    address?.country ?? '',
  ]
    .filter((l) => l && l.trim() !== '')
    .join('\n');
  const o = await db
    .selectFrom('orders')
    .select(['consignee_name', 'consignee_company', 'address1', 'address2', 'postal_code', 'city', 'state', 'country', 'phone'])
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();
  const consignee = [o.consignee_name, o.consignee_company, o.address1, o.address2, `${o.postal_code} ${o.city}`.trim(), o.state, o.country, o.phone]
    .filter((l) => l.trim() !== '')
    .join('\n');
  return { shipper, consignee };
}

export function renderWaybill(s: ShipmentView, parties: WaybillParties, lang: DocumentLanguage): RenderedPage {
  const t = WORDS[lang];
  const rows = s.parcels.map(
    (p) => html`<tr><td class="num">${p.seq}</td><td class="num">${p.grossKg}</td><td class="code">${code128(p.trackingNumber)}${p.trackingNumber}</td></tr>`,
  );
  const body = html`<div class="top">
<div>
<h1>${t.title}</h1>
<dl>
<dt>${t.carrier}</dt><dd>${s.carrierName}</dd>
<dt>${t.service}</dt><dd>${s.serviceName}</dd>
<dt>${t.order}</dt><dd>${s.orderNumber}</dd>
<dt>${t.booked}</dt><dd>${formatDateTime(s.createdAt, lang)}</dd>
</dl>
</div>
<div class="master">${code128(s.waybill)}${s.waybill}</div>
</div>
<div class="parties">
<section><h2>${t.shipper}</h2>${parties.shipper}</section>
<section><h2>${t.consignee}</h2>${parties.consignee}</section>
</div>
<table>
<thead><tr><th class="num seq">${t.parcel}</th><th class="num kg">${t.weight}</th><th>${t.tracking}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<p>${t.total}: ${s.parcels.length} ${t.parcels}</p>`;
  return renderDocument({ title: `${t.title} ${s.waybill}`, lang, paper: 'A4', css: CSS, body });
}
