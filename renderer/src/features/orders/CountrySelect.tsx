// A searchable country list in the UI language; the stored value is the ISO alpha-2 code.
import type { FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OrderInput } from '../../../../shared/schemas/order';
import { countryFilter, countryOptions } from '../../i18n/options';
import { FormSelect } from './FormSelect';
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
    <FormSelect
      control={control}
      name={name}
      label={label}
      withAsterisk={required}
      searchable
      clearable={!required}
      placeholder={t('orderForm.countryPlaceholder')}
      nothingFoundMessage={t('orderForm.nothingFound')}
      data={countryOptions(i18n.language)}
      error={error}
      filter={countryFilter}
    />
  );
}
