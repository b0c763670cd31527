// Builds the printed manifest from the database, in the language chosen in Settings.
import type { Kysely } from 'kysely';
import type { ManifestDocument } from '../../../shared/documents/manifest';
import type { Paper } from '../../../shared/documents/html';
import en from '../../../shared/documents/words/manifest.en.json';
import es from '../../../shared/documents/words/manifest.es.json';
import type { DB } from '../db/schema';
import { code128 } from '../documents/barcodes';
import { type DocumentLanguage, formatDateTime } from '../documents/labels';
import { manifestView } from './manifestQueries';

export async function loadManifestDocument(db: Kysely<DB>, id: number, paper: Paper, lang: DocumentLanguage): Promise<ManifestDocument> {
  const m = await manifestView(db, id);
  return {
    number: m.number,
    numberBarcode: code128(m.number),
    carrier: m.carrierName,
    vehiclePlate: m.vehiclePlate,
    driver: m.driver,
    plannedDeparture: formatDateTime(m.plannedDeparture, lang),
    departedAt: m.departedAt ? formatDateTime(m.departedAt, lang) : null,
    parcels: m.parcels.map((p) => ({
      trackingNumber: p.trackingNumber,
      orderNumber: p.orderNumber,
      consignee: p.consignee,
      country: p.country,
      grossKg: p.grossKg,
    })),
    totalKg: m.totalKg,
    paper,
    lang,
    labels: lang === 'es' ? es : en,
  };
}
