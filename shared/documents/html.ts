// HTML for printed documents, escape-by-default: every value put into the `html` template is text,
// never markup, unless it is a fragment this module made (nested `html`) or markup wrapped by
// `trusted` (only our own barcode SVG). Pure: no Node, no DOM, so templates and tests share it.

/** Markup this module vouches for. Only instances it created count, so data cannot fake one. */
export class Markup {
  private constructor(readonly text: string) {}
  /** @internal */
  static make(text: string): Markup {
    const m = new Markup(text);
    GENUINE.add(m);
    return m;
  }
  toString(): string {
    return this.text;
  }
}
// A WeakSet rather than `instanceof`: Object.create(Markup.prototype) or a parsed object with a
// forged prototype is not in it.
const GENUINE = new WeakSet<object>();

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}

/**
 * Wraps markup produced by our own code from validated input (the barcode SVG). Never call it on
 * anything that contains user data: that is exactly what the template exists to prevent.
 */
export function trusted(markup: string): Markup {
  return Markup.make(markup);
}

export type HtmlValue = string | number | bigint | boolean | null | undefined | Markup | readonly HtmlValue[];

function valueToHtml(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number' || typeof value === 'bigint' || value === true) return escapeHtml(String(value));
  if (Array.isArray(value)) return value.map(valueToHtml).join('');
  if (typeof value === 'object' && GENUINE.has(value)) return (value as Markup).text;
  // An arbitrary object would print as "[object Object]" or, worse, through a toString it brings
  // along; refusing makes the template's author pass text explicitly.
  throw new TypeError(`A document value must be text, a number or markup made by html/trusted, not ${Object.prototype.toString.call(value)}.`);
}

/** The tagged template: `html\`<td>${name}</td>\`` escapes `name`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Markup {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += valueToHtml(values[i]) + (strings[i + 1] ?? '');
  return Markup.make(out);
}

/**
 * A CSS string literal for `content:` (page footer text): quotes, backslashes and line breaks are
 * escaped, and `<` too, so no value can close the <style> element.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export type Paper = 'A4' | 'Letter';
export const PAPERS: readonly Paper[] = ['A4', 'Letter'];

export interface DocumentParts {
  title: string;
  lang: string;
  paper: Paper;
  /** Our own stylesheet; may not contain '<' (it would end the style element). */
  css: string;
  body: Markup;
}

export interface RenderedPage {
  html: string;
  /** The exact text of the page's one <style> element: the CSP allows it by its hash. */
  style: string;
}

/** Base print styles: black on white, the paper size, rows never split across pages. */
function baseCss(paper: Paper): string {
  return `@page { size: ${paper === 'A4' ? 'A4' : 'letter'} portrait; margin: 12mm 10mm 14mm 10mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; font: 9.5pt/1.3 "Liberation Sans", Arial, Helvetica, sans-serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
/* fixed: the columns keep the widths the document gives them, however wide a barcode or word. */
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.3mm solid #000; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { font-size: 8pt; background: #eee; }
@media screen { body { max-width: ${paper === 'A4' ? '210mm' : '216mm'}; margin: 8mm auto; padding: 0 10mm; } }
`;
}

/** A whole page: doctype, language, title and one <style>; no script, no external resource. */
export function renderDocument(parts: DocumentParts): RenderedPage {
  if (parts.css.includes('<')) throw new Error('Document CSS may not contain "<".');
  const style = baseCss(parts.paper) + parts.css;
  const page = html`<!DOCTYPE html>
<html lang="${parts.lang}">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<title>${parts.title}</title>
<style>${trusted(style)}</style>
</head>
<body>
${parts.body}
</body>
</html>
`;
  return { html: page.text, style };
}

/**
 * The policy a document is served with: nothing but its own style element (by hash) and data:
 * images; no script source at all. `styleHash` is the base64 SHA-256 of `RenderedPage.style`,
 * computed where the document is served (shared/ has no crypto).
 */
export function documentCspFor(styleHash: string): string {
  if (!/^[A-Za-z0-9+/]+=*$/.test(styleHash)) throw new Error('Not a base64 hash.');
  return ["default-src 'none'", `style-src 'sha256-${styleHash}'`, 'img-src data:', "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join(
    '; ',
  );
}
