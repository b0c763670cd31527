// Barcodes are the one markup documents take unescaped: they must be bwip-js's plain shapes only.
import { describe, expect, it } from 'vitest';
import { code128, gtinBarcode, isPlainBarcodeSvg, isValidGtin } from '../../electron/core/documents/barcodes';

const svgOf = (m: { text: string } | null | undefined) => m?.text ?? '';

function assertInert(svg: string) {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).not.toMatch(/<script|<foreignObject|<image|<use|<a[\s>]|<style|<text/i);
  expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
  expect(svg).not.toMatch(/href|url\(|javascript:|style=/i);
  expect(svg.match(/https?:\/\/[^"]*/g) ?? []).toEqual(['http://www.w3.org/2000/svg']); // the namespace, not a fetch
}

describe('barcodes', () => {
  it('draws Code 128 for bins, SKUs and list numbers as inert SVG', () => {
    for (const text of ['A-01-02', 'SKU-001', 'PL-2026-0001', 'x"><script>alert(1)</script>']) {
      const svg = svgOf(code128(text));
      expect(svg, text).not.toBe('');
      assertInert(svg);
    }
  });

  it('gives no barcode for text Code 128 cannot carry, so the document prints the text alone', () => {
    expect(code128('')).toBeNull();
    expect(code128('Cajón Ñ')).toBeNull();
    expect(code128('a\nb')).toBeNull();
    expect(code128('x'.repeat(49))).toBeNull();
  });

  it('checks GTIN check digits', () => {
    expect(isValidGtin('4006381333931')).toBe(true);
    expect(isValidGtin('4006381333932')).toBe(false);
    expect(isValidGtin('036000291452')).toBe(true);
    expect(isValidGtin('96385074')).toBe(true);
    expect(isValidGtin('00036000291452')).toBe(true);
    expect(isValidGtin('')).toBe(false);
    expect(isValidGtin('12345')).toBe(false);
    expect(isValidGtin('40063813339x1')).toBe(false);
  });

  it('uses EAN-13, UPC-A or EAN-8 for a valid GTIN and nothing for an invalid one', () => {
    expect(gtinBarcode('4006381333931')?.code).toBe('4006381333931');
    expect(gtinBarcode('036000291452')?.code).toBe('036000291452');
    expect(gtinBarcode('96385074')?.code).toBe('96385074');
    expect(gtinBarcode('00036000291452')?.code).toBe('0036000291452');
    expect(gtinBarcode('10036000291459')).toBeNull(); // a case GTIN-14, not a retail item
    expect(gtinBarcode('4006381333932')).toBeNull();
    for (const g of ['4006381333931', '036000291452', '96385074']) assertInert(svgOf(gtinBarcode(g)?.svg));
  });

  it('refuses SVG with anything beyond plain paths', () => {
    expect(isPlainBarcodeSvg('<svg viewBox="0 0 1 1" xmlns="http://www.w3.org/2000/svg"><path d="M0 0L1 1" /></svg>')).toBe(true);
    for (const bad of [
      '<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>',
      '<svg viewBox="0 0 1 1" onload="alert(1)"><path d="M0 0" /></svg>',
      '<svg viewBox="0 0 1 1"><path d="M0 0" style="x" /></svg>',
      '<svg viewBox="0 0 1 1"><image href="http://evil/x.png" /></svg>',
      '<svg viewBox="0 0 1 1"><path d="M0 0" /></svg>text',
      '<svg viewBox="0 0 1 1"><path d="M0 0&quot; onload=&quot;x" /></svg>',
    ]) {
      expect(isPlainBarcodeSvg(bad), bad).toBe(false);
    }
  });
});
