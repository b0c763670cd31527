// decodeCsvBytes and neutraliseFormula: the cases that matter, then properties over arbitrary input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countReplacementCharacters, decodeCsvBytes, decodeWindows1252 } from '../../shared/import/encoding';
import { FORMULA_START, neutraliseFormula } from '../../shared/import/formula';
import { fuzz } from '../hostile/fuzz';

const hostile = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../hostile/files', name)));
const bytes = (...b: number[]) => new Uint8Array(b);
const utf16 = (text: string, order: 'le' | 'be', bom = true) => {
  const buf = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (order === 'be') buf.swap16();
  return new Uint8Array(buf);
};

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without a BOM; the BOM never reaches the text', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('a,b\nMünchen,€\n'))).toEqual({
      text: 'a,b\nMünchen,€\n',
      encoding: 'utf-8',
      bom: false,
      replacementCharacters: 0,
    });
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ text: 'a', encoding: 'utf-8', bom: true, replacementCharacters: 0 });
  });

  it('reads UTF-16 LE and BE by their BOM, and without one by the zero bytes of ASCII text', () => {
    for (const order of ['le', 'be'] as const) {
      expect(decodeCsvBytes(utf16('order\tname\nA1\tMünchen 😀\n', order))).toMatchObject({
        text: 'order\tname\nA1\tMünchen 😀\n',
        encoding: `utf-16${order}`,
        bom: true,
        replacementCharacters: 0,
      });
      expect(decodeCsvBytes(utf16('order_number,country\nA1,DE\n', order, false))).toMatchObject({
        text: 'order_number,country\nA1,DE\n',
        encoding: `utf-16${order}`,
        bom: false,
      });
    }
  });

  it('falls back to Windows-1252 for a file that is not UTF-8 ("München" as 0xFC), with a warning', () => {
    const r = decodeCsvBytes(bytes(0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e, 0x20, 0x80, 0x35));
    expect(r).toEqual({ text: 'München €5', encoding: 'windows-1252', bom: false, replacementCharacters: 0, warning: 'import.legacyEncoding' });
  });

  it("decodes 0x80-0x9F as Windows-1252 does (Node 20's TextDecoder gives C1 controls there)", () => {
    const text = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }).map((b) => b.map((x) => (x >= 0x80 && x < 0xa0 ? x + 0x20 : x))),
        (b) => {
          // Outside 0x80-0x9F, Windows-1252 is Latin-1.
          expect(decodeWindows1252(b)).toBe(Buffer.from(b).toString('latin1'));
        },
      ),
      fuzz(200),
    );
    expect(decodeWindows1252(new Uint8Array(20_000).fill(0xfc))).toBe('ü'.repeat(20_000));
  });

  it('keeps damaged UTF-8 as UTF-8 and counts what was lost, instead of turning every "ü" into "Ã¼"', () => {
    const good = new TextEncoder().encode('Müller, Köln, Zürich, ');
    const r = decodeCsvBytes(new Uint8Array([...good, 0xc3, 0x28, 0xff]));
    expect(r.encoding).toBe('utf-8');
    expect(r.text.startsWith('Müller, Köln, Zürich, ')).toBe(true);
    expect(r.replacementCharacters).toBe(2);
    expect(r.warning).toBe('import.badEncoding');
  });

  it('reports U+FFFD that a file already contains (an export that lost characters before us)', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('M\uFFFDnchen'))).toMatchObject({
      encoding: 'utf-8',
      replacementCharacters: 1,
      warning: 'import.badEncoding',
    });
  });

  it('a broken UTF-16 file (lone surrogate, odd length) is reported', () => {
    expect(decodeCsvBytes(bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00)).replacementCharacters).toBe(1);
    expect(decodeCsvBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x42)).replacementCharacters).toBe(1);
  });

  it('empty input and a lone BOM are empty text', () => {
    expect(decodeCsvBytes(bytes())).toEqual({ text: '', encoding: 'utf-8', bom: false, replacementCharacters: 0 });
    expect(decodeCsvBytes(hostile('bom-only.csv'))).toEqual({ text: '', encoding: 'utf-8', bom: true, replacementCharacters: 0 });
  });

  it('reads the committed encoding corpus', () => {
    for (const name of ['utf16le-bom.csv', 'utf16be-bom.csv', 'windows-1252.csv']) {
      const r = decodeCsvBytes(hostile(name));
      expect(r.text, name).toContain('München');
      expect(r.text, name).toContain('Zoë Ångström');
      expect(r.replacementCharacters, name).toBe(0);
    }
    expect(decodeCsvBytes(hostile('utf8-invalid.csv'))).toMatchObject({ encoding: 'utf-8', warning: 'import.badEncoding' });
  });

  it('property: never throws; any valid UTF-8 comes back unchanged', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const r = decodeCsvBytes(b);
        expect(r.replacementCharacters).toBe(countReplacementCharacters(r.text));
      }),
      fuzz(400),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        // A string with NULs every other char could look like UTF-16; real CSV text has no NULs.
        fc.pre(!s.includes('\u0000'));
        const r = decodeCsvBytes(new TextEncoder().encode(s));
        expect(r.text).toBe(s.replace(/^\uFEFF/, ''));
        expect(r.encoding).toBe('utf-8');
      }),
      fuzz(400),
    );
  });

  it('property: UTF-16 with a BOM round-trips any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('le' as const, 'be' as const), (s, order) => {
        expect(decodeCsvBytes(utf16(s, order)).text).toBe(s);
      }),
      fuzz(300),
    );
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['=HYPERLINK("http://x")\nsecond line', '\'=HYPERLINK("http://x")\nsecond line'],
    ['=1\r\n=2', "'=1\r\n=2"],
    ['plain', 'plain'],
    ['', ''],
    [' =1', ' =1'],
    ["'=1", "'=1"],
    ['a=1', 'a=1'],
  ])('%j -> %j', (cell, out) => {
    expect(neutraliseFormula(cell)).toBe(out);
  });

  it('papaparse escapeFormulae: true misses a formula with a line break; FORMULA_START does not', () => {
    const cell = '=1+1\nnext';
    expect(Papa.unparse([[cell]], { escapeFormulae: true })).toBe('"=1+1\nnext"');
    expect(Papa.unparse([[cell]], { escapeFormulae: FORMULA_START })).toBe('"\'=1+1\nnext"');
  });

  it('property: the result never starts a formula, is idempotent, and only ever adds one quote', () => {
    const trigger = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '');
    fc.assert(
      fc.property(trigger, fc.string({ unit: 'binary', maxLength: 40 }), (t, rest) => {
        const cell = t + rest;
        const out = neutraliseFormula(cell);
        expect(FORMULA_START.test(out)).toBe(false);
        expect(neutraliseFormula(out)).toBe(out);
        expect(out === cell || out === `'${cell}`).toBe(true);
      }),
      fuzz(500),
    );
  });
});
