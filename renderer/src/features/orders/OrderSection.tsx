// Order-level fields: identity, dates, how it ships and in which money.
import { Card, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Order, OrderInput } from '../../../../shared/schemas/order';
import { currencyOptions, incotermOptions, orderShippingMethodOptions } from '../../i18n/options';
import { FormSelect } from './FormSelect';
import { useFieldError } from '../../ui/useFieldError';

export function OrderSection() {
  const { t, i18n } = useTranslation();
  const { register, control } = useFormContext<OrderInput, unknown, Order>();
  const error = useFieldError(control);
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        {t('orderForm.order')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput label={t('fields.orderNumber')} withAsterisk {...register('orderNumber')} error={error('orderNumber')} />
        <TextInput label={t('fields.channel')} withAsterisk {...register('channel')} error={error('channel')} />
        <TextInput label={t('fields.orderDate')} type="date" withAsterisk {...register('orderDate')} error={error('orderDate')} />
        <TextInput
          label={t('fields.shippingLine')}
          description={t('orderForm.shippingLineHint')}
          maxLength={200}
          {...register('shippingLine')}
          error={error('shippingLine')}
        />
        <FormSelect
          control={control}
          name="shippingMethod"
          label={t('fields.shippingMethod')}
          withAsterisk
          data={orderShippingMethodOptions(t)}
          allowDeselect={false}
          error={error('shippingMethod')}
        />
        <FormSelect
          control={control}
          name="currency"
          label={t('fields.currency')}
          withAsterisk
          searchable
          placeholder={t('orderForm.currencyPlaceholder')}
          nothingFoundMessage={t('orderForm.nothingFound')}
          data={currencyOptions(i18n.language)}
          allowDeselect={false}
          error={error('currency')}
        />
        <FormSelect
          control={control}
          name="incoterm"
          label={t('fields.incoterm')}
          withAsterisk
          data={incotermOptions(t)}
          allowDeselect={false}
          error={error('incoterm')}
        />
        <TextInput
          label={t('fields.declaredTotal')}
          description={t('orderForm.declaredTotalHint')}
          inputMode="decimal"
          {...register('declaredTotal')}
          error={error('declaredTotal')}
        />
      </SimpleGrid>
    </Card>
  );
}
