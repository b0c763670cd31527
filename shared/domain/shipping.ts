// From a shop's shipping line ("Colissimo International", "SF Express Economy") to the app's shipping
// method, by rules the user sees and edits in Settings: the first rule (by position) whose pattern
// the line holds decides. Lines and patterns are compared case- and accent-insensitively, with runs
// of spaces as one, so "Correo  Certificado" and "correo certificado" are the same line.
import { METHOD_UNKNOWN, type OrderShippingMethod, type ShippingMethod } from './codes';

/** contains: the pattern anywhere; word: as whole words ("ups" not in "pickups"); exact: the whole line. */
export const SHIPPING_MATCHES = ['contains', 'word', 'exact'] as const;
export type ShippingMatch = (typeof SHIPPING_MATCHES)[number];

export interface ShippingRuleSpec {
  match: ShippingMatch;
  pattern: string;
  method: ShippingMethod;
}

/** What the user chose in the import preview for a line no rule knew. */
export interface ShippingChoice {
  line: string;
  method: ShippingMethod;
}

/** The form lines and patterns are compared in: no accents, lower case, single spaces, trimmed. */
export function shippingKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function holdsWord(key: string, word: string): boolean {
  for (let at = key.indexOf(word); at !== -1; at = key.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : key[at - 1]!;
    const after = key[at + word.length] ?? '';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

/** Whether a rule matches a line already turned into its key (see shippingKey). */
export function ruleMatchesKey(rule: { match: ShippingMatch; pattern: string }, key: string): boolean {
  const pattern = shippingKey(rule.pattern);
  if (pattern === '') return false;
  if (rule.match === 'exact') return key === pattern;
  if (rule.match === 'word') return holdsWord(key, pattern);
  return key.includes(pattern);
}

/** The first rule, in the order given, that matches the line; undefined when none does. */
export function matchShippingLine<R extends ShippingRuleSpec>(rules: readonly R[], line: string): R | undefined {
  const key = shippingKey(line);
  if (key === '') return undefined;
  return rules.find((rule) => ruleMatchesKey(rule, key));
}

export interface ShippingDecider {
  /** The method of a line: the first matching rule, else the user's choice for it, else 'unknown'. */
  methodOf(line: string): OrderShippingMethod;
  /** Whether a rule decides the line (a choice made for this import only does not count). */
  known(line: string): boolean;
}

// Shop exports hold few distinct lines; the memo only guards against a file where every line differs.
const MEMO_LIMIT = 10_000;

/** Decides many lines fast: patterns normalised once, each distinct line matched once. */
export function shippingDecider(rules: readonly ShippingRuleSpec[], choices: readonly ShippingChoice[] = []): ShippingDecider {
  const compiled = rules.map((r) => ({ ...r, pattern: shippingKey(r.pattern) })).filter((r) => r.pattern !== '');
  const chosen = new Map<string, ShippingMethod>();
  for (const c of choices) {
    const key = shippingKey(c.line);
    if (key !== '' && !chosen.has(key)) chosen.set(key, c.method);
  }
  const memo = new Map<string, ShippingMethod | undefined>();
  const byRule = (line: string): ShippingMethod | undefined => {
    if (memo.has(line)) return memo.get(line);
    const key = shippingKey(line);
    const method = key === '' ? undefined : compiled.find((r) => ruleMatchesKey(r, key))?.method;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(line, method);
    return method;
  };
  return {
    methodOf: (line) => byRule(line) ?? chosen.get(shippingKey(line)) ?? METHOD_UNKNOWN,
    known: (line) => byRule(line) !== undefined,
  };
}

/**
 * The rules a new data file starts with (electron/core/db/migrations seeds its own frozen copy).
 * Carrier names first, where a generic word would mislead ("Chronopost" holds "post" but is a
 * courier), then the keywords the import recognised before rules existed, in their old order:
 * courier words before postal ones, so "SF Express Economy" is express.
 */
export const DEFAULT_SHIPPING_RULES: readonly ShippingRuleSpec[] = [
  { match: 'contains', pattern: 'chronopost', method: 'express' },
  { match: 'contains', pattern: 'colissimo', method: 'postal' },
  { match: 'contains', pattern: 'yanwen', method: 'postal' },
  { match: 'word', pattern: 'express', method: 'express' },
  { match: 'contains', pattern: 'courier', method: 'express' },
  { match: 'word', pattern: 'dhl', method: 'express' },
  { match: 'contains', pattern: 'fedex', method: 'express' },
  { match: 'word', pattern: 'ups', method: 'express' },
  { match: 'word', pattern: 'tnt', method: 'express' },
  { match: 'contains', pattern: 'premium', method: 'express' },
  { match: 'contains', pattern: 'urgente', method: 'express' },
  { match: 'contains', pattern: 'mensajer', method: 'express' },
  { match: 'contains', pattern: 'post', method: 'postal' },
  { match: 'contains', pattern: 'correo', method: 'postal' },
  { match: 'contains', pattern: 'standard', method: 'postal' },
  { match: 'contains', pattern: 'estandar', method: 'postal' },
  { match: 'contains', pattern: 'economy', method: 'postal' },
  { match: 'contains', pattern: 'economico', method: 'postal' },
  { match: 'contains', pattern: 'small packet', method: 'postal' },
  { match: 'contains', pattern: 'smallpacket', method: 'postal' },
  { match: 'contains', pattern: 'epacket', method: 'postal' },
  { match: 'word', pattern: 'air', method: 'air' },
  { match: 'contains', pattern: 'airmail', method: 'air' },
  { match: 'contains', pattern: 'aereo', method: 'air' },
  { match: 'word', pattern: 'sea', method: 'sea' },
  { match: 'contains', pattern: 'ocean', method: 'sea' },
  { match: 'contains', pattern: 'maritimo', method: 'sea' },
  { match: 'contains', pattern: 'barco', method: 'sea' },
  { match: 'contains', pattern: 'rail', method: 'rail' },
  { match: 'contains', pattern: 'tren', method: 'rail' },
  { match: 'contains', pattern: 'ferrocarril', method: 'rail' },
  { match: 'contains', pattern: 'road', method: 'road' },
  { match: 'contains', pattern: 'truck', method: 'road' },
  { match: 'contains', pattern: 'camion', method: 'road' },
  { match: 'contains', pattern: 'terrestre', method: 'road' },
];
