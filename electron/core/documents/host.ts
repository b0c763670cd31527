// The port through which a command shows a rendered document: a preview window in the desktop app,
// a one-off address in the browser harness. The core renders; the host only displays.
import { createHash } from 'node:crypto';
import { type Paper, type RenderedPage, documentCspFor } from '../../../shared/documents/html';

export interface RenderedDocument {
  title: string;
  /** A whole page with one <style>, no script and no external resource. */
  html: string;
  /** The Content-Security-Policy to serve it with (see documentCsp). */
  csp: string;
  paper: Paper;
  /** The document's language; the preview window's menu speaks it too. */
  lang: 'en' | 'es';
  /** A safe file name for "Save as PDF", without folder. */
  suggestedFileName: string;
}

export interface DocumentHost {
  /** Shows the document; the harness answers with the address to open, the desktop app with nothing. */
  show(doc: RenderedDocument): Promise<{ url?: string }>;
}

/** The document's policy: its one style element by SHA-256 hash, data: images, nothing else. */
export function documentCsp(page: RenderedPage): string {
  return documentCspFor(createHash('sha256').update(page.style, 'utf8').digest('base64'));
}

/**
 * Added by whoever serves the page: `sandbox` without allow-scripts gives the page an opaque
 * origin and no script even if something slipped past the policy above.
 */
export const withSandbox = (csp: string): string => `${csp}; sandbox`;

/** Letters, digits, dash and underscore only (no dots, so no '..'): the name is shown in a save dialog and used on disk. */
export function safeFileName(stem: string, ext: string): string {
  const clean = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Ñ" -> "N"
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${clean || 'document'}.${ext}`;
}
