// The order import of a file too big to hold as one string: read from its bytes piece by piece,
// twice. Pass 1 (indexOrderCsv) learns the header, the encoding, the row-level errors and how many
// rows each order has; pass 2 (streamOrders) reads again and hands over each order as soon as its
// last row has been read, so memory holds only the orders still open, not the file. Both give the
// same rows, row numbers and errors as parseOrderCsv on the decoded text: they use its pieces.
import Papa from 'papaparse';
import { type CsvEncoding, countNonAscii, countReplacementCharacters, sniffEncoding, staysUtf8, streamDecoder } from './encoding';
import type { ColumnMapping, ImportField } from './fields';
import { guessMapping } from './fields';
import {
  type BuiltOrder,
  type ImportRowError,
  type OrderContext,
  type ParseOptions,
  badEncodingError,
  buildOrder,
  checkRow,
  missingFieldsOf,
  orderContext,
} from './orderCsv';
import { ImportCancelledError } from './steps';

/** Opens the file from its start, each time it is called. */
export type ByteSource = () => AsyncIterable<Uint8Array>;

export interface StreamHooks {
  /** Bytes read of the file so far; called every few dozen milliseconds. */
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** Every piece of decoded text, before line endings are unified (to hash what was imported). */
  onText?: (text: string) => void;
}

/** How the file is read: found by pass 1, used again by pass 2. */
interface ReadPlan {
  encoding: CsvEncoding;
  bomLength: number;
  /** Mixed line endings: turn every CR LF and CR into LF (see unifyLineEndings). */
  unify: boolean;
}

export interface OrderCsvIndex {
  plan: ReadPlan;
  encoding: CsvEncoding;
  bom: boolean;
  /** U+FFFD in the decoded text: characters lost (the renderer refuses such a file). */
  replacementCharacters: number;
  headers: string[];
  headerRowNumber: number;
  delimiter: string;
  newline: string;
  mapping: ColumnMapping;
  missingFields: ImportField[];
  rowCount: number;
  /** Errors of rows on their own (CSV syntax, lost characters, column count, no order number), unsorted. */
  rowErrors: ImportRowError[];
  rowsWithErrors: Set<number>;
  /** For each order number, how many rows it has. */
  rowsPerOrder: Map<string, number>;
  orderCount: number;
}

const HEAD_BYTES = 4096;
// papaparse guesses the line ending from the first 1 MiB of text and the delimiter from the first
// ten rows; the same text is handed to the same guesses.
const GUESS_CHARS = 1024 * 1024;

class Reader {
  bytes = 0;
  private last = 0;
  constructor(
    private readonly total: number,
    private readonly hooks: StreamHooks,
  ) {}
  tick(n: number) {
    this.bytes += n;
    if (this.hooks.isCancelled?.()) throw new ImportCancelledError();
    if (Date.now() - this.last > 40) {
      this.hooks.onProgress?.(this.bytes, this.total);
      this.last = Date.now();
    }
  }
}

/** What pass 1 notices about the raw text while reading it. */
interface TextStats {
  utf8Valid: boolean;
  nonAscii: number;
  replacement: number;
  crlf: boolean;
  cr: boolean;
  lf: boolean;
}

/** The file's text in pieces, decoded per `plan` (undefined: sniff, assume UTF-8), line endings unified when asked. */
async function* readText(
  source: ByteSource,
  given: ReadPlan | undefined,
  reader: Reader,
  stats: TextStats,
  onText?: (t: string) => void,
  used: { plan?: ReadPlan } = {},
): AsyncGenerator<string> {
  let plan = given;
  let decoder = plan ? streamDecoder(plan.encoding) : undefined;
  let skip = plan?.bomLength ?? 0;
  const unify = plan?.unify ?? false;
  // Pass 1 also checks that bytes read as UTF-8 are valid UTF-8; a fatal decoder throws at the first bad byte.
  let fatal: TextDecoder | undefined;
  let head: Uint8Array | undefined = plan ? undefined : new Uint8Array(0);
  let first = true;
  let pendingCr = false;
  let prev = '';

  const emit = (text: string): string => {
    if (text === '') return '';
    if (first) {
      first = false;
      // stripBom: a U+FEFF left at the start (a BOM inside the decoded text) is not part of it.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    onText?.(text);
    if (!plan || plan.encoding === 'utf-8') {
      stats.nonAscii += countNonAscii(text);
    }
    stats.replacement += countReplacementCharacters(text);
    noteLineEndings(prev, text, stats);
    prev = text.slice(-1);
    if (!unify) return text;
    let out = (pendingCr ? '\r' : '') + text;
    pendingCr = out.endsWith('\r');
    if (pendingCr) out = out.slice(0, -1);
    return out.replace(/\r\n?/g, '\n');
  };

  const start = (bytes: Uint8Array): Uint8Array => {
    const sniffed = sniffEncoding(bytes);
    plan = { encoding: sniffed?.encoding ?? 'utf-8', bomLength: sniffed?.bomLength ?? 0, unify: false };
    decoder = streamDecoder(plan.encoding);
    if (!sniffed) fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    skip = plan.bomLength;
    return bytes;
  };

  const feed = (bytes: Uint8Array): string => {
    if (skip > 0) {
      const n = Math.min(skip, bytes.length);
      skip -= n;
      bytes = bytes.subarray(n);
    }
    if (fatal && stats.utf8Valid) {
      try {
        fatal.decode(bytes, { stream: true });
      } catch {
        stats.utf8Valid = false;
      }
    }
    return emit(decoder!.write(bytes));
  };

  for await (const chunk of source()) {
    reader.tick(chunk.length);
    if (head) {
      // The first 4 KB decide the encoding: gather them first however small the pieces.
      const joined = new Uint8Array(head.length + chunk.length);
      joined.set(head);
      joined.set(chunk, head.length);
      head = joined;
      if (head.length < HEAD_BYTES) continue;
      const out = feed(start(head));
      head = undefined;
      if (out) yield out;
      continue;
    }
    const out = feed(chunk);
    if (out) yield out;
  }
  if (head) {
    const out = feed(start(head));
    if (out) yield out;
  }
  if (fatal && stats.utf8Valid) {
    try {
      fatal.decode();
    } catch {
      stats.utf8Valid = false;
    }
  }
  let tail = emit(decoder?.end() ?? '');
  if (pendingCr) tail += '\n';
  if (tail) yield tail;
  // A CR that ends the file is a lone CR.
  if (prev === '\r') stats.cr = true;
  used.plan = plan;
}

/**
 * Which line endings the text has (unifyLineEndings on the whole text asks the same). `prev` is
 * the last character of the previous piece, so a CR LF split between two pieces is one CR LF. A CR
 * at the end of a piece is judged with the next piece.
 */
function noteLineEndings(prev: string, text: string, stats: TextStats) {
  const s = prev + text;
  if (!stats.crlf && s.includes('\r\n')) stats.crlf = true;
  if (!stats.cr && /\r(?!\n)/.test(s.endsWith('\r') ? s.slice(0, -1) : s)) stats.cr = true;
  if (!stats.lf) {
    const lone = /(?<!\r)\n/g;
    lone.lastIndex = prev.length;
    if (lone.test(s)) stats.lf = true;
  }
}

interface RowBatch {
  rows: string[][];
  /** The index in the whole file (blank rows counted) of rows[0]. */
  firstIndex: number;
  errors: Papa.ParseError[];
}

/**
 * CSV rows from pieces of text, as Papa.parse(text, { delimiter }) reads the whole: papaparse's
 * own parser, fed the way its chunked streamer feeds it (the last, maybe partial row of a piece
 * is kept and read again with the next). Delimiter and line ending are guessed from the start.
 */
async function* readRows(
  texts: AsyncIterable<string>,
  known: { delimiter: string; newline: string } | undefined,
  onGuess: (g: { delimiter: string; newline: string }) => void,
): AsyncGenerator<RowBatch> {
  let guess = known;
  let parser: Papa.Parser | undefined;
  let partial = '';
  let index = 0;
  let buffered = '';
  const run = (text: string, last: boolean): RowBatch => {
    const aggregate = partial + text;
    const result = parser!.parse(aggregate, 0, !last) as Papa.ParseResult<string[]>;
    partial = last ? '' : aggregate.substring(result.meta.cursor);
    const batch = { rows: result.data, firstIndex: index, errors: result.errors };
    index += result.data.length;
    return batch;
  };
  const begin = () => {
    if (!guess) {
      const delimiter = Papa.parse<string[]>(buffered, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy', preview: 10 }).meta.delimiter;
      const newline = Papa.parse<string[]>(buffered, { delimiter, preview: 1 }).meta.linebreak;
      guess = { delimiter, newline };
      onGuess(guess);
    }
    parser = new Papa.Parser({ delimiter: guess.delimiter, newline: guess.newline as Papa.ParseConfig['newline'] });
  };
  for await (const text of texts) {
    if (!parser) {
      buffered += text;
      if (buffered.length < GUESS_CHARS) continue;
      begin();
      const batch = run(buffered, false);
      buffered = '';
      yield batch;
      continue;
    }
    yield run(text, false);
  }
  if (!parser) begin();
  yield run(buffered, true);
}

const isBlank = (row: string[]) => row.every((c) => c.trim() === '');

/** Pass 1: header, encoding, row errors and the rows per order. Reads the file once, twice for a legacy or mixed-line-ending file. */
export async function indexOrderCsv(source: ByteSource, size: number, options: ParseOptions, hooks: StreamHooks = {}): Promise<OrderCsvIndex> {
  let plan: ReadPlan | undefined;
  for (;;) {
    const stats: TextStats = { utf8Valid: true, nonAscii: 0, replacement: 0, crlf: false, cr: false, lf: false };
    const reader = new Reader(size, hooks);
    const out: { plan?: ReadPlan } = {};
    const index = await indexPass(readText(source, plan, reader, stats, undefined, out));
    const used = out.plan ?? { encoding: 'utf-8', bomLength: 0, unify: false };
    const sniffedUtf8 = !plan && used.encoding === 'utf-8' && used.bomLength === 0;
    // Not UTF-8 after all: read again as Windows-1252, as decodeCsvBytes would.
    if (sniffedUtf8 && !stats.utf8Valid && !staysUtf8(stats.nonAscii, stats.replacement)) {
      plan = { encoding: 'windows-1252', bomLength: 0, unify: false };
      continue;
    }
    const mixed = Number(stats.crlf) + Number(stats.cr) + Number(stats.lf) > 1;
    if (mixed && !used.unify) {
      plan = { ...used, unify: true };
      continue;
    }
    return { ...index, plan: used, encoding: used.encoding, bom: used.bomLength > 0, replacementCharacters: stats.replacement };
  }

  async function indexPass(texts: AsyncIterable<string>) {
    let guess = { delimiter: ',', newline: '\n' };
    let headers: string[] | undefined;
    let headerRowNumber = 1;
    let ctx: OrderContext | undefined;
    let mapping: ColumnMapping = options.mapping ?? guessMapping([]);
    let missingFields: ImportField[] = [];
    const syntax: ImportRowError[] = [];
    const encoding: ImportRowError[] = [];
    const rowLevel: ImportRowError[] = [];
    const rowsPerOrder = new Map<string, number>();
    let rowCount = 0;
    for await (const batch of readRows(texts, undefined, (g) => (guess = g))) {
      for (const e of batch.errors) {
        // As readCsv: short or long rows are reported by the column check with a clearer message.
        if (e.type === 'FieldMismatch' || e.code === 'UndetectableDelimiter') continue;
        syntax.push({ row: batch.firstIndex + (e.row ?? 0) + 1, code: 'import.csvSyntax', params: { detail: e.message } });
      }
      batch.rows.forEach((row, i) => {
        if (isBlank(row)) return;
        const rowNumber = batch.firstIndex + i + 1;
        if (!headers) {
          headers = row.map((h) => h.trim());
          headerRowNumber = rowNumber;
          mapping = options.mapping ?? guessMapping(headers);
          missingFields = missingFieldsOf(headers, mapping);
          ctx = orderContext(headers, mapping, guess.delimiter, options.defaults, options.shipping);
          const lost = badEncodingError(headers, headers, rowNumber);
          if (lost) encoding.push(lost);
          return;
        }
        rowCount++;
        const lost = badEncodingError(row, headers, rowNumber);
        if (lost) encoding.push(lost);
        if (missingFields.length > 0) return;
        const checked = checkRow(ctx!, row, rowNumber);
        for (const e of checked.errors) rowLevel.push(e);
        if (checked.orderNumber !== '') rowsPerOrder.set(checked.orderNumber, (rowsPerOrder.get(checked.orderNumber) ?? 0) + 1);
      });
    }
    // The order readCsv and parseOrderCsv add them in, so a stable sort by row gives the same list.
    const rowErrors = [...syntax, ...encoding, ...rowLevel];
    return {
      headers: headers ?? [],
      headerRowNumber,
      delimiter: guess.delimiter,
      newline: guess.newline,
      mapping,
      missingFields: headers ? missingFields : missingFieldsOf([], mapping),
      rowCount,
      rowErrors,
      rowsWithErrors: new Set(rowErrors.map((e) => e.row)),
      rowsPerOrder,
      orderCount: rowsPerOrder.size,
    };
  }
}

/**
 * Pass 2: reads the file again and hands each order to `take` once its last row is read (orders
 * whose rows are together in the file come in file order). `take` is awaited, so a slow consumer
 * (writing to the database) slows the reading down instead of piling orders up.
 */
export async function streamOrders(
  source: ByteSource,
  size: number,
  index: OrderCsvIndex,
  options: ParseOptions,
  take: (order: BuiltOrder) => void | Promise<void>,
  hooks: StreamHooks = {},
): Promise<void> {
  if (index.missingFields.length > 0) return;
  const ctx = orderContext(index.headers, index.mapping, index.delimiter, options.defaults, options.shipping);
  const stats: TextStats = { utf8Valid: true, nonAscii: 0, replacement: 0, crlf: false, cr: false, lf: false };
  const reader = new Reader(size, hooks);
  const open = new Map<string, { rows: string[][]; rowNos: number[] }>();
  const texts = readText(source, index.plan, reader, stats, hooks.onText);
  for await (const batch of readRows(texts, { delimiter: index.delimiter, newline: index.newline }, () => undefined)) {
    const done: string[] = [];
    batch.rows.forEach((row, i) => {
      const rowNumber = batch.firstIndex + i + 1;
      if (rowNumber <= index.headerRowNumber || isBlank(row)) return;
      const orderNumber = ctx.cell(row, 'orderNumber');
      if (orderNumber === '') return;
      let entry = open.get(orderNumber);
      if (!entry) open.set(orderNumber, (entry = { rows: [], rowNos: [] }));
      entry.rows.push(row);
      entry.rowNos.push(rowNumber);
      if (entry.rows.length === index.rowsPerOrder.get(orderNumber)) done.push(orderNumber);
    });
    for (const orderNumber of done) {
      const entry = open.get(orderNumber)!;
      open.delete(orderNumber);
      await take(buildOrder(ctx, orderNumber, entry.rows, entry.rowNos, index.rowsWithErrors));
    }
  }
  // The file changed between the passes (it is a private copy, so it should not): say so rather than drop orders.
  if (open.size > 0) throw new Error(`The file changed while it was read: ${open.size} order(s) had fewer rows than counted.`);
}
