// The language new documents are written in; it starts as the language of the screens.
import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentLanguage } from '../../../../../shared/schemas/customs';
import { languageOptions, uiDocumentLanguage } from './documentWords';

/** The chosen language, or the UI language until the broker picks one (so switching the UI follows along). */
export function useDocumentLanguage() {
  const { i18n } = useTranslation();
  const [chosen, setChosen] = useState<DocumentLanguage>();
  return [chosen ?? uiDocumentLanguage(i18n.language), setChosen] as const;
}

export function DocumentLanguageSelect({ value, onChange, size }: { value: DocumentLanguage; onChange: (lang: DocumentLanguage) => void; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('customsDocs.language.label')}
      data={languageOptions(t)}
      value={value}
      onChange={(v) => v && onChange(v as DocumentLanguage)}
      allowDeselect={false}
      size={size}
      w={180}
    />
  );
}
