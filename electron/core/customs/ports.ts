// UN/LOCODE places for the customs documents' port fields (loading, discharge, entry): found by
// code or by name, accents and case ignored, sea ports first. resources/unlocode/SOURCE.md says
// what the list holds and how it was made.
import type { Port } from '../../../shared/api/contracts/customs';
import { foldText } from '../../../shared/domain/hs';

/** The roles of the UN/LOCODE function classifier, in the bit order of ports.json's masks. */
const ROLES = ['port', 'rail', 'road', 'airport', 'post', 'multimodal', 'fixed', 'border'] as const;
const SEA_PORT = 1;

interface Place {
  code: string;
  name: string;
  roles: number;
  /** The name folded for matching, words one space apart, with a space in front. */
  folded: string;
  /** Sea ports first, then places with more roles (bigger places): lower is first. */
  rank: number;
}

interface Places {
  /** In code order, as ports.json lists them. */
  all: Place[];
  byCountry: Map<string, Place[]>;
  /** Places by the first two letters of each word of their names, for prefix lookups. */
  byWordStart: Map<string, Place[]>;
}

/** Lower case, no accents, letters NFD leaves whole (ø, æ, ß, ł...) spelled out, punctuation as spaces. */
export function foldName(text: string): string {
  // Most names are plain ASCII: the Unicode fold is the slow part of loading 106,623 of them.
  // eslint-disable-next-line no-control-regex -- the range is "any ASCII character"
  const ascii = /^[\x00-\x7f]*$/.test(text);
  return (ascii ? text.toLowerCase() : foldText(text).replace(/[øœæßłđıþð]/g, (c) => SPELLED[c]!)).replace(/[^a-z0-9]+/g, ' ').trim();
}

const SPELLED: Record<string, string> = { ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };

let loading: Promise<Places> | undefined;

const roleCount = (roles: number) => ROLES.reduce((n, _, i) => n + ((roles >> i) & 1), 0);

// 106,623 places, 2.7 MB: imported on the first lookup, so a session that never opens a port
// field never loads them (the bundler puts the JSON in a chunk of its own).
function places(): Promise<Places> {
  loading ??= import('../../../resources/unlocode/ports.json').then((m) => {
    const data = (m.default ?? m) as unknown as { ports: [string, string, number][] };
    const all = data.ports.map(([code, name, roles]) => ({
      code,
      name,
      roles,
      folded: ` ${foldName(name)}`,
      rank: (roles & SEA_PORT ? 0 : 10) - roleCount(roles),
    }));
    const byCountry = new Map<string, Place[]>();
    const byWordStart = new Map<string, Place[]>();
    const push = (map: Map<string, Place[]>, key: string, p: Place) => {
      const list = map.get(key);
      if (list) list.push(p);
      else map.set(key, [p]);
    };
    for (const p of all) {
      push(byCountry, p.code.slice(0, 2), p);
      for (const start of new Set(p.folded.split(' ').map((w) => w.slice(0, 2)))) if (start) push(byWordStart, start, p);
    }
    return { all, byCountry, byWordStart };
  });
  return loading;
}

function toPort(p: Place): Port {
  return { code: p.code, name: p.name, country: p.code.slice(0, 2), functions: ROLES.filter((_, i) => (p.roles & (1 << i)) !== 0) };
}

function byImportance(a: Place, b: Place): number {
  return a.rank - b.rank || (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0) || (a.code < b.code ? -1 : 1);
}

/** The first `k` of a list in `order`, without sorting all of it (a short query can match thousands). */
function firstOf(list: Place[], k: number, order: (a: Place, b: Place) => number): Place[] {
  const out: Place[] = [];
  for (const p of list) {
    if (out.length === k && order(p, out[k - 1]!) >= 0) continue;
    let at = out.length;
    while (at > 0 && order(p, out[at - 1]!) < 0) at--;
    out.splice(at, 0, p);
    if (out.length > k) out.pop();
  }
  return out;
}

/** The first index in a sorted list whose key is not below `key`. */
function lowerBound<T>(list: T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(list[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Places for what the user typed: an exact code ("CNSGH", "CN SGH") first, then names equal to the
 * query, names starting with it, codes starting with it ("CNSH"), and names with a later word
 * starting with it ("koln" finds "Niehl/Köln"). Within each, sea ports first. `country` ('' for any) narrows the list;
 * with no query it lists the country's places, sea ports first.
 */
export async function searchPorts(query: string, country: string, limit: number): Promise<Port[]> {
  if (limit <= 0) return [];
  const { all, byCountry, byWordStart } = await places();
  const q = foldName(query);
  const inCountry = (p: Place) => !country || p.code.startsWith(country);
  if (q === '') return country ? firstOf(byCountry.get(country) ?? [], limit, byImportance).map(toPort) : [];
  const code = query.replace(/\s+/g, '').toUpperCase();
  // Tiers: exact code, name equal, name starting with the query, code starting with it, a later word starting with it.
  const tiers: Place[][] = [[], [], [], [], []];
  if (/^[A-Z]{2}[A-Z0-9]{0,3}$/.test(code)) {
    for (let i = lowerBound(all, code, (p) => p.code); i < all.length && all[i]!.code.startsWith(code); i++) {
      const p = all[i]!;
      if (inCountry(p)) tiers[p.code === code ? 0 : 3]!.push(p);
    }
  }
  // A name matching the query has a word starting with the query's first two letters.
  const start = q.slice(0, 2).trim();
  for (const p of start.length === 2 ? (byWordStart.get(start) ?? []) : all) {
    if (!inCountry(p) || p.code === code) continue;
    const f = p.folded;
    if (f.length === q.length + 1 && f.endsWith(q)) tiers[1]!.push(p);
    else if (f.startsWith(q, 1)) tiers[2]!.push(p);
    else if (f.includes(` ${q}`)) tiers[4]!.push(p);
  }
  const out: Place[] = [];
  for (const [i, tier] of tiers.entries()) {
    if (out.length >= limit) break;
    // Codes are listed in code order (they come so); names by importance.
    out.push(...(i === 3 ? tier.slice(0, limit - out.length) : firstOf(tier, limit - out.length, byImportance)));
  }
  return out.map(toPort);
}
