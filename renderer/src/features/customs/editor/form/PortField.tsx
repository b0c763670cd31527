// A port, airport or terminal by its UN/LOCODE: type the code or the place's name, choose from the
// lookup. The field keeps the five-character code; the place's name is shown as help, never stored.
import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { type Ref, useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../../../api/hooks';
import { countryName } from '../../../../i18n/options';
import { useErrorAt } from './useErrorAt';
import type { WidgetProps } from './widgets';

const SEPARATOR = ' — ';
const codeOf = (option: string) => (option.includes(SEPARATOR) ? option.slice(0, option.indexOf(SEPARATOR)) : option);

function PortInput({
  path,
  label,
  value,
  onChange,
  onBlur,
  inputRef,
}: WidgetProps & { value: string; onChange: (v: string) => void; onBlur: () => void; inputRef: Ref<HTMLInputElement> }) {
  const { t, i18n } = useTranslation();
  const error = useErrorAt(path);
  const [focused, setFocused] = useState(false);
  const [query] = useDebouncedValue(value.trim(), 200);
  // Only a focused field asks: a document with several ports opens without a lookup each.
  const found = useCommand(
    'customs.ports',
    { query, country: '', limit: 20 },
    { enabled: query.length >= 2, placeholderData: keepPreviousData, staleTime: Infinity },
  );
  const ports = query.length >= 2 ? (found.data ?? []) : [];
  const options = focused ? ports.map((p) => `${p.code}${SEPARATOR}${p.name} (${countryName(p.country, i18n.language)})`) : [];
  const exact = ports.find((p) => p.code === value.trim().toUpperCase());
  const none = focused && query.length >= 2 && found.isSuccess && ports.length === 0;
  return (
    <Autocomplete
      id={path}
      label={label}
      placeholder={t('customs.editor.portHint')}
      description={exact ? `${exact.name}, ${countryName(exact.country, i18n.language)}` : none ? t('customs.editor.noPort') : undefined}
      value={value}
      data={options}
      limit={20}
      filter={({ options: all }) => all}
      onChange={(v) => onChange(codeOf(v))}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        onBlur();
      }}
      ref={inputRef}
      error={error}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
    />
  );
}

export function PortField({ path, label }: WidgetProps) {
  const { control } = useFormContext();
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => (
        <PortInput path={path} label={label} value={String(field.value ?? '')} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} />
      )}
    />
  );
}
