// How a customs document's type, status and language are named and coloured on screen.
import type { TFunction } from 'i18next';
import {
  DOCUMENT_LANGUAGES,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type DocumentLanguage,
  type DocumentStatus,
  type DocumentType,
} from '../../../../../shared/schemas/customs';

// Draft is work in progress (blue), final is done (green), the others are history (gray, red).
export const STATUS_COLOUR: Record<DocumentStatus, string> = { draft: 'blue', final: 'green', replaced: 'gray', void: 'red' };

export function typeName(t: TFunction, type: DocumentType): string {
  return t(`customsDocs.type.${type}`);
}

export function typeOptions(t: TFunction) {
  return DOCUMENT_TYPES.map((type) => ({ value: type, label: typeName(t, type) }));
}

export function statusOptions(t: TFunction) {
  return DOCUMENT_STATUSES.map((status) => ({ value: status, label: t(`customsDocs.status.${status}`) }));
}

export function languageOptions(t: TFunction) {
  return DOCUMENT_LANGUAGES.map((lang) => ({ value: lang, label: t(`customsDocs.language.${lang}`) }));
}

/** New documents are written in the language the broker reads the screens in, unless they choose another. */
export function uiDocumentLanguage(uiLanguage: string): DocumentLanguage {
  return ((DOCUMENT_LANGUAGES as readonly string[]).find((l) => uiLanguage.startsWith(l)) as DocumentLanguage | undefined) ?? 'en';
}

export function documentPath(id: number): string {
  return `/customs/documents/${id}`;
}
