// The printed words of the customs documents, from shared/documents/words/papers.*.json (the
// renderer loads the same files, so the editor's labels and the paper agree).
import en from '../words/papers.en.json';
import es from '../words/papers.es.json';
import type { DocumentLanguage } from '../../schemas/customs';

export type PaperWords = typeof en.papers;

// Typed against the English file: a key missing in Spanish fails the type check.
const WORDS: Record<DocumentLanguage, PaperWords> = { en: en.papers, es: es.papers };

export function paperWords(lang: DocumentLanguage): PaperWords {
  return WORDS[lang];
}

/** "Page {{page}} of {{pages}}" with its placeholders filled; an unknown placeholder stays visible. */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
