// HS 2022 codes: the check a product's tariff code must pass, and the picker's search.
import { describe, expect, it } from 'vitest';
import { checkHsCode, foldText, hsDescription, searchHs } from '../../shared/domain/hs';

describe('checkHsCode', () => {
  it('accepts a real subheading and national extensions of it', () => {
    expect(checkHsCode('851671')).toBeNull();
    expect(checkHsCode('85167100')).toBeNull();
    expect(checkHsCode('8516710000')).toBeNull();
  });

  it('refuses anything but digits', () => {
    for (const code of ['8516.71', '851 671', 'ABC123', '', '85167a']) expect(checkHsCode(code)).toBe('catalogue.validation.hsDigits');
  });

  it('refuses lengths other than 6, 8 or 10', () => {
    for (const code of ['8516', '85167', '8516710', '851671000', '85167100000']) expect(checkHsCode(code)).toBe('catalogue.validation.hsLength');
  });

  it('refuses a code whose first six digits are no HS 2022 subheading', () => {
    expect(checkHsCode('999999')).toBe('catalogue.validation.hsUnknown');
    expect(checkHsCode('851600')).toBe('catalogue.validation.hsUnknown');
    expect(checkHsCode('77000000')).toBe('catalogue.validation.hsUnknown');
  });

  it('describes a code by its subheading', () => {
    expect(hsDescription('8516710000')).toMatch(/coffee or tea makers/);
    expect(hsDescription('999999')).toBeUndefined();
  });
});

describe('searchHs', () => {
  it('finds by code prefix, dots and spaces ignored, in code order', () => {
    const found = searchHs('8516', 50).map((e) => e.code);
    expect(found).toContain('851671');
    expect(found.every((c) => c.startsWith('8516'))).toBe(true);
    expect(found).toEqual([...found].sort());
    expect(searchHs('8516.71')[0]!.code).toBe('851671');
    expect(searchHs('8516710090')[0]!.code).toBe('851671');
  });

  it('finds by words: all must appear, case and accents ignored', () => {
    expect(searchHs('coffee makers').map((e) => e.code)).toContain('851671');
    expect(searchHs('COFFÉE TEA makers').map((e) => e.code)).toEqual(['851671']);
    expect(searchHs('lithium-ion').map((e) => e.code)).toContain('850760');
    expect(searchHs('coffee zzzz')).toEqual([]);
  });

  it('respects the limit and answers nothing for an empty query', () => {
    expect(searchHs('of', 7)).toHaveLength(7);
    expect(searchHs('   ')).toEqual([]);
    expect(searchHs('85', 0)).toEqual([]);
  });

  it('folds accents and case', () => {
    expect(foldText('Café TÉ')).toBe('cafe te');
  });
});
