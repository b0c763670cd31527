// Reads a carrier's status file (tracking number, status, date, receiver) without touching the
// database: which rows say delivered, which undeliverable, which are mere transit events, and every
// row error, numbered as a spreadsheet numbers rows. Carriers write their own words, in English or
// Spanish; the few common ones are known here.
import type { StatusField, StatusRowError } from '../../../shared/api/contracts/delivery';
import { REPLACEMENT_CHARACTER } from '../../../shared/import/encoding';
import { guessColumns, normaliseHeader } from '../../../shared/import/fields';
import { readCsv } from '../../../shared/import/orderCsv';
import { STATUS_FIELDS } from '../../../shared/api/contracts/delivery';

const ALIASES: Record<StatusField, string[]> = {
  trackingNumber: [
    'trackingnumber',
    'tracking',
    'trackingno',
    'trackingcode',
    'number',
    'parcelnumber',
    'waybill',
    'awb',
    'numerodeseguimiento',
    'seguimiento',
    'numero',
    'envio',
  ],
  status: ['status', 'event', 'state', 'estado', 'evento', 'situacion'],
  date: ['date', 'eventdate', 'deliverydate', 'deliveredat', 'time', 'datetime', 'fecha', 'fechaentrega', 'fechadeentrega'],
  receiver: ['receiver', 'receivedby', 'signedby', 'recipient', 'signature', 'receptor', 'recibidopor', 'firmadopor', 'destinatario'],
};

export type StatusKind = 'delivered' | 'undeliverable' | 'transit';

// Compared after normaliseHeader (lower case, letters and digits only, accents dropped).
const WORDS: Record<StatusKind, string[]> = {
  delivered: ['delivered', 'delivery', 'dlv', 'pod', 'deliveredtorecipient', 'signedfor', 'entregado', 'entregada', 'entregadoaldestinatario'],
  undeliverable: [
    'undeliverable',
    'undelivered',
    'notdelivered',
    'returntosender',
    'returnedtosender',
    'rts',
    'refused',
    'refusedbyrecipient',
    'addressunknown',
    'unclaimed',
    'noentregable',
    'noentregado',
    'devuelto',
    'devueltoalremitente',
    'devolucion',
    'rechazado',
    'direccionincorrecta',
    'desconocido',
  ],
  transit: ['intransit', 'transit', 'outfordelivery', 'accepted', 'departed', 'arrived', 'entransito', 'enreparto', 'admitido', 'enruta', 'enviado'],
};

export function statusKind(word: string): StatusKind | undefined {
  const w = normaliseHeader(word);
  for (const kind of ['delivered', 'undeliverable', 'transit'] as const) if (WORDS[kind].includes(w)) return kind;
  return undefined;
}

/** "2026-12-06", "2026-12-06 14:30", "2026-12-06T14:30:00Z" and "06/12/2026" (day first, as carriers outside the US write it). */
export function statusDate(raw: string): string | undefined {
  const v = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?: (\d{2}):(\d{2}))?$/.exec(v);
  let y: string, mo: string, d: string, time: string;
  if (iso) {
    [y, mo, d] = [iso[1]!, iso[2]!, iso[3]!];
    time = iso[4] ? `T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}` : '';
    if (iso[7]) {
      const t = new Date(v.replace(' ', 'T'));
      return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
    }
  } else if (dmy) {
    [y, mo, d] = [dmy[3]!, dmy[2]!.padStart(2, '0'), dmy[1]!.padStart(2, '0')];
    time = dmy[4] ? `T${dmy[4]}:${dmy[5]}:00` : '';
  } else return undefined;
  const day = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || !day.toISOString().startsWith(`${y}-${mo}-${d}`)) return undefined;
  if (time && (Number(time.slice(1, 3)) > 23 || Number(time.slice(4, 6)) > 59)) return undefined;
  return `${y}-${mo}-${d}${time}`;
}

export interface StatusRow {
  row: number;
  trackingNumber: string;
  status: string;
  kind: StatusKind;
  date: string;
  receiver: string;
}

export interface ParsedStatusFile {
  headers: string[];
  missingFields: StatusField[];
  rowCount: number;
  rows: StatusRow[];
  errors: StatusRowError[];
}

const REQUIRED: readonly StatusField[] = ['trackingNumber', 'status'];

export function parseStatusFile(text: string): ParsedStatusFile {
  const { headers, rows, rowNumbers, headerRowNumber, errors: csvErrors } = readCsv(text);
  const errors: StatusRowError[] = csvErrors.map(({ row, code, params }) => ({ row, code, ...(params ? { params } : {}) }));
  const mapping = guessColumns(STATUS_FIELDS, ALIASES, headers);
  const missingFields = REQUIRED.filter((f) => !mapping[f]);
  for (const f of missingFields) errors.push({ row: headerRowNumber, field: f, code: 'delivery.import.missingColumn', params: { field: f } });
  const lostHeader = headers.findIndex((h) => h.includes(REPLACEMENT_CHARACTER));
  if (lostHeader !== -1) errors.push({ row: headerRowNumber, column: headers[lostHeader], code: 'import.badEncoding' });
  if (missingFields.length > 0) return { headers, missingFields, rowCount: rows.length, rows: [], errors };

  const index = new Map(STATUS_FIELDS.map((f) => [f, mapping[f] ? headers.indexOf(mapping[f]!) : -1]));
  const out: StatusRow[] = [];
  const seen = new Map<string, number>();
  const unreadable = new Set(errors.map((e) => e.row));
  rows.forEach((row, i) => {
    const rowNo = rowNumbers[i]!;
    const cell = (f: StatusField) => {
      const at = index.get(f)!;
      return at < 0 ? '' : (row[at] ?? '').trim();
    };
    const fail = (field: StatusField | undefined, code: string, params?: Record<string, string | number>) =>
      errors.push({ row: rowNo, ...(field ? { field, column: mapping[field] } : {}), code, ...(params ? { params } : {}) });
    const before = errors.length;
    if (unreadable.has(rowNo)) fail(undefined, 'import.rowUnreadable');
    if (row.length !== headers.length) fail(undefined, 'import.columnCount', { found: row.length, expected: headers.length });
    const trackingNumber = cell('trackingNumber').toUpperCase();
    if (trackingNumber === '') fail('trackingNumber', 'delivery.import.required');
    else if (!/^[A-Z0-9-]{4,40}$/.test(trackingNumber)) fail('trackingNumber', 'delivery.import.badNumber', { value: trackingNumber });
    else if (seen.has(trackingNumber)) fail('trackingNumber', 'delivery.import.duplicate', { value: trackingNumber, first: seen.get(trackingNumber)! });
    else seen.set(trackingNumber, rowNo);
    const status = cell('status');
    const kind = statusKind(status);
    if (status === '') fail('status', 'delivery.import.required');
    else if (!kind) fail('status', 'delivery.import.unknownStatus', { value: status });
    const rawDate = cell('date');
    const date = rawDate === '' ? '' : statusDate(rawDate);
    if (date === undefined) fail('date', 'delivery.import.badDate', { value: rawDate });
    else if (date === '' && kind === 'delivered') fail('date', 'delivery.import.dateRequired');
    const receiver = cell('receiver');
    if (receiver.length > 100) fail('receiver', 'delivery.import.tooLong', { max: 100 });
    if (errors.length === before && kind) out.push({ row: rowNo, trackingNumber, status, kind, date: date ?? '', receiver });
  });
  return { headers, missingFields, rowCount: rows.length, rows: out, errors };
}
