// The HS code field: type a code or words, pick "851671 — Coffee or tea makers..." from HS 2022.
// The field keeps only the digits; the description is shown as help, never stored.
import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProductInput } from '../../../../shared/schemas/product';
import { useCommand } from '../../api/hooks';

interface Props {
  control: Control<ProductInput, unknown, unknown>;
  error?: string;
}

const SEPARATOR = ' — ';

function Picker({ value, onChange, onBlur, error }: { value: string; onChange: (v: string) => void; onBlur: () => void; error?: string }) {
  const { t } = useTranslation();
  const [query] = useDebouncedValue(value.trim(), 200);
  const found = useCommand('products.hsSearch', { query, limit: 30 }, { enabled: query.length >= 2, placeholderData: keepPreviousData, staleTime: Infinity });
  const options = query.length >= 2 ? (found.data ?? []).map((e) => `${e.code}${SEPARATOR}${e.description}`) : [];
  const exact = found.data?.find((e) => e.code === value.slice(0, 6));
  const none = query.length >= 2 && found.isSuccess && found.data.length === 0;
  return (
    <Autocomplete
      label={t('catalogue.fields.hsCode')}
      description={
        exact ? `${exact.description} · ${t('catalogue.form.hsSource')}` : none ? t('catalogue.form.hsNothingFound') : t('catalogue.fields.hsCodeHint')
      }
      withAsterisk
      value={value}
      data={options}
      limit={30}
      // Main already filtered: show what it found, words included, not only what starts with the text.
      filter={({ options: all }) => all}
      maxDropdownHeight={320}
      onChange={(v) => onChange(v.includes(SEPARATOR) ? v.slice(0, v.indexOf(SEPARATOR)) : v)}
      onBlur={onBlur}
      error={error}
      comboboxProps={{ width: 560, position: 'bottom-start' }}
    />
  );
}

export function HsCodePicker({ control, error }: Props) {
  return (
    <Controller
      control={control}
      name="hsCode"
      render={({ field }) => <Picker value={String(field.value ?? '')} onChange={field.onChange} onBlur={field.onBlur} error={error} />}
    />
  );
}
