// A searchable country list in the UI language; the stored value is the ISO alpha-2 code.
import { Select } from '@mantine/core';
import { Controller, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OrderInput } from '../../../../shared/schemas/order';
import { countryFilter, countryOptions } from '../../i18n/options';
import type { OrderControl } from './orderFormTypes';

interface Props {
  control: OrderControl;
  name: FieldPath<OrderInput>;
  label: string;
  error?: string;
  required?: boolean;
}

export function CountrySelect({ control, name, label, error, required }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          withAsterisk={required}
          searchable
          clearable={!required}
          placeholder={t('orderForm.countryPlaceholder')}
          nothingFoundMessage={t('orderForm.nothingFound')}
          data={countryOptions(i18n.language)}
          value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
          onChange={(v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          ref={field.ref}
          name={field.name}
          error={error}
          filter={countryFilter}
        />
      )}
    />
  );
}
