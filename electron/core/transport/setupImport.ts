// Carriers, services or rules from a CSV file, one kind per file, all rows or none: every row is
// checked by the same schema as the setup forms first; one wrong row writes nothing and the
// clerk gets every wrong row with its column. A row whose key exists updates it (carriers by code,
// services by carrier and code, rules by position); any other row adds one.
import type { ZodType } from 'zod';
import type { ImportOutcome } from '../../../shared/api/contracts/transport';
import { countriesFromText } from '../../../shared/domain/transport/countries';
import { type ImportRowError, readCsv } from '../../../shared/import/orderCsv';
import { type TransportImportKind, saveCarrierSchema, saveRuleSchema, saveServiceSchema } from '../../../shared/schemas/transport';
import type { Stamp } from '../api/stamp';
import type { Db } from '../audit/auditRepository';
import { saveCarrier, saveRule, saveService } from './setupService';

const COLUMNS: Record<TransportImportKind, string[]> = {
  carriers: ['code', 'name', 'kind', 'number_pattern', 'tracking_url', 'active'],
  services: [
    'carrier',
    'code',
    'name',
    's10_indicator',
    'countries',
    'max_parcel_kg',
    'max_value',
    'value_currency',
    'max_length_cm',
    'max_length_girth_cm',
    'cutoff',
    'active',
  ],
  rules: ['position', 'match', 'pattern', 'method', 'countries', 'carrier', 'service', 'note', 'active'],
};
const REQUIRED: Record<TransportImportKind, string[]> = {
  carriers: ['code', 'name', 'kind'],
  services: ['carrier', 'code', 'name'],
  rules: ['position', 'carrier', 'service'],
};
/** The form field a schema path stands for, as the file's column. */
const COLUMN_OF: Record<string, string> = {
  numberPattern: 'number_pattern',
  trackingUrl: 'tracking_url',
  carrierId: 'carrier',
  s10Indicator: 's10_indicator',
  maxParcelKg: 'max_parcel_kg',
  maxValue: 'max_value',
  valueCurrency: 'value_currency',
  maxLengthCm: 'max_length_cm',
  maxLengthGirthCm: 'max_length_girth_cm',
  serviceId: 'service',
};

const yes = (v: string) => v === '' || /^(1|yes|y|true|si|sí|x)$/i.test(v);

export async function importSetup(trx: Db, kind: TransportImportKind, csv: string, stamp: Stamp): Promise<ImportOutcome> {
  const { headers, rows, rowNumbers, headerRowNumber, errors: csvErrors } = readCsv(csv);
  const errors: ImportRowError[] = [...csvErrors];
  const lower = headers.map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
  for (const c of REQUIRED[kind])
    if (!lower.includes(c)) errors.push({ row: headerRowNumber, column: c, code: 'transport.import.missingColumn', params: { column: c } });
  if (errors.length > 0) return { ok: false, created: 0, updated: 0, errors };

  const carriers = await trx.selectFrom('carriers').select(['id', 'code']).execute();
  const carrierId = new Map(carriers.map((c) => [c.code.toUpperCase(), c.id]));
  const services = await trx.selectFrom('carrier_services').select(['id', 'carrier_id', 'code']).execute();
  const serviceKey = (carrier: number, code: string) => `${carrier}/${code.toUpperCase()}`;
  const serviceId = new Map(services.map((s) => [serviceKey(s.carrier_id, s.code), s.id]));
  const rules = await trx.selectFrom('transport_rules').select(['id', 'position']).execute();
  const ruleAt = new Map(rules.map((r) => [r.position, r.id]));

  const inputs: unknown[] = [];
  rows.forEach((cells, i) => {
    const row = rowNumbers[i]!;
    const cell = (c: string) => (lower.indexOf(c) === -1 ? '' : (cells[lower.indexOf(c)] ?? '').trim());
    const rowErrors: ImportRowError[] = [];
    let candidate: Record<string, unknown>;
    let schema: ZodType;
    if (kind === 'carriers') {
      schema = saveCarrierSchema;
      const id = carrierId.get(cell('code').toUpperCase());
      candidate = {
        ...(id ? { id } : {}),
        code: cell('code'),
        name: cell('name'),
        kind: cell('kind').toLowerCase(),
        numberPattern: cell('number_pattern'),
        trackingUrl: cell('tracking_url'),
        active: yes(cell('active')),
      };
    } else {
      const carrier = carrierId.get(cell('carrier').toUpperCase());
      if (!carrier) rowErrors.push({ row, column: 'carrier', code: 'transport.import.unknownCarrier', params: { value: cell('carrier') } });
      const countries = countriesFromText(cell('countries'));
      if (kind === 'services') {
        schema = saveServiceSchema;
        const id = carrier ? serviceId.get(serviceKey(carrier, cell('code'))) : undefined;
        candidate = {
          ...(id ? { id } : {}),
          carrierId: carrier ?? 1,
          code: cell('code'),
          name: cell('name'),
          s10Indicator: cell('s10_indicator'),
          countries,
          maxParcelKg: cell('max_parcel_kg'),
          maxValue: cell('max_value'),
          valueCurrency: cell('value_currency'),
          maxLengthCm: cell('max_length_cm'),
          maxLengthGirthCm: cell('max_length_girth_cm'),
          cutoff: cell('cutoff'),
          active: yes(cell('active')),
        };
      } else {
        schema = saveRuleSchema;
        const service = carrier ? serviceId.get(serviceKey(carrier, cell('service'))) : undefined;
        if (carrier && !service) rowErrors.push({ row, column: 'service', code: 'transport.import.unknownService', params: { value: cell('service') } });
        const position = Number(cell('position'));
        const id = ruleAt.get(position);
        candidate = {
          ...(id ? { id } : {}),
          position: cell('position') === '' ? NaN : position,
          match: cell('match').toLowerCase() || 'contains',
          pattern: cell('pattern'),
          method: cell('method').toLowerCase(),
          countries,
          serviceId: service ?? 1,
          note: cell('note'),
          active: yes(cell('active')),
        };
      }
    }
    const checked = schema.safeParse(candidate);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const path = String(issue.path[0] ?? '');
        rowErrors.push({ row, column: COLUMN_OF[path] ?? path, code: issue.message });
      }
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else inputs.push(checked.data);
  });
  if (errors.length > 0) return { ok: false, created: 0, updated: 0, errors };

  let created = 0;
  let updated = 0;
  for (const input of inputs as { id?: number }[]) {
    if (input.id) updated++;
    else created++;
    if (kind === 'carriers') await saveCarrier(trx, input as never, stamp);
    else if (kind === 'services') await saveService(trx, input as never, stamp);
    else await saveRule(trx, input as never, stamp);
  }
  return { ok: true, created, updated, errors: [] };
}

export const TRANSPORT_IMPORT_COLUMNS = COLUMNS;
