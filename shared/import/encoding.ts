// Turning the bytes of a shop's export into text. Exports come as UTF-8 (with or without a BOM),
// as UTF-16 from Excel's "Unicode text", and as Windows-1252 from Excel's plain "CSV" on Western
// Windows. File.text() would read all of them as UTF-8 and silently turn "München" (0xFC) into
// "M\uFFFDnchen", so the renderer decodes here instead. Plain TextDecoder: Node 20 and Chromium.

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** The file started with a byte order mark (it is not part of `text`). */
  bom: boolean;
  /** U+FFFD in the text: bytes that could not be decoded, or were already lost before. */
  replacementCharacters: number;
  /**
   * i18n key when the user should know: 'import.badEncoding' when characters were lost (refuse the
   * file), 'import.legacyEncoding' when the file was not UTF-8 and was read as Windows-1252.
   */
  warning?: 'import.badEncoding' | 'import.legacyEncoding';
}

export const REPLACEMENT_CHARACTER = '\uFFFD';

export function countReplacementCharacters(text: string): number {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT_CHARACTER); i !== -1; i = text.indexOf(REPLACEMENT_CHARACTER, i + 1)) n++;
  return n;
}

/**
 * UTF-16 without a BOM is recognised by its zero bytes: ASCII text in UTF-16LE has a 0 in every
 * odd byte, in UTF-16BE in every even byte. Real UTF-8 or Windows-1252 text has no zero bytes.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function result(text: string, encoding: CsvEncoding, bom: boolean): DecodedCsv {
  const replacementCharacters = countReplacementCharacters(text);
  const out: DecodedCsv = { text, encoding, bom, replacementCharacters };
  if (replacementCharacters > 0) out.warning = 'import.badEncoding';
  else if (encoding === 'windows-1252') out.warning = 'import.legacyEncoding';
  return out;
}

/**
 * The encoding the first bytes of a file (up to 4 KB) show: a byte order mark, or UTF-16's zero
 * bytes. Undefined when they show neither: UTF-8, or Windows-1252 if the whole file is not UTF-8.
 */
export function sniffEncoding(head: Uint8Array): { encoding: CsvEncoding; bomLength: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = sniffUtf16(head);
  return utf16 ? { encoding: utf16, bomLength: 0 } : undefined;
}

/**
 * For a file that is not valid UTF-8, read leniently as UTF-8: `nonAscii` characters of which
 * `bad` are U+FFFD. Damaged UTF-8 (a UTF-8 file cut or pasted together badly) still has more good
 * multi-byte characters than bad bytes; read as Windows-1252 every "ü" in it would become "Ã¼". So
 * it stays UTF-8 and its U+FFFD are reported. A real Windows-1252 file's accented letters almost
 * never form valid UTF-8 sequences, so nearly all its non-ASCII bytes come out as U+FFFD.
 */
export function staysUtf8(nonAscii: number, bad: number): boolean {
  return nonAscii - bad > bad;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  // ignoreBOM: true stops TextDecoder from stripping a BOM on its own; the BOM is recognised and
  // skipped here, so `bom` says whether there was one.
  const decode = (encoding: CsvEncoding, from: number) => new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(from));
  const sniffed = sniffEncoding(bytes);
  if (sniffed) return result(decode(sniffed.encoding, sniffed.bomLength), sniffed.encoding, sniffed.bomLength > 0);
  try {
    // Valid UTF-8 (plain ASCII included). U+FFFD written in the file itself is still counted.
    return result(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), 'utf-8', false);
  } catch {
    // Not valid UTF-8: damaged UTF-8 or a legacy code page, see staysUtf8.
  }
  const utf8 = decode('utf-8', 0);
  if (staysUtf8(countNonAscii(utf8), countReplacementCharacters(utf8))) return result(utf8, 'utf-8', false);
  // Windows-1252 maps every byte to a character (five to invisible C1 controls, which the schemas
  // refuse), so this cannot fail; a file in another legacy code page reads as mojibake that the
  // user sees in the preview, with the warning saying how it was read.
  return result(decodeWindows1252(bytes), 'windows-1252', false);
}

/**
 * Decoding a file piece by piece (a file read from disk in chunks): a character split between two
 * pieces is kept until the next one. Windows-1252 is one byte per character, so it never splits.
 */
export interface StreamDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

export function streamDecoder(encoding: CsvEncoding): StreamDecoder {
  if (encoding === 'windows-1252') return { write: decodeWindows1252, end: () => '' };
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

// WHATWG index-windows-1252 for 0x80-0x9F; every other byte is its own code point.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Not TextDecoder('windows-1252'): Node 20's takes a Latin-1 fast path and decodes 0x80-0x9F as
 * C1 controls (0x80 "€" becomes U+0080; nodejs/node#56542). Chromium's is right; this is right in both.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const codes = new Uint16Array(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += codes.length) {
    const end = Math.min(start + codes.length, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    }
    out += String.fromCharCode(...codes.subarray(0, end - start));
  }
  return out;
}

export function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}
