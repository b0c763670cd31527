// The editor's choice fields: a code list (enum), country, currency, Incoterm and unit. Each stores
// the code ('' when nothing is chosen); Mantine wants null for "nothing", translated here once.
import { Autocomplete, Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { UNITS } from '../../../../../../shared/domain/codes';
import { countryFilter, countryOptions, currencyOptions, incotermOptions, type Option } from '../../../../i18n/options';
import { useErrorAt } from './useErrorAt';
import type { WidgetProps } from './widgets';

interface ChoiceProps extends WidgetProps {
  data: Option[];
  searchable?: boolean;
  clearable?: boolean;
  filter?: OptionsFilter;
}

function ChoiceField({ path, label, data, searchable, clearable, filter }: ChoiceProps) {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const error = useErrorAt(path);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => (
        <Select
          id={path}
          label={label}
          data={data}
          searchable={searchable}
          clearable={clearable}
          filter={filter}
          nothingFoundMessage={t('customs.editor.nothingFound')}
          value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
          onChange={(v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          ref={field.ref}
          error={error}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    />
  );
}

export function EnumField({ path, label, options, optionsKey }: WidgetProps & { options: readonly string[]; optionsKey: string }) {
  const { t } = useTranslation();
  const data = useMemo(() => options.map((o) => ({ value: o, label: t(`${optionsKey}.${o}`) })), [options, optionsKey, t]);
  return <ChoiceField path={path} label={label} data={data} />;
}

export function CountryField({ path, label }: WidgetProps) {
  const { i18n } = useTranslation();
  return <ChoiceField path={path} label={label} data={countryOptions(i18n.language)} searchable clearable filter={countryFilter} />;
}

/** Currency codes are typed by brokers as often as their names: search both. */
const codeOrName: OptionsFilter = ({ options, search }) => {
  const q = search.trim().toLowerCase();
  return q === '' ? options : (options as ComboboxItem[]).filter((o) => o.label.toLowerCase().includes(q));
};

export function CurrencyField({ path, label }: WidgetProps) {
  const { i18n } = useTranslation();
  return <ChoiceField path={path} label={label} data={currencyOptions(i18n.language)} searchable clearable filter={codeOrName} />;
}

export function IncotermField({ path, label }: WidgetProps) {
  const { t } = useTranslation();
  const data = useMemo(() => incotermOptions(t), [t]);
  return <ChoiceField path={path} label={label} data={data} searchable clearable filter={codeOrName} />;
}

/** A unit from the list (PCE, KGM...) or any other the tariff line asks for, typed freely. */
export function UnitField({ path, label }: WidgetProps) {
  const { control } = useFormContext();
  const error = useErrorAt(path);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => (
        <Autocomplete
          id={path}
          label={label}
          data={UNITS as readonly string[]}
          value={String(field.value ?? '')}
          onChange={field.onChange}
          onBlur={field.onBlur}
          ref={field.ref}
          error={error}
        />
      )}
    />
  );
}
