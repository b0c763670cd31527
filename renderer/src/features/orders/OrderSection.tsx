// Order-level fields: identity, dates, how it ships and in which money.
import { Card, Select, SimpleGrid, TextInput, Title } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Order, OrderInput } from '../../../../shared/schemas/order';
import { currencyOptions, incotermOptions, shippingMethodOptions } from '../../i18n/options';
import { useFieldError } from './useFieldError';

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
        <Controller
          control={control}
          name="shippingMethod"
          render={({ field }) => (
            <Select
              label={t('fields.shippingMethod')}
              withAsterisk
              data={shippingMethodOptions(t)}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              allowDeselect={false}
              error={error('shippingMethod')}
            />
          )}
        />
        <Controller
          control={control}
          name="currency"
          render={({ field }) => (
            <Select
              label={t('fields.currency')}
              withAsterisk
              searchable
              placeholder={t('orderForm.currencyPlaceholder')}
              nothingFoundMessage={t('orderForm.nothingFound')}
              data={currencyOptions(i18n.language)}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              allowDeselect={false}
              error={error('currency')}
            />
          )}
        />
        <Controller
          control={control}
          name="incoterm"
          render={({ field }) => (
            <Select
              label={t('fields.incoterm')}
              withAsterisk
              data={incotermOptions(t)}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
              allowDeselect={false}
              error={error('incoterm')}
            />
          )}
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
