// Barcodes for printed documents as inline SVG, made by bwip-js from text we checked first. The SVG
// is then checked against the few elements and attributes bwip-js draws with before it is marked
// `trusted`: it is the only markup a document takes that the template does not escape.
import bwipjs from 'bwip-js/node';
import { type Markup, trusted } from '../../../shared/documents/html';

/** Printable ASCII only: Code 128 encodes it directly, and nothing in it can be a parse directive (parse is off anyway). */
const CODE128_TEXT = /^[\x20-\x7E]{1,48}$/;

/** GS1 mod-10 check digit over all digits but the last. */
export function isValidGtin(digits: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(digits)) return false;
  let sum = 0;
  const body = digits.slice(0, -1);
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(digits.at(-1));
}

// What bwip-js's SVG drawing emits (bars as stroked paths, text as filled glyph paths).
const ALLOWED_TAG = /^<(svg|path)(\s+(viewBox|xmlns|stroke|stroke-width|fill|fill-rule|d)="[^"<>&]*")*\s*\/?>$/;

/** True when the SVG has only bwip-js's own shapes: no script, no event handler, no link, no style. */
export function isPlainBarcodeSvg(svg: string): boolean {
  const tags = svg.match(/<[^>]*>/g) ?? [];
  const outside = svg.replace(/<[^>]*>/g, '').trim();
  return outside === '' && tags.length > 1 && tags.every((t) => t === '</svg>' || ALLOWED_TAG.test(t));
}

function draw(bcid: string, text: string): Markup | null {
  try {
    const svg = bwipjs.toSVG({ bcid, text, scale: 2, height: 10, includetext: false, paddingwidth: 0, paddingheight: 0 });
    return isPlainBarcodeSvg(svg) ? trusted(svg) : null;
  } catch {
    return null; // not encodable in this symbology: the document prints the text alone
  }
}

/** Code 128 of a bin code, SKU or list number; null when the text has characters it cannot carry. */
export function code128(text: string): Markup | null {
  return CODE128_TEXT.test(text) ? draw('code128', text) : null;
}

/**
 * The product's retail barcode: UPC-A for 12 digits, EAN-13 for 13 (and for a GTIN-14 with a
 * leading zero), EAN-8 for 8. Null when the GTIN is empty or its check digit is wrong.
 */
export function gtinBarcode(gtin: string): { svg: Markup; code: string } | null {
  const digits = gtin.trim();
  if (!isValidGtin(digits)) return null;
  const [bcid, code] =
    digits.length === 12
      ? ['upca', digits]
      : digits.length === 13
        ? ['ean13', digits]
        : digits.length === 8
          ? ['ean8', digits]
          : digits.startsWith('0')
            ? ['ean13', digits.slice(1)]
            : [null, digits];
  if (!bcid) return null; // a GTIN-14 of a case (indicator 1-8) is not a retail barcode
  const svg = draw(bcid, code);
  return svg ? { svg, code } : null;
}
