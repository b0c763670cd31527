// The translated error of one field, re-rendering only when that field's state changes (a form of
// hundreds of inputs must not redraw them all on each keystroke).
import { get, useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatePacked } from '../../../../i18n/messages';

export function useErrorAt(path: string): string | undefined {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name: path, exact: true });
  const error = get(errors, path) as { message?: string } | undefined;
  return translatePacked(error?.message, t);
}
