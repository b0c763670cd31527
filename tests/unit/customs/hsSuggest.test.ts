// HS code suggestions: the nomenclature's words, the catalogue's products alike, Spanish through
// the catalogue and a small word list, and nothing at all for input that says nothing.
import { describe, expect, it } from 'vitest';
import { type ClassifiedProduct, catalogueIndex, suggestHs } from '../../../electron/core/customs/hsSuggest';
import { stem, terms } from '../../../shared/domain/hsText';

const product = (sku: string, name: string, hsCode: string, extra: Partial<ClassifiedProduct> = {}): ClassifiedProduct => ({
  sku,
  name,
  description: '',
  brand: '',
  model: '',
  hsCode,
  ...extra,
});

const CATALOGUE = catalogueIndex([
  product('TS-100', "Men's basic cotton T-shirt, crew neck", '610910'),
  product('HD-200', 'Zip hoodie, polyester fleece', '61103010', { brand: 'Northwind' }),
  product('EB-300', 'Bluetooth earbuds with charging case', '8518300000'),
  product('MG-400', 'Stoneware coffee mug 350 ml', '691200'),
  product('CA-500', 'Camiseta básica de algodón, manga corta', '610910'),
  product('XX-900', 'Something with a code that is no HS subheading', '999999'),
]);

describe('suggestHs from the nomenclature', () => {
  it('puts 6109.10 in the top five for a cotton T-shirt, with the words it shares', () => {
    const found = suggestHs("Men's cotton knitted T-shirt, short sleeves", 5);
    const tshirt = found.find((s) => s.code === '610910');
    expect(tshirt).toBeDefined();
    expect(tshirt!.description).toMatch(/T-shirts/);
    const reason = tshirt!.reasons.find((r) => r.kind === 'nomenclature');
    expect(reason?.words).toEqual(expect.arrayContaining(['tshirt', 'cotton']));
  });

  it('orders by a score between 0 and 1 and keeps to the limit', () => {
    for (const limit of [1, 3, 20]) {
      const found = suggestHs('Stainless steel vacuum flask 500 ml', limit);
      expect(found.length).toBeLessThanOrEqual(limit);
      expect(found.length).toBeGreaterThan(0);
      for (const s of found) {
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
      }
      expect(found.map((s) => s.score)).toEqual([...found.map((s) => s.score)].sort((a, b) => b - a));
    }
    expect(suggestHs('Stainless steel vacuum flask 500 ml', 5)[0]!.code).toBe('961700');
  });

  it('knows shop words the nomenclature says otherwise', () => {
    expect(suggestHs('Bluetooth wireless earbuds with charging case', 5).map((s) => s.code)).toContain('851830');
    expect(suggestHs('Portable power bank 10000 mAh', 5).map((s) => s.code)).toContain('850760');
  });

  it('reads common Spanish goods words', () => {
    expect(suggestHs('Gafas de sol polarizadas', 5).map((s) => s.code)).toContain('900410');
    expect(suggestHs('Camisetas de algodón para hombre', 5).map((s) => s.code)).toContain('610910');
  });
});

describe('suggestHs from the catalogue', () => {
  it('proposes the code of a product described alike, naming its SKU', () => {
    const found = suggestHs('Cotton crew neck T-shirt for men', 5, CATALOGUE);
    expect(found[0]!.code).toBe('610910');
    const reason = found[0]!.reasons.find((r) => r.kind === 'catalogue');
    expect(reason).toMatchObject({ kind: 'catalogue', sku: 'TS-100', name: "Men's basic cotton T-shirt, crew neck" });
    expect(reason!.kind === 'catalogue' && reason!.words).toEqual(expect.arrayContaining(['cotton', 'crew']));
  });

  it('uses the first six digits of a national code and ignores codes that are no HS subheading', () => {
    const found = suggestHs('Northwind zip hoodie', 5, CATALOGUE);
    expect(found[0]).toMatchObject({ code: '611030' });
    expect(found[0]!.reasons.some((r) => r.kind === 'catalogue' && r.sku === 'HD-200')).toBe(true);
    expect(suggestHs('Something with a code', 20, CATALOGUE).some((s) => s.code === '999999')).toBe(false);
  });

  it('matches a Spanish description to the catalogue', () => {
    const found = suggestHs('Camiseta de algodón manga corta', 3, CATALOGUE);
    expect(found[0]!.code).toBe('610910');
    expect(found[0]!.reasons).toContainEqual(expect.objectContaining({ kind: 'catalogue', sku: 'CA-500' }));
  });

  it('lets the nomenclature decide when nothing in the catalogue is alike', () => {
    const found = suggestHs('Wooden chopping board', 5, CATALOGUE);
    expect(found.every((s) => s.reasons.every((r) => r.kind === 'nomenclature'))).toBe(true);
  });
});

describe('suggestHs on input that says nothing', () => {
  it('answers [] without throwing', () => {
    const hostile = [
      '',
      '   ',
      '!!!???',
      'the of and with for',
      '500 ml 2 x 100%',
      '\u0000\u0007\u001b[31m',
      '<script>alert(1)</script>',
      '\u202e\u2066',
      '😀😀😀',
      'x'.repeat(10_000),
      '-'.repeat(600),
    ];
    for (const text of hostile) {
      expect(() => suggestHs(text, 5, CATALOGUE)).not.toThrow();
    }
    for (const text of ['', '   ', '!!!???', 'the of and with for', '500 ml 2 x 100%', '😀😀😀', '-'.repeat(600)])
      expect(suggestHs(text, 5, CATALOGUE)).toEqual([]);
    expect(suggestHs('cotton T-shirt', 0, CATALOGUE)).toEqual([]);
  });

  it('works with an empty catalogue', () => {
    expect(suggestHs("Men's cotton T-shirt", 5, catalogueIndex([])).map((s) => s.code)).toContain('610910');
  });
});

describe('the words compared', () => {
  it('sends a word and its inflections to one key', () => {
    expect(stem('shoes')).toBe(stem('shoe'));
    expect(stem('knitted')).toBe(stem('knit'));
    expect(stem('batteries')).toBe(stem('battery'));
    expect(stem('knives')).toBe(stem('knife'));
    expect(stem('bearings')).not.toBe(stem('bears'));
  });

  it('weighs the article named above its details and drops filler', () => {
    const ts = terms('Stoneware coffee mug with lid, 350 ml, new');
    const weight = (w: string) => ts.find((t) => t.stem === stem(w))?.weight;
    expect(weight('mug')).toBeGreaterThan(weight('coffee')!);
    expect(weight('coffee')).toBeGreaterThan(weight('lid')!);
    expect(ts.some((t) => ['350', 'ml', 'new', 'with'].includes(t.word))).toBe(false);
  });
});
