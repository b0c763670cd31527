// The translated error of a form field, for every form of the app.
import { get, useFormState, type Control, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatePacked } from '../i18n/messages';

/** The translated error of a form field by path, or undefined: for Mantine's `error` prop. */
export function useFieldError<T extends FieldValues>(control: Control<T, unknown, unknown>) {
  const { t } = useTranslation();
  const { errors } = useFormState({ control });
  return (path: string): string | undefined => {
    const error = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
    return translatePacked(error?.message ?? error?.root?.message, t);
  };
}
