import type { TFunction } from 'i18next';

const NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

export function delimiterName(delimiter: string, t: TFunction): string {
  const name = NAMES[delimiter];
  return name ? t(`importWizard.delimiters.${name}`) : t('importWizard.delimiters.other', { value: delimiter });
}
