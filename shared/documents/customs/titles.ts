// A document's title as windows, file names and the page footer show it:
// "Commercial invoice INV-2026-000001 (version 2)", "Draft CN 23".
import type { TemplateContext } from './context';
import { paperWords, fill } from './words';

export function documentTitle(name: string, draftName: string, ctx: TemplateContext): string {
  const t = paperWords(ctx.lang).titles;
  const title = ctx.status === 'draft' ? draftName : name;
  if (!ctx.number) return ctx.version > 1 ? fill(t.draftVersioned, { title, version: ctx.version }) : title;
  const params = { title, number: ctx.number, version: ctx.version };
  if (ctx.status === 'replaced') return fill(t.replaced, params);
  if (ctx.status === 'void') return fill(t.void, params);
  return ctx.version > 1 ? fill(t.versioned, params) : fill(t.numbered, params);
}
