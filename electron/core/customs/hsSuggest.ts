// HS code suggestions for a goods description, offline and explainable: the HS 2022 subheadings
// ranked by the words they share with it (BM25 over each subheading's text, its heading's and its
// chapter's), and the codes of the catalogue's products described alike. It only proposes: the
// broker picks, and every suggestion says why it is there.
import type { HsSuggestion } from '../../../shared/api/contracts/customs';
import { hsSubheadings } from '../../../shared/domain/hs';
import { type Term, nomenclatureWords, stem, terms } from '../../../shared/domain/hsText';
import headingData from '../../../resources/hs/hs2022-headings.json';

/** A catalogue product that already has an HS code. */
export interface ClassifiedProduct {
  sku: string;
  name: string;
  description: string;
  brand: string;
  model: string;
  /** 6, 8 or 10 digits; the first six are the HS subheading. */
  hsCode: string;
}

// A subheading's own words weigh most; its heading's and chapter's tell the family apart
// ("knitted or crocheted", "apparel") without outvoting the line itself.
const HEADING_WEIGHT = 0.5;
const CHAPTER_WEIGHT = 0.25;
const K1 = 1.2;
const B = 0.5;
/** Nomenclature candidates looked at before combining with the catalogue's votes. */
const POOL = 60;
/** Products alike that vote, and how alike they must be. */
const NEIGHBOURS = 5;
const MIN_SIMILARITY = 0.2;
const BRAND_WEIGHT = 0.5;

interface Postings {
  docs: number[];
  tf: number[];
}

interface NomenclatureIndex {
  codes: string[];
  descriptions: string[];
  position: Map<string, number>;
  postings: Map<string, Postings>;
  idf: Map<string, number>;
  /** The stems each subheading's texts hold, for the reasons. */
  stems: Set<string>[];
  /** BM25's length factor per subheading, precomputed. */
  norm: Float64Array;
}

let nomenclature: NomenclatureIndex | undefined;

/** The stems of a text, a hyphenated word counted whole and by its parts. */
function stems(text: string): string[] {
  const out: string[] = [];
  for (const t of nomenclatureWords(text)) {
    out.push(stem(t.word));
    for (const p of t.parts) out.push(stem(p));
  }
  return out;
}

// Built on the first suggestion (about 100 ms), then kept: the nomenclature never changes while the app runs.
function nomenclatureIndex(): NomenclatureIndex {
  if (nomenclature) return nomenclature;
  const data = headingData as unknown as { chapters: [string, string, string][]; headings: [string, string][] };
  const chapterStems = new Map(data.chapters.map(([code, text]) => [code, stems(text)]));
  const headingStems = new Map(data.headings.map(([code, text]) => [code, stems(text)]));
  const entries = hsSubheadings();
  const postings = new Map<string, Postings>();
  const lengths: number[] = [];
  const docStems: Set<string>[] = [];
  entries.forEach((e, doc) => {
    const tf = new Map<string, number>();
    const own = stems(e.description);
    for (const s of own) tf.set(s, (tf.get(s) ?? 0) + 1);
    // Heading and chapter words count once each: they say what family the line is in, not how much.
    for (const s of new Set(headingStems.get(e.code.slice(0, 4)) ?? [])) tf.set(s, (tf.get(s) ?? 0) + HEADING_WEIGHT);
    for (const s of new Set(chapterStems.get(e.code.slice(0, 2)) ?? [])) tf.set(s, (tf.get(s) ?? 0) + CHAPTER_WEIGHT);
    for (const [s, n] of tf) {
      let p = postings.get(s);
      if (!p) postings.set(s, (p = { docs: [], tf: [] }));
      p.docs.push(doc);
      p.tf.push(n);
    }
    lengths.push(own.length);
    docStems.push(new Set(tf.keys()));
  });
  const n = entries.length;
  const average = lengths.reduce((a, b) => a + b, 0) / n;
  const idf = new Map<string, number>();
  for (const [s, p] of postings) idf.set(s, Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5)));
  nomenclature = {
    codes: entries.map((e) => e.code),
    position: new Map(entries.map((e, i) => [e.code, i])),
    descriptions: entries.map((e) => e.description),
    postings,
    idf,
    stems: docStems,
    norm: Float64Array.from(lengths, (l) => K1 * (1 - B + (B * l) / average)),
  };
  return nomenclature;
}

interface Candidate {
  nomenclature: number;
  catalogue: number;
  /** Query terms the subheading's texts hold, best first. */
  words: Term[];
  neighbours: { product: ClassifiedProduct; similarity: number; words: string[] }[];
}

/**
 * BM25 of the query terms against every subheading, as a share of what a subheading holding all
 * of them would score: 0..1, so a description the nomenclature barely knows scores low.
 */
function rankNomenclature(query: Term[]): Float64Array {
  const index = nomenclatureIndex();
  const scores = new Float64Array(index.codes.length);
  let best = 0;
  for (const t of query) {
    const p = index.postings.get(t.stem);
    if (!p) continue;
    const weight = t.weight * index.idf.get(t.stem)!;
    best += weight * (K1 + 1);
    for (let i = 0; i < p.docs.length; i++) {
      const doc = p.docs[i]!;
      const tf = p.tf[i]!;
      scores[doc] = scores[doc]! + (weight * tf * (K1 + 1)) / (tf + index.norm[doc]!);
    }
  }
  if (best > 0) for (let i = 0; i < scores.length; i++) scores[i] = scores[i]! / best;
  return scores;
}

function candidate(query: Term[], doc: number, scores: Float64Array): Candidate {
  const index = nomenclatureIndex();
  const words = query.filter((t) => index.stems[doc]!.has(t.stem));
  words.sort((a, b) => b.weight * index.idf.get(b.stem)! - a.weight * index.idf.get(a.stem)!);
  return { nomenclature: scores[doc]!, catalogue: 0, words, neighbours: [] };
}

/** Indexes of the `k` highest positive scores, best first. */
function topIndexes(scores: Float64Array, k: number): number[] {
  const picked: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s <= 0) continue;
    if (picked.length === k && s <= scores[picked[k - 1]!]!) continue;
    let at = picked.length === k ? k - 1 : picked.length;
    while (at > 0 && scores[picked[at - 1]!]! < s) at--;
    picked.splice(at, 0, i);
    if (picked.length > k) picked.pop();
  }
  return picked;
}

/** The catalogue's classified products as unit TF-IDF vectors, kept as an inverted index. */
export interface CatalogueIndex {
  products: ClassifiedProduct[];
  /** Each product's stems, for the words a reason shows. */
  stems: Set<string>[];
  /** Per stem: the products holding it and its weight in each one's unit vector. */
  postings: Map<string, { ids: number[]; weights: number[] }>;
  idf: Map<string, number>;
  /** Idf of a word no product has: rarer than any. */
  unseenIdf: number;
}

/** The terms of a product's texts: name and description, and its brand and model weighed less. */
export function productTerms(p: ClassifiedProduct): Term[] {
  const found = new Map(terms(`${p.name}, ${p.description}`).map((t) => [t.stem, t]));
  for (const t of terms(`${p.brand} ${p.model}`)) {
    if (!found.has(t.stem)) found.set(t.stem, { ...t, weight: t.weight * BRAND_WEIGHT });
  }
  return [...found.values()];
}

function unit(vector: Map<string, number>): Map<string, number> {
  let sum = 0;
  for (const v of vector.values()) sum += v * v;
  const length = Math.sqrt(sum) || 1;
  for (const [k, v] of vector) vector.set(k, v / length);
  return vector;
}

/**
 * Indexes the products whose code starts with a real HS 2022 subheading; the rest are left out.
 * `termsOf` lets a caller reuse the terms of products it indexed before (they are the slow part).
 */
export function catalogueIndex(products: ClassifiedProduct[], termsOf: (p: ClassifiedProduct) => Term[] = productTerms): CatalogueIndex {
  const known = nomenclatureIndex().position;
  const kept = products.filter((p) => known.has(p.hsCode.slice(0, 6)));
  const all = kept.map(termsOf);
  const df = new Map<string, number>();
  for (const ts of all) for (const t of ts) df.set(t.stem, (df.get(t.stem) ?? 0) + 1);
  const n = kept.length;
  const idf = new Map<string, number>();
  for (const [s, d] of df) idf.set(s, Math.log(1 + n / d));
  const postings = new Map<string, { ids: number[]; weights: number[] }>();
  all.forEach((ts, i) => {
    for (const [s, w] of unit(new Map(ts.map((t) => [t.stem, t.weight * idf.get(t.stem)!])))) {
      let p = postings.get(s);
      if (!p) postings.set(s, (p = { ids: [], weights: [] }));
      p.ids.push(i);
      p.weights.push(w);
    }
  });
  return { products: kept, stems: all.map((ts) => new Set(ts.map((t) => t.stem))), postings, idf, unseenIdf: Math.log(1 + Math.max(n, 1)) };
}

/** Cosine of the query with the products sharing a word; the nearest vote for their codes. */
function rankCatalogue(query: Term[], catalogue: CatalogueIndex, into: Map<string, Candidate>): void {
  const q = unit(new Map(query.map((t) => [t.stem, t.weight * (catalogue.idf.get(t.stem) ?? catalogue.unseenIdf)])));
  const dots = new Float64Array(catalogue.products.length);
  const touched: number[] = [];
  for (const [s, w] of q) {
    const p = catalogue.postings.get(s);
    if (!p) continue;
    for (let k = 0; k < p.ids.length; k++) {
      const i = p.ids[k]!;
      if (dots[i] === 0) touched.push(i);
      dots[i] = dots[i]! + w * p.weights[k]!;
    }
  }
  const near: number[] = [];
  for (const i of touched) {
    if (dots[i]! < MIN_SIMILARITY) continue;
    let at = near.length;
    while (at > 0 && dots[near[at - 1]!]! < dots[i]!) at--;
    if (at < NEIGHBOURS) near.splice(at, 0, i);
    if (near.length > NEIGHBOURS) near.pop();
  }
  for (const i of near) {
    const similarity = dots[i]!;
    const product = catalogue.products[i]!;
    const code = product.hsCode.slice(0, 6);
    const own = catalogue.stems[i]!;
    const shared = query.filter((t) => !t.glossary && own.has(t.stem)).map((t) => t.word);
    let c = into.get(code);
    if (!c) into.set(code, (c = { nomenclature: 0, catalogue: 0, words: [], neighbours: [] }));
    // Several products alike agreeing make a code likelier than one: combined as independent votes.
    c.catalogue = 1 - (1 - c.catalogue) * (1 - similarity);
    c.neighbours.push({ product, similarity, words: shared });
  }
}

// How much each source counts when they are combined as independent evidence. The nomenclature's
// score is taken relative to its best match for this description: its absolute level says more
// about how many words the nomenclature lacks (brands, shop words) than about the match.
// Weights chosen on tests/fixtures/hs-classified.csv (tests/bench/hs.ts prints the accuracy).
const NOMENCLATURE_WEIGHT = 0.7;
const CATALOGUE_WEIGHT = 0.5;

/**
 * Up to `limit` HS 2022 subheadings for a goods description, best first, each with a 0..1 score
 * and its reasons. An empty or meaningless description gets none.
 */
export function suggestHs(description: string, limit: number, catalogue?: CatalogueIndex): HsSuggestion[] {
  const query = terms(description.slice(0, 500));
  if (query.length === 0 || limit <= 0) return [];
  const index = nomenclatureIndex();
  const scores = rankNomenclature(query);
  const candidates = new Map<string, Candidate>();
  for (const doc of topIndexes(scores, POOL)) candidates.set(index.codes[doc]!, candidate(query, doc, scores));
  if (catalogue && catalogue.products.length > 0) rankCatalogue(query, catalogue, candidates);
  const position = index.position;
  const topNom = Math.max(1e-9, ...[...candidates.values()].map((c) => c.nomenclature));
  // A code only the catalogue proposes still gets its nomenclature score and words.
  for (const [code, c] of candidates) {
    if (c.words.length === 0 && c.nomenclature === 0) {
      const doc = position.get(code)!;
      Object.assign(c, { nomenclature: scores[doc]!, words: candidate(query, doc, scores).words });
    }
  }
  return [...candidates]
    .map(([code, c]) => ({ code, c, score: 1 - (1 - NOMENCLATURE_WEIGHT * (c.nomenclature / topNom)) * (1 - CATALOGUE_WEIGHT * c.catalogue) }))
    .sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1))
    .slice(0, limit)
    .map(({ code, c, score }) => {
      const reasons: HsSuggestion['reasons'] = [];
      for (const n of c.neighbours.slice(0, 2)) reasons.push({ kind: 'catalogue', sku: n.product.sku, name: n.product.name, words: n.words });
      if (c.words.length > 0) reasons.push({ kind: 'nomenclature', words: [...new Set(c.words.map((t) => t.word))].slice(0, 8) });
      return { code, description: index.descriptions[position.get(code)!]!, score: Math.round(score * 1000) / 1000, reasons };
    });
}
