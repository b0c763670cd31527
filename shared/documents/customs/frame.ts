// The frame around every customs document: letterhead with the logo, title, number and version,
// the draft/replaced/void banner (and a watermark and page-top line on every page), and a footer
// on every page with the document's name and "Page N of M".
import { type HtmlValue, type Markup, type RenderedPage, cssString, html, renderDocument } from '../html';
import type { Party } from '../../schemas/customs';
import type { TemplateContext } from './context';
import type { Formats } from './format';
import { LAYOUT_CSS, addressLines } from './layout';
import { fill } from './words';

// Only a PNG or JPEG data URL (what the company profile accepts) may be a logo; the document's
// policy would block anything else, but a broken image on paper helps nobody.
const LOGO = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/;

export interface FrameParts {
  ctx: TemplateContext;
  f: Formats;
  /** The page's <title> and footer: customsDocumentTitle. */
  title: string;
  /** The big heading: "Commercial invoice". */
  heading: string;
  /** Whose letterhead this is (seller, exporter, shipper); null for none. */
  issuer: Party | null;
  /** Shown under the number and version, e.g. the date. */
  facts: [string, HtmlValue][];
  body: Markup;
  css: string;
  /** Replaces the letterhead (the postal forms have their own). */
  head?: Markup;
}

/** The state line: draft, replaced or void; '' for a final. */
export function stateBanner(ctx: TemplateContext, f: Formats): string {
  const s = f.w.status;
  switch (ctx.status) {
    case 'draft':
      return s.draftBanner;
    case 'replaced':
      return ctx.replacedByVersion ? fill(s.replacedBanner, { version: ctx.replacedByVersion }) : s.replacedBannerUnknown;
    case 'void':
      return s.voidBanner;
    default:
      return '';
  }
}

function stateMark(ctx: TemplateContext, f: Formats): string {
  const s = f.w.status;
  return ctx.status === 'draft' ? s.draftMark : ctx.status === 'replaced' ? s.replacedMark : ctx.status === 'void' ? s.voidMark : '';
}

/** "Page {{page}} of {{pages}}" -> ["Page ", " of ", ""]. */
function splitCounters(text: string): [string, string, string] {
  const m = /^(.*?)\{\{\s*page\s*\}\}(.*?)\{\{\s*pages\s*\}\}(.*)$/s.exec(text);
  return m ? [m[1]!, m[2]!, m[3]!] : [`${text} `, ' / ', ''];
}

function pageCss(parts: FrameParts): string {
  // Page margin boxes (Chromium 131+): counters exist only there, so their text goes in CSS.
  const [before, middle, after] = splitCounters(parts.f.w.meta.pageOf);
  const state = stateBanner(parts.ctx, parts.f);
  const font = 'font: 7.5pt "Liberation Sans", Arial, sans-serif; color: #222;';
  return `@page {
  @bottom-left { content: ${cssString(parts.title)}; ${font} }
  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; ${font} }
${state ? `  @top-center { content: ${cssString(state.toUpperCase())}; font: bold 8.5pt "Liberation Sans", Arial, sans-serif; }\n` : ''}}
`;
}

/** Number, version and when it was finalised: the identity of the paper. */
export function identity(ctx: TemplateContext, f: Formats, facts: [string, HtmlValue][]): Markup {
  const m = f.w.meta;
  const finalised =
    ctx.finalisedAt && ctx.status !== 'draft'
      ? ctx.finalisedBy
        ? fill(m.finalised, { at: f.dateTime(ctx.finalisedAt), by: ctx.finalisedBy })
        : fill(m.finalisedAt, { at: f.dateTime(ctx.finalisedAt) })
      : '';
  return html`<dl>
<dt>${m.number}</dt><dd>${ctx.number || m.notNumbered}</dd>
<dt>${m.version}</dt><dd>${ctx.version}</dd>
${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}
</dl>${finalised ? html`<div class="fin">${finalised}</div>` : ''}`;
}

function letterhead(parts: FrameParts): Markup {
  const { ctx, f, issuer } = parts;
  const logo = LOGO.test(ctx.logo) ? html`<img class="logo" src="${ctx.logo}" alt="">` : '';
  const name = issuer ? issuer.company || issuer.name : '';
  const lines = issuer ? addressLines(issuer, f).map((l) => l.replace(/\s*\n\s*/g, ', ')) : [];
  return html`<header class="dochead">
<div class="issuer">${logo}<div>${name ? html`<div class="iname">${name}</div>` : ''}${lines.map((l) => html`<div class="iline">${l}</div>`)}</div></div>
<div class="ident"><h1>${parts.heading}</h1>${identity(ctx, f, parts.facts)}</div>
</header>`;
}

export function frame(parts: FrameParts): RenderedPage {
  const { ctx, f } = parts;
  const banner = stateBanner(ctx, f);
  const mark = stateMark(ctx, f);
  const body = html`${mark ? html`<div class="watermark" aria-hidden="true">${mark}</div>` : ''}
${parts.head ?? letterhead(parts)}
${banner ? html`<div class="banner ${ctx.status}">${banner}</div>` : ''}
${parts.body}`;
  return renderDocument({ title: parts.title, lang: ctx.lang, paper: ctx.paper, css: LAYOUT_CSS + parts.css + pageCss(parts), body });
}
