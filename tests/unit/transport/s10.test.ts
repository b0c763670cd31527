// UPU S10 identifiers: the check digit against the published example and the UPU's algorithm,
// formatting and parsing. Source of the worked example: Wikipedia, "S10 (UPU standard)",
// section "Check-digit calculation" (after UPU standard S10): serial 47312482, S = 200,
// C = 11 - (200 mod 11) = 9.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatS10, isValidS10, parseS10, s10CheckDigit } from '../../../shared/domain/s10';

/** The UPU rule written out independently: weighted sum, 11 - (S mod 11), 10 -> 0, 11 -> 5. */
function byHand(serial: string): number {
  const w = [8, 6, 4, 2, 3, 5, 9, 7];
  const s = [...serial].reduce((sum, d, i) => sum + Number(d) * w[i]!, 0);
  const c = 11 - (s % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

describe('s10CheckDigit', () => {
  it('gives 9 for the published example 47312482 (S = 200)', () => {
    expect(s10CheckDigit('47312482')).toBe(9);
    expect(formatS10('RA', '47312482', 'GB')).toBe('RA473124829GB');
  });

  it('writes C = 10 as 0 and C = 11 as 5, the two special cases of the rule', () => {
    // 00000000: S = 0, C = 11 -> 5.
    expect(s10CheckDigit('00000000')).toBe(5);
    // 00000012: S = 1 x 9 + 2 x 7 = 23, 23 mod 11 = 1, C = 10 -> 0.
    expect(s10CheckDigit('00000012')).toBe(0);
    // Ordinary cases: 00000001: S = 7, C = 4. 10000000: S = 8, C = 3. 00000003: S = 21, C = 1.
    expect(s10CheckDigit('00000001')).toBe(4);
    expect(s10CheckDigit('10000000')).toBe(3);
    expect(s10CheckDigit('00000003')).toBe(1);
  });

  it('agrees with the rule written out for any serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        const serial = String(n).padStart(8, '0');
        expect(s10CheckDigit(serial)).toBe(byHand(serial));
      }),
    );
  });

  it('refuses a serial that is not eight digits', () => {
    expect(() => s10CheckDigit('1234567')).toThrow();
    expect(() => s10CheckDigit('1234567A')).toThrow();
  });
});

describe('parseS10', () => {
  it('reads an identifier as scanned or typed with spaces and lower case', () => {
    expect(parseS10('ra 473 124 829 gb')).toEqual({ ok: true, number: 'RA473124829GB', indicator: 'RA', serial: '47312482', checkDigit: 9, country: 'GB' });
  });

  it('names the wrong part', () => {
    expect(parseS10('RA473124828GB')).toEqual({ ok: false, reason: 'checkDigit', expectedCheckDigit: 9 });
    expect(parseS10('RA47312482GB')).toEqual({ ok: false, reason: 'length' });
    expect(parseS10('R1473124829GB').ok).toBe(false);
    expect(parseS10('RA4731248X9GB')).toMatchObject({ ok: false, reason: 'serial' });
    expect(parseS10('RA4731248291B')).toMatchObject({ ok: false, reason: 'country' });
  });

  it('accepts every formatted number and refuses it with any other check digit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('RR', 'LX', 'UX', 'CP', 'EE'),
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 1, max: 9 }),
        (indicator, n, shift) => {
          const number = formatS10(indicator, n, 'ES');
          expect(isValidS10(number)).toBe(true);
          const wrong = `${number.slice(0, 10)}${(Number(number[10]) + shift) % 10}${number.slice(11)}`;
          expect(isValidS10(wrong)).toBe(false);
        },
      ),
    );
  });
});
