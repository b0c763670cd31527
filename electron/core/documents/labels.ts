// The words of printed documents, in the language chosen in Settings (the settings table), English
// when none is chosen. They live in shared/documents/words/, which the renderer's translations also
// load, so the screens and the printed pages say the same thing from one source.
import type { Kysely } from 'kysely';
import type { PickListLabels } from '../../../shared/documents/pickList';
import en from '../../../shared/documents/words/en.json';
import es from '../../../shared/documents/words/es.json';
import type { DB } from '../db/schema';
import { readSetting } from '../settings/settingsService';

export type DocumentLanguage = 'en' | 'es';

const BUNDLES = { en: en.documents, es: es.documents } as const;

export async function documentLanguage(db: Kysely<DB>): Promise<DocumentLanguage> {
  return (await readSetting(db, 'language')) === 'es' ? 'es' : 'en';
}

export function pickListLabels(lang: DocumentLanguage): PickListLabels {
  return BUNDLES[lang].pickList;
}

/** The preview window's menu and dialogs. */
export function previewWindowLabels(lang: DocumentLanguage): (typeof BUNDLES)['en']['window'] {
  return BUNDLES[lang].window;
}

/** "26 nov 2026, 20:20": the reader's date and time, in the document's language. */
export function formatDateTime(iso: string, lang: DocumentLanguage): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
