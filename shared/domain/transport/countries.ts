// Which countries a service or rule covers: ISO codes, 'EU' for the member states, '*' for all.
// Stored as a JSON array in text; a list the user typed ("ES, PT EU") reads the same way.
import { EU_MEMBERS } from '../customs/rules';

const EU = new Set(EU_MEMBERS);

/** The stored JSON array, or [] when it is not one (a hand-edited file): such a list covers nothing. */
export function parseCountries(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((c): c is string => typeof c === 'string').map((c) => c.trim().toUpperCase()) : [];
  } catch {
    return [];
  }
}

/** "ES, PT EU" -> ['ES', 'PT', 'EU']; an empty text means every country. */
export function countriesFromText(text: string): string[] {
  const list = text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
  return list.length === 0 ? ['*'] : [...new Set(list)];
}

export function coversCountry(list: readonly string[], country: string): boolean {
  const c = country.trim().toUpperCase();
  return list.some((entry) => entry === '*' || entry === c || (entry === 'EU' && EU.has(c)));
}
