// Who receives the goods: what the carrier and customs need to deliver and clear them.
import { Card, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Order, OrderInput } from '../../../../shared/schemas/order';
import { CountrySelect } from './CountrySelect';
import { useFieldError } from '../../ui/useFieldError';

export function ConsigneeSection() {
  const { t } = useTranslation();
  const { register, control } = useFormContext<OrderInput, unknown, Order>();
  const error = useFieldError(control);
  const text = (key: keyof OrderInput['consignee'], extra: { required?: boolean; type?: string; span?: number } = {}) => (
    <TextInput
      label={t(`fields.consignee.${key}`)}
      withAsterisk={extra.required}
      type={extra.type}
      {...register(`consignee.${key}`)}
      error={error(`consignee.${key}`)}
      style={extra.span ? { gridColumn: `span ${extra.span}` } : undefined}
    />
  );
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        {t('orderForm.consignee')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {text('name', { required: true })}
        {text('company')}
        {text('phone', { type: 'tel' })}
        {text('email', { type: 'email' })}
        {text('address1')}
        {text('address2')}
        {text('city')}
        {text('state')}
        {text('postalCode')}
        <CountrySelect control={control} name="consignee.country" label={t('fields.consignee.country')} error={error('consignee.country')} required />
        {text('taxId')}
      </SimpleGrid>
    </Card>
  );
}
