// Reads a file of customs outcomes (declaration reference, outcome, date, note; for holds what was
// requested and the due date) without touching the database. English and Spanish words both work,
// as customs and brokers write them. Each row becomes a record-outcome input minus the filing, which
// main finds by the reference.
import { guessColumns } from '../../../shared/import/fields';
import { type ImportRowError, readCsv } from '../../../shared/import/orderCsv';
import { OUTCOME_IMPORT_FIELDS, type OutcomeImportField } from '../../../shared/api/contracts/clearance';
import { type ClearanceOutcomeKind, type RecordOutcomeInput, recordOutcomeSchema } from '../../../shared/schemas/clearance';

export const REQUIRED_OUTCOME_FIELDS: readonly OutcomeImportField[] = ['reference', 'outcome', 'date'];

// Compared after normaliseHeader (lower case, letters and digits only, accents dropped).
const ALIASES: Record<OutcomeImportField, string[]> = {
  reference: [
    'declarationreference',
    'reference',
    'customsreference',
    'mrn',
    'declaration',
    'declarationnumber',
    'referencia',
    'referenciadeclaracion',
    'declaracion',
    'numerodeclaracion',
    'dua',
  ],
  outcome: ['outcome', 'result', 'decision', 'status', 'resultado', 'decision', 'estado', 'circuito'],
  date: ['date', 'decidedat', 'decisiondate', 'fecha', 'fechadecision', 'fecharesultado'],
  note: ['note', 'notes', 'comment', 'comments', 'nota', 'notas', 'observaciones', 'comentario'],
  requested: ['requested', 'request', 'requesteddocuments', 'requerido', 'requerimiento', 'solicitado', 'documentosrequeridos'],
  dueDate: ['duedate', 'due', 'deadline', 'fechalimite', 'plazo', 'vencimiento'],
  reason: ['reason', 'rejectionreason', 'motivo', 'causa', 'motivorechazo'],
  presented: ['presented', 'presenteddocuments', 'presentado', 'aportado', 'documentosaportados'],
};

const OUTCOME_WORDS: Record<string, ClearanceOutcomeKind> = {
  released: 'released',
  release: 'released',
  cleared: 'released',
  levante: 'released',
  despachado: 'released',
  liberado: 'released',
  held: 'held',
  hold: 'held',
  inspection: 'held',
  retenido: 'held',
  retenida: 'held',
  inspeccion: 'held',
  rejected: 'rejected',
  reject: 'rejected',
  rechazado: 'rejected',
  rechazada: 'rejected',
  denegado: 'rejected',
};

export function outcomeOfWord(word: string): ClearanceOutcomeKind | undefined {
  const key = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
  return Object.hasOwn(OUTCOME_WORDS, key) ? OUTCOME_WORDS[key] : undefined;
}

/** 2026-12-04, a moment with its zone, or 04/12/2026 (day first, as customs in Spain writes it). */
export function customsDateOf(raw: string): string {
  const v = raw.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return v;
}

export interface OutcomeFileRow {
  row: number;
  reference: string;
  input: Omit<RecordOutcomeInput, 'filingId'>;
}

export interface ParsedOutcomeFile {
  headers: string[];
  delimiter: string;
  mapping: Partial<Record<OutcomeImportField, string>>;
  missingFields: OutcomeImportField[];
  rowCount: number;
  rows: OutcomeFileRow[];
  errors: ImportRowError[];
}

// Which column a schema problem belongs to.
const COLUMN_OF_PATH: Record<string, OutcomeImportField> = {
  outcome: 'outcome',
  decidedAt: 'date',
  requested: 'requested',
  dueDate: 'dueDate',
  reason: 'reason',
  presented: 'presented',
  note: 'note',
};

export function parseOutcomeCsv(text: string): ParsedOutcomeFile {
  const { headers, rows, rowNumbers, headerRowNumber, delimiter, errors: csvErrors } = readCsv(text);
  const mapping = guessColumns(OUTCOME_IMPORT_FIELDS, ALIASES, headers);
  const missingFields = REQUIRED_OUTCOME_FIELDS.filter((f) => !mapping[f]);
  const errors: ImportRowError[] = [...csvErrors];
  for (const f of missingFields) errors.push({ row: headerRowNumber, column: f, code: 'clearance.import.missingColumn', params: { column: f } });
  const out: OutcomeFileRow[] = [];
  if (missingFields.length > 0) return { headers, delimiter, mapping, missingFields, rowCount: rows.length, rows: out, errors };

  const index = Object.fromEntries(Object.entries(mapping).map(([f, h]) => [f, headers.indexOf(h)])) as Partial<Record<OutcomeImportField, number>>;
  const cell = (row: string[], f: OutcomeImportField) => (index[f] === undefined ? '' : (row[index[f]] ?? '').trim());
  const columnName = (f: OutcomeImportField) => mapping[f] ?? mapping.note ?? f;

  rows.forEach((cells, i) => {
    const row = rowNumbers[i]!;
    const rowErrors: ImportRowError[] = [];
    const reference = cell(cells, 'reference');
    if (!reference) rowErrors.push({ row, column: columnName('reference'), code: 'clearance.import.noReference' });
    const word = cell(cells, 'outcome');
    const outcome = outcomeOfWord(word);
    if (!outcome) rowErrors.push({ row, column: columnName('outcome'), code: 'clearance.import.unknownOutcome', params: { value: word } });
    const note = cell(cells, 'note');
    // Without a column of their own, the note says what was requested, or why it was rejected.
    const requested = cell(cells, 'requested') || (mapping.requested ? '' : note);
    const reason = cell(cells, 'reason') || (mapping.reason ? '' : note);
    const dueDate = customsDateOf(cell(cells, 'dueDate'));
    const input = {
      outcome: outcome ?? 'released',
      decidedAt: customsDateOf(cell(cells, 'date')),
      note,
      ...(outcome === 'held' ? { requested, dueDate } : {}),
      ...(outcome === 'rejected' ? { reason } : {}),
      ...(cell(cells, 'presented') ? { presented: cell(cells, 'presented') } : {}),
    };
    // The same schema as the record form; filingId is found later, so a placeholder stands in.
    const checked = recordOutcomeSchema.safeParse({ ...input, filingId: 1 });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = COLUMN_OF_PATH[String(issue.path[0])];
        if (field === 'outcome' && !outcome) continue;
        const named = field && (mapping[field] || (field === 'requested' || field === 'reason' ? mapping.note : undefined));
        rowErrors.push({ row, column: named || field || String(issue.path[0]), code: issue.message });
      }
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else out.push({ row, reference, input });
  });
  return { headers, delimiter, mapping, missingFields, rowCount: rows.length, rows: out, errors };
}
