// Prints a document of a filing as it was filed: the snapshot's data through the same template
// the editor previews, with a banner (and a line atop every page) saying where, when, under which
// reference and in which filing version it went to customs. Nothing is read from the live documents.
import type { FilingSnapshot, SnapshotDocument } from '../../../shared/api/contracts/filing';
import { type RenderedPage, cssString, escapeHtml } from '../../../shared/documents/html';
import { customsDocumentTitle, renderCustomsDocument, type TemplateContext } from '../../../shared/documents/customs/registry';
import type { DocumentLanguage } from '../../../shared/schemas/customs';
import { dataOf } from '../customs/documentRepository';
import { formatDateTime } from '../documents/labels';

export interface FiledFacts {
  office: string;
  filedAt: string;
  reference: string;
  version: number;
}

const WORDS: Record<DocumentLanguage, { banner: string; noReference: string }> = {
  en: {
    banner: 'As filed with customs {office} on {date}, reference {reference}, version {version}',
    noReference: '(awaiting reference)',
  },
  es: {
    banner: 'Tal como se presentó en la aduana {office} el {date}, referencia {reference}, versión {version}',
    noReference: '(referencia pendiente)',
  },
};

/** "As filed with customs ES004611 on 4 Dec 2026, 10:30, reference 26ES..., version 2". */
export function asFiledLine(facts: FiledFacts, lang: DocumentLanguage): string {
  const w = WORDS[lang];
  const values: Record<string, string> = {
    office: facts.office,
    date: formatDateTime(facts.filedAt, lang),
    reference: facts.reference || w.noReference,
    version: String(facts.version),
  };
  return w.banner.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

const BANNER_CSS = `.asfiled { border: 0.5mm solid #000; padding: 1.5mm 2mm; margin: 0 0 3mm; font-weight: bold; text-align: center; }
`;

/** Adds the as-filed banner to a rendered page: its text escaped, its style inside the page's one style element. */
export function withAsFiledBanner(page: RenderedPage, line: string): RenderedPage {
  const style = `${page.style}${BANNER_CSS}@page { @top-center { content: ${cssString(line)}; font: bold 8pt "Liberation Sans", Arial, sans-serif; } }
`;
  const oldStyle = `<style>${page.style}</style>`;
  if (!page.html.includes(oldStyle) || !page.html.includes('<body>')) throw new Error('The rendered page has no style element or body to add the banner to.');
  const html = page.html.replace(oldStyle, () => `<style>${style}</style>`).replace('<body>', () => `<body>\n<div class="asfiled">${escapeHtml(line)}</div>`);
  return { html, style };
}

/** One document of the snapshot, rendered as filed. */
export function renderAsFiled(snapshot: FilingSnapshot, doc: SnapshotDocument, facts: FiledFacts): { page: RenderedPage; title: string } {
  const data = dataOf({ type: doc.type, data: JSON.stringify(doc.data) });
  const ctx: TemplateContext = {
    number: doc.number,
    version: doc.version,
    // It was final when filed; a later replacement does not change what customs received.
    status: 'final',
    lang: doc.lang,
    paper: doc.paper,
    logo: snapshot.logo,
    finalisedAt: doc.finalisedAt,
    finalisedBy: doc.finalisedBy,
  };
  const line = asFiledLine(facts, doc.lang);
  return { page: withAsFiledBanner(renderCustomsDocument(data, ctx), line), title: `${customsDocumentTitle(data, ctx)} — ${line}` };
}
