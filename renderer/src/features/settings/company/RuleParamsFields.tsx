// The parameters of one kind of destination rule: digits, a threshold, a tax ID and its pattern,
// the CN 22 limits, or the documents needed.
import { Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '../../../../../shared/schemas/customs';
import type { RuleKind } from '../../../../../shared/schemas/customs/rules';
import { currencyOptions } from '../../../i18n/options';
import { type RuleControl, useRuleError } from './ruleForm';

/** Postal thresholds are often in SDR (XDR), which is no currency goods are priced in. */
function thresholdCurrencies(lang: string) {
  return [{ value: 'XDR', label: 'XDR — SDR (UPU)' }, ...currencyOptions(lang)];
}

function CurrencySelect({ control, name, label }: { control: RuleControl; name: `params.currency` | `params.cn22Max.${number}.currency`; label: string }) {
  const { i18n } = useTranslation();
  const error = useRuleError(control);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          data={thresholdCurrencies(i18n.language)}
          searchable
          allowDeselect={false}
          value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
          onChange={(v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          ref={field.ref}
          error={error(name)}
        />
      )}
    />
  );
}

function PostalLimits({ control }: { control: RuleControl }) {
  const { t } = useTranslation();
  const error = useRuleError(control);
  const { fields, append, remove } = useFieldArray({ control, name: 'params.cn22Max' as never });
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('company.rules.form.cn22Max')}
      </Text>
      <Text size="xs" c="dimmed" mt={-4}>
        {t('company.rules.form.cn22MaxHint')}
      </Text>
      {fields.map((f, i) => (
        <Group key={f.id} align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            label={t('company.rules.form.maxValue')}
            inputMode="decimal"
            maxLength={20}
            {...control.register(`params.cn22Max.${i}.maxValue`)}
            error={error(`params.cn22Max.${i}.maxValue`)}
            style={{ flex: 1 }}
          />
          <div style={{ flex: 2 }}>
            <CurrencySelect control={control} name={`params.cn22Max.${i}.currency`} label={t('company.rules.form.currency')} />
          </div>
          <Button variant="subtle" color="red" size="xs" onClick={() => remove(i)} aria-label={t('company.rules.form.removeLimit', { n: i + 1 })}>
            {t('company.profile.remove')}
          </Button>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" disabled={fields.length >= 20} onClick={() => append({ currency: 'EUR', maxValue: '' } as never)}>
          {t('company.rules.form.addLimit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function RuleParamsFields({ kind, control }: { kind: RuleKind; control: RuleControl }) {
  const { t } = useTranslation();
  const error = useRuleError(control);
  switch (kind) {
    case 'hsLength':
      return (
        <Controller
          control={control}
          name="params.minDigits"
          render={({ field }) => (
            <NumberInput
              label={t('company.rules.form.minDigits')}
              description={t('company.rules.form.minDigitsHint')}
              min={6}
              max={10}
              allowDecimal={false}
              allowNegative={false}
              w={220}
              value={typeof field.value === 'number' ? field.value : ''}
              onChange={(v) => field.onChange(v === '' ? undefined : Number(v))}
              onBlur={field.onBlur}
              ref={field.ref}
              error={error('params.minDigits')}
            />
          )}
        />
      );
    case 'iossRequired':
      return (
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            label={t('company.rules.form.iossMax')}
            description={t('company.rules.form.iossMaxHint')}
            inputMode="decimal"
            maxLength={20}
            {...control.register('params.maxValue')}
            error={error('params.maxValue')}
          />
          <CurrencySelect control={control} name="params.currency" label={t('company.rules.form.currency')} />
        </SimpleGrid>
      );
    case 'consigneeTaxId':
      return (
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            label={t('company.rules.form.taxIdLabel')}
            description={t('company.rules.form.taxIdLabelHint')}
            maxLength={60}
            {...control.register('params.label')}
            error={error('params.label')}
          />
          <TextInput
            label={t('company.rules.form.pattern')}
            description={t('company.rules.form.patternHint')}
            maxLength={200}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...control.register('params.pattern')}
            error={error('params.pattern')}
          />
        </SimpleGrid>
      );
    case 'postalForm':
      return (
        <Stack gap="xs">
          <PostalLimits control={control} />
          <TextInput
            label={t('company.rules.form.cn22MaxKg')}
            inputMode="decimal"
            maxLength={20}
            w={220}
            {...control.register('params.cn22MaxKg')}
            error={error('params.cn22MaxKg')}
          />
        </Stack>
      );
    case 'requiredDocuments':
      return (
        <Controller
          control={control}
          name="params.documents"
          render={({ field }) => (
            <MultiSelect
              label={t('company.rules.form.neededDocuments')}
              description={t('company.rules.form.neededDocumentsHint')}
              data={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`company.documentTypes.${d}`) }))}
              value={Array.isArray(field.value) ? (field.value as string[]) : []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={error('params.documents')}
            />
          )}
        />
      );
  }
}
