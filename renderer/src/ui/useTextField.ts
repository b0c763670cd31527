// The props of a plain text field bound to a react-hook-form form: its translated label (prefix +
// field name), its registration and its translated error. Saves repeating the three on every field.
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from './useFieldError';

export function useTextField<T extends FieldValues>(form: UseFormReturn<T>, labelPrefix: string) {
  const { t } = useTranslation();
  const fieldError = useFieldError(form.control);
  return (name: Path<T>) => ({ label: t(`${labelPrefix}.${name}`), error: fieldError(name), ...form.register(name) });
}
