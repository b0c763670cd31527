// The words of printed documents, from the renderer's translation files so there is one source,
// in the language chosen in Settings (the settings table), English when none is chosen.
import type { Kysely } from 'kysely';
import type { PickListLabels } from '../../../shared/documents/pickList';
import en from '../../../renderer/src/i18n/en/documents.json';
import es from '../../../renderer/src/i18n/es/documents.json';
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

/** "26 nov 2026, 20:20": the reader's date and time, in the document's language. */
/** The preview window's menu and dialogs. */
export function previewWindowLabels(lang: DocumentLanguage): (typeof BUNDLES)['en']['window'] {
  return BUNDLES[lang].window;
}

export function formatDateTime(iso: string, lang: DocumentLanguage): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
