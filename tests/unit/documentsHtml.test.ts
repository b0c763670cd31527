// The escape-by-default template and the document policy: user text is always text, and the
// policy allows exactly the page's own style element and nothing that runs.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentCsp, safeFileName, withSandbox } from '../../electron/core/documents/host';
import { Markup, cssString, documentCspFor, escapeHtml, html, renderDocument, trusted } from '../../shared/documents/html';

describe('html template', () => {
  it('escapes markup, both quotes and backticks in interpolated values', () => {
    const v = `<img src=x onerror="alert(1)"> & 'q' \`b\``;
    expect(html`<td title="${v}">${v}</td>`.text).toBe(
      '<td title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39; &#96;b&#96;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39; &#96;b&#96;</td>',
    );
  });

  it('cannot be closed out of: </style> and </script> in values stay text', () => {
    const out = html`<p>${'</style><script>alert(1)</script>'}</p>`.text;
    expect(out).toBe('<p>&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('joins arrays and nests fragments without escaping them twice', () => {
    const rows = ['a<b', 'c&d'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${rows}</ul>`.text).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
  });

  it('prints numbers, and nothing for null, undefined and false', () => {
    expect(html`${1.5}|${0}|${null}|${undefined}|${false}`.text).toBe('1.5|0|||');
  });

  it('passes markup through only when trusted() or html made it', () => {
    expect(html`${trusted('<svg></svg>')}`.text).toBe('<svg></svg>');
    // Lookalikes are refused rather than printed: a parsed object, a forged prototype, __proto__ tricks.
    const parsed = JSON.parse('{"text":"<script>alert(1)</script>","__proto__":{"text":"<b>"}}') as never;
    const forged = Object.create(Markup.prototype, { text: { value: '<script>alert(1)</script>' } }) as never;
    expect(() => html`${parsed}`).toThrow(TypeError);
    expect(() => html`${forged}`).toThrow(TypeError);
    expect(() => html`${{ toString: () => '<b>' } as never}`).toThrow(TypeError);
  });

  it('treats "__proto__" and friends as plain words', () => {
    expect(html`${'__proto__'} ${'constructor'}`.text).toBe('__proto__ constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never lets a random string produce a tag or an attribute break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const escaped = escapeHtml(s);
        // No raw special character survives, and every entity decodes back to the input.
        expect(escaped.replace(/&(amp|lt|gt|quot|#39|#96);/g, '')).not.toMatch(/[&<>"'`]/);
        expect(
          escaped
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&#39;/g, "'")
            .replace(/&#96;/g, '`')
            .replace(/&amp;/g, '&'),
        ).toBe(s);
        expect(html`<td title="${s}">${s}</td>`.text).toBe(`<td title="${escaped}">${escaped}</td>`);
      }),
    );
  });

  it('makes CSS strings that cannot end the string or the style element', () => {
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c /style\\3e "');
    expect(cssString('line\nbreak')).toBe('"line\\a break"');
  });
});

describe('renderDocument and its policy', () => {
  const page = renderDocument({ title: '<Title> & "co"', lang: 'es', paper: 'Letter', css: '.x { color: #000; }', body: html`<p>${'<b>hi</b>'}</p>` });

  it('is a whole page with one style element, no script and no external resource', () => {
    expect(page.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.html).toContain('<html lang="es">');
    expect(page.html).toContain('<title>&lt;Title&gt; &amp; &quot;co&quot;</title>');
    expect(page.html.match(/<style>/g)).toHaveLength(1);
    expect(page.html).not.toMatch(/<script|<link|<img|<iframe|<object|\son\w+=|src=|href=/i);
    expect(page.style).toContain('size: letter portrait');
  });

  it('refuses CSS that could close the style element', () => {
    expect(() => renderDocument({ title: 't', lang: 'en', paper: 'A4', css: '</style><script>', body: html`` })).toThrow();
  });

  it('allows the style element by the hash of its exact text and nothing that runs', () => {
    const csp = documentCsp(page);
    const styleText = /<style>([\s\S]*?)<\/style>/.exec(page.html)![1]!;
    const hash = createHash('sha256').update(styleText, 'utf8').digest('base64');
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
    expect(csp).not.toMatch(/script-src|unsafe|\*/);
    expect(withSandbox(csp)).toMatch(/; sandbox$/);
    expect(() => documentCspFor("x'; script-src *")).toThrow();
  });

  it('suggests file names with nothing a file system or a dialog could misread', () => {
    expect(safeFileName('pick-list-../../etc/passwd', 'pdf')).toBe('pick-list-etc-passwd.pdf');
    expect(safeFileName('PL 2026/0001 «Ñ»', 'pdf')).toBe('PL-2026-0001-N.pdf');
    expect(safeFileName('...', 'pdf')).toBe('document.pdf');
  });
});
