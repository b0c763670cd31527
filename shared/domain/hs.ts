// HS 2022 codes: is a product's tariff code real, and which subheadings match what the user types.
// The list is bundled (resources/hs/README.md says how the JSON was made from the CSV).
import subheadings from '../../resources/hs/hs2022-subheadings.json';

export interface HsEntry {
  code: string;
  description: string;
}

const ENTRIES: readonly HsEntry[] = (subheadings as [string, string][]).map(([code, description]) => ({ code, description }));
const CODES = new Set(ENTRIES.map((e) => e.code));

/** Every HS 2022 subheading, in code order. */
export function hsSubheadings(): readonly HsEntry[] {
  return ENTRIES;
}

export type HsProblem = 'catalogue.validation.hsDigits' | 'catalogue.validation.hsLength' | 'catalogue.validation.hsUnknown';

/**
 * Digits only, 6, 8 or 10 of them (a national tariff line extends the HS subheading by 2 or 4),
 * and the first six must be a real HS 2022 subheading. Returns the problem's i18n key, or null.
 */
export function checkHsCode(code: string): HsProblem | null {
  if (!/^\d+$/.test(code)) return 'catalogue.validation.hsDigits';
  if (code.length !== 6 && code.length !== 8 && code.length !== 10) return 'catalogue.validation.hsLength';
  return CODES.has(code.slice(0, 6)) ? null : 'catalogue.validation.hsUnknown';
}

export function hsDescription(code: string): string | undefined {
  const six = code.slice(0, 6);
  return CODES.has(six) ? ENTRIES.find((e) => e.code === six)?.description : undefined;
}

/** Lower case without accents, so "café" finds "cafe" and "Té" finds "te". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

// Folded once, on the first search: most sessions never search, and the fold is the slow part.
let folded: string[] | undefined;

/**
 * A code prefix ("8516", "8516.71", "851671") lists the subheadings that start with it; words
 * ("coffee makers") list those whose description holds every word, in code order.
 */
export function searchHs(query: string, limit = 20): HsEntry[] {
  const q = query.trim();
  if (q === '' || limit <= 0) return [];
  const digits = q.replace(/[.\s]/g, '');
  if (/^\d+$/.test(digits)) {
    // A national code (8 or 10 digits) is found by its first six.
    const prefix = digits.slice(0, 6);
    const out: HsEntry[] = [];
    for (const e of ENTRIES) {
      if (e.code.startsWith(prefix)) out.push(e);
      if (out.length >= limit) break;
    }
    return out;
  }
  folded ??= ENTRIES.map((e) => foldText(e.description));
  const words = foldText(q)
    .split(/[\s,;]+/)
    .filter((w) => w !== '');
  const out: HsEntry[] = [];
  for (let i = 0; i < ENTRIES.length && out.length < limit; i++) {
    const text = folded[i]!;
    if (words.every((w) => text.includes(w))) out.push(ENTRIES[i]!);
  }
  return out;
}
