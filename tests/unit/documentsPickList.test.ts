// The pick list template: hostile text from the catalogue, locations and orders prints as text.
import { describe, expect, it } from 'vitest';
import { code128 } from '../../electron/core/documents/barcodes';
import { pickListLabels } from '../../electron/core/documents/labels';
import { type PickListDocument, renderPickList } from '../../shared/documents/pickList';

const HOSTILE = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '"><svg onload=alert(3)>', '</style><script>alert(4)</script>', '__proto__'];

function doc(overrides: Partial<PickListDocument> = {}): PickListDocument {
  return {
    number: 'PL-0001',
    numberBarcode: code128('PL-0001'),
    kind: 'wave',
    createdAt: '26 Nov 2026, 20:20',
    orderCount: 2,
    paper: 'A4',
    lang: 'en',
    labels: pickListLabels('en'),
    lines: HOSTILE.map((name, i) => ({
      seq: i + 1,
      binCode: `A-0${i}`,
      binBarcode: code128(`A-0${i}`),
      zone: i === 0 ? '<b>Z</b>' : 'A',
      sku: `SKU-${i}`,
      productName: name,
      productBarcode: code128(`SKU-${i}`),
      productCode: `SKU-${i}`,
      quantity: '2.5',
      unit: 'PCE',
      container: `T-${i}`,
      orderNumber: i === 1 ? '<i>ORD</i>' : `ORD-${i}`,
    })),
    ...overrides,
  };
}

describe('pick list template', () => {
  const page = renderPickList(doc());

  it('prints hostile names as escaped text and adds no element of theirs', () => {
    expect(page.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(page.html).toContain('&quot;&gt;&lt;svg onload=alert(3)&gt;');
    expect(page.html).toContain('&lt;/style&gt;&lt;script&gt;alert(4)&lt;/script&gt;');
    expect(page.html).toContain('&lt;b&gt;Z&lt;/b&gt;');
    expect(page.html).toContain('&lt;i&gt;ORD&lt;/i&gt;');
    expect(page.html).not.toMatch(/<script|<img|<b>|<i>/i);
    expect(page.html).not.toMatch(/<[a-z][^<>]*\son\w+=/i); // no tag of ours carries an event handler
    expect(page.html.match(/<style>/g)).toHaveLength(1);
    expect(page.html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('has a row per line in the given order, with bin, product and list barcodes', () => {
    expect(page.html.match(/<tr>/g)).toHaveLength(1 + HOSTILE.length); // header + lines
    const bins = [...page.html.matchAll(/<div class="code">(A-0\d)<\/div>/g)].map((m) => m[1]);
    expect(bins).toEqual(['A-00', 'A-01', 'A-02', 'A-03', 'A-04']);
    expect(page.html.match(/<svg /g)).toHaveLength(1 + 2 * HOSTILE.length);
    expect(page.html).toContain('<td class="qty">2.5 <span class="unit">PCE</span></td>');
  });

  it('sets the paper size, the language and page numbers in the page margin', () => {
    expect(page.style).toContain('size: A4 portrait');
    expect(page.html).toContain('<html lang="en">');
    expect(page.style).toContain('counter(page)');
    expect(page.style).toContain('counter(pages)');
    const letter = renderPickList(doc({ paper: 'Letter', lang: 'es', labels: pickListLabels('es') }));
    expect(letter.style).toContain('size: letter portrait');
    expect(letter.html).toContain('Lista de preparación PL-0001');
    expect(letter.style).toContain('"Página " counter(page) " de " counter(pages)');
  });

  it('keeps a hostile list number out of the style element', () => {
    const page2 = renderPickList(doc({ number: 'PL</style><script>alert(5)</script>' }));
    expect(page2.html.match(/<\/style>/g)).toHaveLength(1);
    expect(page2.html).not.toContain('<script');
  });

  it('says so when the list has no lines', () => {
    expect(renderPickList(doc({ lines: [] })).html).toContain('This pick list has no lines.');
  });
});
