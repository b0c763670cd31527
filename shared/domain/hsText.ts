// Goods descriptions as words the HS suggestions can compare: folded, stemmed, filler dropped,
// the named article weighed above its details, Spanish goods words and shop words given their
// nomenclature wording as well.
import { foldText } from './hs';
import { SHOP_WORDS, SPANISH_WORDS } from './hsWords';

/** One word of a description: `stem` is compared, `word` is what a reason shows. */
export interface Term {
  stem: string;
  word: string;
  /** 1 for the user's own words; more for the article named, less for details and glossary words. */
  weight: number;
  /** Brought by a glossary (a translation or a shop word), not written by the user. */
  glossary: boolean;
}

/**
 * English and Spanish function words, and the nomenclature's filler ("other", "n.e.c.", "thereof"),
 * which would otherwise match half the tariff. Shop filler (sizes, "new", "premium") tells nothing
 * about the tariff line either.
 */
const STOP = new Set(
  (
    'a an and or the of for with without within in into on onto by to from at as is are be been being its it their this that these those ' +
    'whether not other others than thereof therefor therefore such kind kinds type types etc nec nes incl including excluding exclusive except ' +
    'item items heading headings subheading no nos put up only mainly solely principally chiefly wholly partly ' +
    'whose which also but if any all each more less one two three four five six per like similar used using use ' +
    'new pack packs pc pcs piece pieces size sizes assorted various premium quality best great original genuine style fashionable stylish cute ' +
    'model brand product products unit units approx approximately set sets inch inches ml cl mm cm kg mah gb tb mb oz lb ' +
    'de del la las el los lo con sin para por y o u en un una unos unas al se su sus tipo modelo talla marca nuevo nueva'
  ).split(' '),
);

/** Colours rarely decide a tariff line, but "black tea" and "red wine" are real: they count a little. */
const COLOURS = new Set(
  'black white red blue green pink grey gray yellow purple orange brown beige navy negro blanco rojo azul verde rosa gris amarillo tinto'.split(' '),
);
const COLOUR_WEIGHT = 0.4;

/** Words after which a description gives details of the article, not the article ("... with charging case"). */
const DETAIL = new Set('with without in for including includes plus under over con sin para en incluye'.split(' '));
/** Words naming a form or a pack rather than the article ("soap bar", "tea bags"): never the article. */
const FORM = new Set('bar bars pack packs box boxes kit kits piece pieces roll rolls tube tubes tin tins can cans sachet sachets'.split(' '));
const HEAD_WEIGHT = 1.5;
const DETAIL_WEIGHT = 0.7;

/** Quantities and sizes ("500ml", "2x", "100%") say nothing about the tariff line at 6 digits. */
const MEASURE = /^\d+([.,]\d+)?(ml|cl|l|g|kg|mg|mm|cm|m|w|kw|v|mah|wh|gb|tb|mb|oz|lb|in|inch|x|pcs|pc|pack|%)?$/;

const IRREGULAR: Record<string, string> = {
  knives: 'knife',
  leaves: 'leaf',
  shelves: 'shelf',
  halves: 'half',
  loaves: 'loaf',
  scarves: 'scarf',
  children: 'child',
  teeth: 'tooth',
  feet: 'foot',
  mice: 'mouse',
  geese: 'goose',
  potatoes: 'potato',
  tomatoes: 'tomato',
};

/** Nouns ending in -ing that are no verb's form: "bearings" are not "bears", "clothing" is not "cloth". */
const ING_NOUNS = new Set(['bearing', 'clothing', 'ceiling', 'string', 'sterling', 'earring', 'wedding', 'pudding', 'stuffing', 'filling', 'lining', 'casing']);

const VOWEL = /[aeiouy]/;

/**
 * A light English stemmer: plurals, -ed and -ing, doubled consonants, a final e. It only has to
 * send a word and its inflections to the same key ("shoes"/"shoe", "knitted"/"knit",
 * "heating"/"heated"/"heat"); the key is never shown. "Men" and "women" stay apart from "man"
 * ("man-made fibres" is no men's garment).
 */
export function stem(word: string): string {
  let w = IRREGULAR[word] ?? word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  const stripped = w.endsWith('eed') || ING_NOUNS.has(w) ? w : w.replace(/(ed|ing)$/, '');
  if (stripped !== w && stripped.length >= 3 && VOWEL.test(stripped)) {
    w = stripped;
    if (/([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** A word as written, and the parts of a hyphenated one ("t-shirt": tshirt, with part shirt). */
export interface Token {
  word: string;
  parts: string[];
  /** 0 for the words naming the article, 1 for details after a comma or "with", "for", "in". */
  segment: number;
}

const keep = (w: string) => w.length > 1 && !STOP.has(w) && !MEASURE.test(w);

const SPELLED: Record<string, string> = { ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' };

function fold(text: string): string {
  // The nomenclature and most descriptions are plain ASCII: the Unicode fold is for the rest.
  // eslint-disable-next-line no-control-regex -- the range is "any ASCII character"
  const folded = /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : foldText(text.replace(/[’`´]/g, "'")).replace(/[øœæßłđı]/g, (c) => SPELLED[c]!);
  return folded.replace(/'s\b/g, '').replace(/'/g, '');
}

/** Lower-case, accent-free words, filler and measures left out, each with its segment. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let segment = 0;
  for (const [raw] of fold(text).matchAll(/[a-z0-9-]+|[,;:()/[\]]/g)) {
    if (!/[a-z0-9]/.test(raw)) {
      if (out.length > 0 && raw !== '-') segment = 1;
      continue;
    }
    if (DETAIL.has(raw) && out.length > 0) segment = 1;
    const parts = raw.split('-').filter((p) => p !== '');
    const word = parts.join('');
    if (!keep(word)) continue;
    out.push({ word, parts: parts.length > 1 ? parts.filter(keep) : [], segment });
  }
  return out;
}

/**
 * The nomenclature's own words, leaving out what a text excludes: "(not knitted or crocheted)",
 * "(other than cotton)" and "(excluding ...)" name what the line is not.
 */
export function nomenclatureWords(text: string): Token[] {
  return tokens(text.replace(/\((not|other than|excluding|excl\.?|except)\b[^)]*\)/gi, ' '));
}

/** A glossary key as the lookup sees it: stemmed words, one space apart. */
const keyOf = (phrase: string) =>
  tokens(phrase)
    .map((t) => stem(t.word))
    .join(' ');

let shopIndex: Map<string, string> | undefined;
let spanishIndex: Map<string, string> | undefined;

function indexes(): { shop: Map<string, string>; spanish: Map<string, string> } {
  shopIndex ??= new Map(Object.entries(SHOP_WORDS).map(([k, v]) => [keyOf(k), v]));
  spanishIndex ??= new Map(Object.entries(SPANISH_WORDS).map(([k, v]) => [fold(k), v]));
  return { shop: shopIndex, spanish: spanishIndex };
}

/** A Spanish word's English: as written, else without the plural ("camisetas", "pantalones"). */
function spanishOf(spanish: Map<string, string>, word: string): string | undefined {
  return (
    spanish.get(word) ?? (word.endsWith('es') ? spanish.get(word.slice(0, -2)) : undefined) ?? (word.endsWith('s') ? spanish.get(word.slice(0, -1)) : undefined)
  );
}

const SPANISH_FUNCTION_WORDS = /(^|\s)(de|del|con|para|sin|y|el|la|los|las|por)(\s|$)/;

/**
 * Which word names the article: in English the last of the first phrase ("stoneware coffee
 * *mug*"), in Spanish the first ("*taza* de cerámica"); never a form word ("soap *bar*").
 */
function headOf(ts: Token[], spanishText: boolean): Token | undefined {
  // A participle describes the article ("candles *poured* in jars", "*printed* mug"); it never names it.
  const first = ts.filter((t) => t.segment === 0 && !FORM.has(t.word) && !COLOURS.has(t.word) && !t.word.endsWith('ed'));
  return spanishText ? first[0] : first[first.length - 1];
}

const SPANISH_WEIGHT = 0.9;
const SHOP_WEIGHT = 0.6;

/**
 * The terms of a goods description: each word as written (stemmed), plus the English of a Spanish
 * goods word and the nomenclature's wording of a shop word ("earbuds" -> earphones), weighted lower.
 * Two-word entries ("power bank", "gafas sol") are looked up as pairs. A stem appears once, at its best weight.
 */
export function terms(text: string): Term[] {
  const { shop, spanish } = indexes();
  const best = new Map<string, Term>();
  const add = (word: string, weight: number, glossary: boolean) => {
    const s = stem(word);
    if (s.length < 2) return;
    const seen = best.get(s);
    if (!seen || seen.weight < weight) best.set(s, { stem: s, word, weight, glossary: glossary && (seen?.glossary ?? true) });
    else if (!glossary) seen.glossary = false;
  };
  // Words in sequence: each is added; the user's Spanish words bring their English, and a shop
  // word or pair (the user's or a translation's) brings the nomenclature's wording, once.
  const walk = (ts: Token[], weightOf: (t: Token) => number, from: 'user' | 'spanish' | 'glossary') => {
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      const weight = weightOf(t);
      add(t.word, weight, from !== 'user');
      for (const p of t.parts) add(p, weight * 0.8, from !== 'user');
      if (from === 'glossary') continue;
      const next = ts[i + 1];
      if (from === 'user') {
        const english = (next && spanish.get(`${t.word} ${next.word}`)) ?? spanishOf(spanish, t.word);
        if (english !== undefined) walk(tokens(english), () => weight * SPANISH_WEIGHT, 'spanish');
      }
      const pair = next ? shop.get(`${stem(t.word)} ${stem(next.word)}`) : undefined;
      if (pair !== undefined) walk(tokens(pair), () => Math.max(weight, weightOf(next!)) * SHOP_WEIGHT, 'glossary');
      const single = shop.get(stem(t.word));
      if (single !== undefined) walk(tokens(single), () => weight * SHOP_WEIGHT, 'glossary');
    }
  };
  const ts = tokens(text);
  const head = headOf(ts, SPANISH_FUNCTION_WORDS.test(fold(text)));
  walk(ts, (t) => (COLOURS.has(t.word) ? COLOUR_WEIGHT : t === head ? HEAD_WEIGHT : t.segment > 0 ? DETAIL_WEIGHT : 1), 'user');
  return [...best.values()];
}
