// The printed customs documents: every kind renders from fully filled data with the values an
// officer or buyer looks for, hostile text prints as text, and the document's state is unmistakable.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, type TemplateContext, customsDocumentTitle, renderCustomsDocument } from '../../../shared/documents/customs/registry';
import { type AnyDocumentData, DATA_SCHEMAS, DOCUMENT_TYPES, DOCUMENT_LANGUAGES } from '../../../shared/schemas/customs';
import { HOSTILE, LOGO, allExamples, contract, declaration, draftCtx, finalCtx, invoice, packingList, postal } from './templateExamples';

const render = (doc: AnyDocumentData, ctx: TemplateContext = finalCtx()) => renderCustomsDocument(doc, ctx).html;
const text = (page: string) =>
  page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');

describe('the registry', () => {
  it('has a kind for every document type with its schema and numbering series', () => {
    expect(Object.keys(DOCUMENT_KINDS).sort()).toEqual([...DOCUMENT_TYPES].sort());
    for (const type of DOCUMENT_TYPES) {
      expect(DOCUMENT_KINDS[type].type).toBe(type);
      expect(DOCUMENT_KINDS[type].schema).toBe(DATA_SCHEMAS[type]);
      expect(DOCUMENT_KINDS[type].series).toBe(type);
    }
  });

  it('titles a document by kind, number, version and state, in its language', () => {
    const inv: AnyDocumentData = { type: 'invoice', data: invoice() };
    expect(customsDocumentTitle(inv, finalCtx())).toBe('Commercial invoice INV-2026-000001 (version 2)');
    expect(customsDocumentTitle(inv, finalCtx({ version: 1 }))).toBe('Commercial invoice INV-2026-000001');
    expect(customsDocumentTitle(inv, draftCtx())).toBe('Draft commercial invoice');
    expect(customsDocumentTitle(inv, draftCtx({ version: 3 }))).toBe('Draft commercial invoice (version 3)');
    expect(customsDocumentTitle(inv, draftCtx({ lang: 'es' }))).toBe('Borrador de factura comercial');
    expect(customsDocumentTitle(inv, finalCtx({ status: 'replaced', replacedByVersion: 3 }))).toBe('Commercial invoice INV-2026-000001 (version 2, replaced)');
    expect(customsDocumentTitle(inv, finalCtx({ status: 'void', lang: 'es' }))).toBe('Factura comercial INV-2026-000001 (versión 2, anulada)');
    expect(customsDocumentTitle({ type: 'postal', data: postal('CN23') }, finalCtx({ number: 'CN-2026-000004', version: 1 }))).toBe('CN 23 CN-2026-000004');
    expect(customsDocumentTitle({ type: 'postal', data: postal('CN22') }, draftCtx())).toBe('Draft CN 22');
    expect(customsDocumentTitle({ type: 'declaration', data: declaration() }, finalCtx({ number: 'DEC-2026-000001', version: 1 }))).toBe(
      'Export customs declaration DEC-2026-000001',
    );
    expect(customsDocumentTitle({ type: 'contract', data: contract() }, draftCtx())).toBe('Draft sales contract');
    expect(customsDocumentTitle({ type: 'packing_list', data: packingList() }, draftCtx({ lang: 'es' }))).toBe('Borrador de lista de empaque');
  });
});

describe('every kind, fully filled', () => {
  for (const doc of allExamples()) {
    for (const lang of DOCUMENT_LANGUAGES) {
      const name = `${doc.type}${doc.type === 'postal' ? ` ${doc.data.form}` : ''} (${lang})`;

      it(`${name} prints hostile text as text, never as markup`, () => {
        const page = render(doc, finalCtx({ lang }));
        expect(page).not.toMatch(/<script/i);
        expect(page).not.toContain('<img src=x');
        expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(page).toContain('&quot;quotes&quot; &amp; &#39;apostrophes&#39;');
        expect(page).not.toMatch(/<[a-z][^<>]*\son\w+=/i); // no element of ours carries an event handler
        // The only image is the company logo, as a data: URL (postal forms leave it off).
        for (const img of page.match(/<img[^>]*>/g) ?? []) expect(img).toBe(`<img class="logo" src="${LOGO}" alt="">`);
        expect(page.match(/<style>/g)).toHaveLength(1);
        expect(page.match(/<\/style>/g)).toHaveLength(1);
        expect(page).toContain(`<html lang="${lang}">`);
      });

      it(`${name} keeps right-to-left and CJK text whole`, () => {
        const t = text(render(doc, finalCtx({ lang })));
        const foreign = [HOSTILE.arabic, HOSTILE.hebrew, HOSTILE.cjk].filter((s) => t.includes(s));
        expect(foreign.length).toBeGreaterThan(0);
        expect(t).toContain(HOSTILE.cjk);
      });

      it(`${name} numbers its pages and names itself in the footer`, () => {
        const { style } = renderCustomsDocument(doc, finalCtx({ lang }));
        expect(style).toMatch(/@bottom-right \{ content: "[^"]+" counter\(page\) "[^"]+" counter\(pages\)/);
        expect(style).toContain(`@bottom-left { content: ${JSON.stringify(customsDocumentTitle(doc, finalCtx({ lang })))}`);
        expect(style).not.toContain('<');
        expect(style).not.toContain('@top-center'); // a final has no state line
      });
    }
  }
});

describe('the state of the paper', () => {
  const doc: AnyDocumentData = { type: 'invoice', data: invoice() };

  it('marks a draft on the page, on every page and behind the text', () => {
    const { html, style } = renderCustomsDocument(doc, draftCtx());
    expect(html).toContain('<div class="banner draft">Draft: not valid for customs</div>');
    expect(html).toContain('<div class="watermark" aria-hidden="true">DRAFT</div>');
    expect(style).toContain('@top-center { content: "DRAFT: NOT VALID FOR CUSTOMS"');
    expect(html).toContain('Numbered when finalised');
    expect(render(doc, draftCtx({ lang: 'es' }))).toContain('Borrador: no válido para aduanas');
  });

  it('shows a final with its number, version and who finalised it, and no banner', () => {
    const page = render(doc);
    expect(page).not.toContain('class="banner');
    expect(page).not.toContain('class="watermark"');
    expect(page).toContain('<dd>INV-2026-000001</dd>');
    expect(page).toContain('<dt>Version</dt><dd>2</dd>');
    expect(page).toMatch(/Finalised 29 Nov 2026, \d\d:\d\d by Ana López/);
  });

  it('says which version replaced a replaced one, and that a void one is void', () => {
    expect(render(doc, finalCtx({ status: 'replaced', replacedByVersion: 3 }))).toContain('Replaced by version 3: not valid for customs');
    expect(render(doc, finalCtx({ status: 'replaced' }))).toContain('Replaced by a newer version: not valid for customs');
    expect(render(doc, finalCtx({ status: 'void' }))).toContain('<div class="banner void">Void: not valid for customs</div>');
    expect(render(doc, finalCtx({ status: 'void', lang: 'es' }))).toContain('ANULADO');
  });

  it('prints the logo only when it is a PNG or JPEG data URL', () => {
    expect(render(doc)).toContain(`<img class="logo" src="${LOGO}"`);
    for (const logo of ['', 'javascript:alert(1)', 'https://example.com/logo.png', 'data:image/svg+xml;base64,PHN2Zz4=', `${LOGO}" onload="alert(1)`])
      expect(render(doc, finalCtx({ logo }))).not.toContain('<img');
  });
});

describe('what each document says', () => {
  it('the declaration: parties, transport, value boxes and items', () => {
    const t = text(render({ type: 'declaration', data: declaration() }, finalCtx({ number: 'DEC-2026-000001' })));
    for (const expected of [
      'Export customs declaration',
      'DEC-2026-000001',
      'ORD-1042-20261129',
      'Direct representative of the exporter',
      'Aduanas Rápidas S.L.',
      'Ibérica Trading Ltd', // the seller, who differs from the exporter
      'King Fahd Road 12', // the buyer
      'IOSS: IM2760000000',
      'Spain (ES)',
      "People's Republic of China (CN)",
      'ES000281',
      'ESVLC',
      '1 – Maritime transport',
      'MSC Oscar IMO 9703291',
      'MEDU1234567',
      'CIF Shanghai',
      'Cost, Insurance and Freight, Incoterms 2020',
      '€1,757.00',
      '€350.00',
      '€12.40',
      '€25.00',
      '€2,144.40',
      '3 CT',
      '58.9',
      '54.8',
      'SC-2026-000007',
      'INV-2026-000012',
      'N380 INV-2026-000012',
      '6109100010',
      '120 PCE',
      '30 LTR',
      'Brand: Ibérica · Model: Classic · Specification: Sizes S–XL · SKU: TSH-001',
      '582.00',
      '1,757.00',
      'Jorge Ruiz',
      '29 Nov 2026',
    ])
      expect(t).toContain(expected);
    expect(t).not.toContain('Groups detailed items');
  });

  it('the declaration in Spanish: countries, transport and dates in Spanish', () => {
    const t = text(render({ type: 'declaration', data: declaration() }, finalCtx({ lang: 'es' })));
    for (const expected of [
      'Declaración aduanera de exportación',
      'España (ES)',
      'China (CN)',
      '1 – Transporte marítimo',
      'Coste, seguro y flete',
      '2144,40 €',
      '29 nov 2026',
    ])
      expect(t).toContain(expected);
  });

  it('an aggregated declaration prints one item per HS code, origin and procedure, and the detail it groups', () => {
    const page = render({ type: 'declaration', data: declaration(9, true) });
    const t = text(page);
    expect(t).toContain('Goods items, aggregated');
    expect(t).toContain('Groups detailed items 1, 4, 7');
    expect(t).toContain('Groups detailed items 3, 6, 9');
    expect(t).toContain('360 PCE');
    expect(t).toContain('Detail of the aggregated items');
    expect(t).toContain('TSH-001-7');
  });

  it('a 200-item declaration has a row for each item under one repeating header', () => {
    const page = render({ type: 'declaration', data: declaration(200) }, draftCtx());
    const items = page.slice(page.indexOf('<table class="items">'), page.indexOf('</table>', page.indexOf('<table class="items">')));
    expect(items.match(/<thead>/g)).toHaveLength(1);
    expect(items.match(/<tr>/g)).toHaveLength(1 + 200);
    expect(text(page)).toContain('SCF-778-200');
  });

  it('the invoice: terms, lines, totals and the total in words', () => {
    const t = text(render({ type: 'invoice', data: invoice() }));
    for (const expected of [
      'Commercial invoice',
      'INV-2026-000001',
      '28 Nov 2026',
      'ORD-1042',
      'Exportaciones Ibéricas S.L.',
      'Tax ID: ESB12345678',
      'DAP Shanghai',
      '30 days from the invoice date',
      'USD',
      'DHL Express',
      '1234567890',
      'Sale',
      '6214100000',
      '18.50',
      '740.00',
      'US$1,757.00',
      'US$120.00',
      'US$8.50',
      'US$15.00',
      'US$1,900.50',
      'one thousand nine hundred US dollars and fifty cents',
      'I declare that all the information contained in this invoice is true and correct.',
      'María García',
      'Signature and stamp',
    ])
      expect(t).toContain(expected);
    expect(text(render({ type: 'invoice', data: invoice() }, finalCtx({ lang: 'es' })))).toContain(
      'mil novecientos dólares estadounidenses con cincuenta centavos',
    );
  });

  it('the invoice leaves the buyer out when the buyer is the consignee', () => {
    const data = { ...invoice(), buyerDiffers: false };
    expect(text(render({ type: 'invoice', data }))).not.toContain('King Fahd Road');
  });

  it('the contract: goods, total in figures and words, shipment, numbered clauses and both signatures', () => {
    const t = text(render({ type: 'contract', data: contract() }, finalCtx({ number: 'SC-2026-000007' })));
    for (const expected of [
      'Sales contract',
      'SC-2026-000007',
      '20 Nov 2026',
      'Madrid',
      'Quantity tolerance: ±5 %',
      '€1,757.00',
      'one thousand seven hundred fifty-seven euros',
      'CIF Shanghai',
      'Export cartons on pallets',
      '15 Dec 2026',
      'ESVLC',
      'CNSHA',
      'Partial shipments Allowed',
      'Transshipment Not allowed',
      '1. Goods',
      '2. Price and total value',
      '3. Packing and shipping marks',
      '4. Shipment',
      '5. Insurance',
      '6. Payment',
      '7. Documents required',
      '8. Inspection',
      '9. Claims',
      '10. Force majeure',
      '11. Governing law',
      '12. Arbitration',
      'CISG',
      'For and on behalf of the Seller',
      'For and on behalf of the Buyer',
      'Managing director',
    ])
      expect(t).toContain(expected);
    const es = text(render({ type: 'contract', data: contract() }, finalCtx({ lang: 'es' })));
    for (const expected of [
      'mil setecientos cincuenta y siete euros',
      'Embarques parciales Permitidos',
      'Transbordo No permitido',
      '5. Seguro',
      '12. Arbitraje',
    ])
      expect(es).toContain(expected);
  });

  it('the contract numbers only the clauses it has', () => {
    const t = text(render({ type: 'contract', data: { ...contract(), insurance: '', inspection: ' ' } }));
    expect(t).toContain('5. Payment');
    expect(t).toContain('10. Arbitration');
    expect(t).not.toContain('Insurance To be covered');
  });

  it('the packing list: each package with its own lines, lines of no package apart, and totals', () => {
    const t = text(render({ type: 'packing_list', data: packingList() }));
    for (const expected of [
      'Packing list',
      'Package 1 / 3',
      'Kind: Carton',
      '60 × 40 × 40 cm',
      'Gross kg: 25.5 kg',
      'Lines not assigned to a package',
      'Total gross weight (kg) 58.9',
    ])
      expect(t).toContain(expected);
    const at = (s: string) => t.indexOf(s);
    expect(at('Package 1 / 3')).toBeLessThan(at('TSH-001'));
    expect(at('TSH-001')).toBeLessThan(at('Package 2 / 3'));
    expect(at('Package 2 / 3')).toBeLessThan(at('SCF-778'));
    expect(at('SCF-778')).toBeLessThan(at('Package 3 / 3'));
    expect(at('Lines not assigned')).toBeLessThan(at('FLY-001'));
  });

  it('CN 23: addresses, references, contents, category, totals, papers and the certificate', () => {
    const page = render({ type: 'postal', data: postal('CN23') }, finalCtx({ number: 'CN-2026-000004' }));
    const t = text(page);
    for (const expected of [
      'Customs declaration',
      'CN 23',
      'May be opened officially',
      'Reference: SND-REF-1',
      'Tax ID: 91310000MA1FL0000X',
      'Tel. +86 21 0000 0000',
      'buyer@example.cn',
      'Detailed description of contents',
      '610910',
      'Italy (IT)',
      '14.55',
      '€33.05',
      '€21.30',
      '0.85',
      'LIC-2026-44',
      'CERT-ORIG-99',
      'INV-2026-000012',
      'I certify that the particulars given in this customs declaration are correct',
    ])
      expect(t).toContain(expected);
    expect(page).toContain('<span class="tick">X</span>Sale of goods');
    expect(page).toContain('<span class="tick"></span>Gift');
  });

  it('CN 22: the compact form with its own certificate', () => {
    const page = render({ type: 'postal', data: postal('CN22') });
    expect(page).toContain('class="cn cn22"');
    expect(text(page)).toContain('I, the undersigned, whose name and address are given on the item');
    expect(text(page)).toContain('CN 22');
    expect(text(page)).not.toContain('CN 23');
  });
});

describe('drafts as the broker left them', () => {
  it('render empty and half-typed documents of every kind without failing', () => {
    for (const type of DOCUMENT_TYPES) {
      const data = DATA_SCHEMAS[type].parse({});
      for (const lang of DOCUMENT_LANGUAGES) {
        const page = render({ type, data } as AnyDocumentData, draftCtx({ lang, logo: '' }));
        expect(page).toContain(lang === 'en' ? 'Draft: not valid for customs' : 'Borrador: no válido para aduanas');
      }
    }
    const half = { ...invoice(), currency: '', freight: '12.', items: [{ ...invoice().items[0]!, quantity: '3.', unitPrice: '', unit: '__proto__' }] };
    const page = text(render({ type: 'invoice', data: half }, draftCtx()));
    expect(page).toContain('12.');
    expect(page).toContain('__proto__');
    expect(page).not.toContain('Amount in words');
  });
});
