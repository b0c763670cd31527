// The goods: one fieldset per line, with its total worked out as the user types.
import { Button, Card, Fieldset, Group, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { memo } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptyLine, type Order, type OrderInput } from '../../../../shared/schemas/order';
import { money } from '../../i18n/format';
import { unitOptions } from '../../i18n/options';
import { FormSelect } from './FormSelect';
import { CountrySelect } from './CountrySelect';
import type { OrderControl } from './orderFormTypes';
import { safeLineTotal, safeOrderTotal } from './totals';
import { useFieldError } from '../../ui/useFieldError';

function LineTotal({ control, index }: { control: OrderControl; index: number }) {
  const { t, i18n } = useTranslation();
  const [quantity, unitPrice, currency] = useWatch({ control, name: [`lines.${index}.quantity`, `lines.${index}.unitPrice`, 'currency'] });
  const total = safeLineTotal(quantity, unitPrice, currency);
  return (
    <div>
      <Text size="sm" fw={500}>
        {t('orderForm.lineTotal')}
      </Text>
      <Text size="lg" fw={600} mt={4} aria-live="polite" data-testid={`line-total-${index}`}>
        {total !== undefined ? (
          money(total, currency, i18n.language)
        ) : (
          <Text span c="dimmed" size="sm">
            {t('orderForm.totalUnknown')}
          </Text>
        )}
      </Text>
    </div>
  );
}

export function OrderTotal({ control }: { control: OrderControl }) {
  const { t, i18n } = useTranslation();
  const [lines, currency] = useWatch({ control, name: ['lines', 'currency'] });
  const total = safeOrderTotal(lines, currency);
  return (
    <Group gap="xs" align="baseline">
      <Text fw={600}>{t('orderForm.orderTotal')}:</Text>
      <Text size="xl" fw={700} aria-live="polite" data-testid="order-total">
        {total !== undefined ? (
          money(total, currency, i18n.language)
        ) : (
          <Text span c="dimmed" size="sm">
            {t('orderForm.totalUnknown')}
          </Text>
        )}
      </Text>
    </Group>
  );
}

interface LineProps {
  index: number;
  canRemove: boolean;
  onRemove: (index: number) => void;
}

const LineFields = memo(function LineFields({ index, canRemove, onRemove }: LineProps) {
  const { t } = useTranslation();
  const { register, control } = useFormContext<OrderInput, unknown, Order>();
  const error = useFieldError(control);
  const n = index + 1;
  const path = (field: keyof OrderInput['lines'][number]) => `lines.${index}.${field}` as const;
  const text = (field: 'sku' | 'description' | 'brand' | 'model' | 'quantity' | 'unitPrice' | 'hsCode', extra: { decimal?: boolean; span?: number } = {}) => (
    <TextInput
      label={t(`fields.line.${field}`)}
      inputMode={extra.decimal ? 'decimal' : undefined}
      {...register(path(field))}
      error={error(path(field))}
      style={extra.span ? { gridColumn: `span ${extra.span}` } : undefined}
    />
  );
  return (
    <Fieldset legend={t('fields.lineNumber', { line: n })} variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {text('sku')}
        {text('brand')}
        {text('model')}
        {text('hsCode')}
        <div style={{ gridColumn: '1 / -1' }}>{text('description')}</div>
        {text('quantity', { decimal: true })}
        <FormSelect
          control={control}
          name={path('unit')}
          label={t('fields.line.unit')}
          data={unitOptions(t)}
          allowDeselect={false}
          error={error(path('unit'))}
        />
        {text('unitPrice', { decimal: true })}
        <CountrySelect control={control} name={path('originCountry')} label={t('fields.line.originCountry')} error={error(path('originCountry'))} />
      </SimpleGrid>
      <Group justify="space-between" mt="sm" align="flex-end">
        <LineTotal control={control} index={index} />
        <Button variant="subtle" color="red" onClick={() => onRemove(index)} disabled={!canRemove}>
          {t('orderForm.removeLine', { line: n })}
        </Button>
      </Group>
    </Fieldset>
  );
});

export function LinesSection() {
  const { t } = useTranslation();
  const { control } = useFormContext<OrderInput, unknown, Order>();
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' });
  const error = useFieldError(control);
  const linesError = error('lines');
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        {t('orderForm.lines')}
      </Title>
      {linesError && (
        <Text c="red" size="sm" mb="sm" role="alert">
          {linesError}
        </Text>
      )}
      <div style={{ display: 'grid', gap: 'var(--mantine-spacing-md)' }}>
        {fields.map((field, index) => (
          <LineFields key={field.id} index={index} canRemove={fields.length > 1} onRemove={remove} />
        ))}
      </div>
      <Group justify="space-between" mt="md">
        <Button variant="light" onClick={() => append(emptyLine())}>
          {t('orderForm.addLine')}
        </Button>
        <OrderTotal control={control} />
      </Group>
    </Card>
  );
}
