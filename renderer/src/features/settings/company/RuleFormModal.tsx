// Adding or editing a destination rule: where it applies, what it asks (per kind), and where the
// rule comes from. The form's schema is the one main re-checks.
import { Alert, Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { SHIPPING_METHODS } from '../../../../../shared/domain/codes';
import { DOCUMENT_TYPES } from '../../../../../shared/schemas/customs';
import { type DestinationRule, type DestinationRuleInput, RULE_KINDS, type RuleKind, destinationRuleSchema } from '../../../../../shared/schemas/customs/rules';
import { useMutationCommand } from '../../../api/hooks';
import { errorText, notifySuccess } from '../../../app/notify';
import { countryFilter, countryOptions } from '../../../i18n/options';
import { defaultParams, newRule } from './ruleDefaults';
import { RuleParamsFields } from './RuleParamsFields';
import { applyServerIssues } from './serverErrors';
import { useRuleError } from './ruleForm';

type RuleValues = z.output<typeof destinationRuleSchema>;

const ALL = '*';
const EU = 'EU';

/** "All countries" stands alone: picking it clears the others, picking a country clears it. */
function pickCountries(before: readonly string[], after: string[]): string[] {
  const added = after.filter((c) => !before.includes(c));
  if (added.includes(ALL)) return [ALL];
  return added.length > 0 ? after.filter((c) => c !== ALL) : after;
}

interface Props {
  /** The rule to edit, or the kind of a new rule. */
  editing: DestinationRule | { kind: RuleKind };
  onClose: () => void;
}

function RuleForm({ editing, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const existing = 'id' in editing ? editing : undefined;
  const form = useForm<DestinationRuleInput, unknown, RuleValues>({
    resolver: zodResolver(destinationRuleSchema),
    defaultValues: 'id' in editing ? editing : newRule(editing.kind),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { control, register } = form;
  const error = useRuleError(control);
  const kind = useWatch({ control, name: 'params.kind' });
  const [failure, setFailure] = useState<string>();
  const save = useMutationCommand('company.saveRule', {
    onSuccess: () => {
      notifySuccess(existing ? t('company.rules.savedEdit') : t('company.rules.savedNew'));
      onClose();
    },
    onError: (e) => {
      if (!applyServerIssues(e, form.setError)) setFailure(errorText(e));
    },
  });

  const countries = [
    { value: ALL, label: t('company.rules.allCountries') },
    // The rules engine reads 'EU' as the member states of the day: one rule, not 27 codes to keep up to date.
    { value: EU, label: t('company.rules.form.euGroup') },
    ...countryOptions(i18n.language),
  ];
  const documents = DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`company.documentTypes.${d}`) }));
  const methods = SHIPPING_METHODS.map((m) => ({ value: m, label: t(`shippingMethod.${m}`) }));
  const kinds = RULE_KINDS.map((k) => ({ value: k, label: t(`company.rules.kinds.${k}`) }));

  const changeKind = (next: RuleKind) => {
    const fresh = newRule(next);
    form.setValue('params', defaultParams(next), { shouldDirty: true });
    form.setValue('documents', fresh.documents, { shouldDirty: true });
    form.clearErrors();
  };

  return (
    <form
      onSubmit={form.handleSubmit((rule) => {
        setFailure(undefined);
        save.mutate(rule);
      })}
      noValidate
      aria-label={existing ? t('company.rules.editTitle') : t('company.rules.addTitle')}
    >
      <Stack gap="sm">
        <Select
          label={t('company.rules.form.kind')}
          description={existing ? t('company.rules.form.kindFixed') : undefined}
          data={kinds}
          value={kind}
          allowDeselect={false}
          disabled={existing !== undefined}
          onChange={(v) => v && changeKind(v as RuleKind)}
        />
        <Controller
          control={control}
          name="countries"
          render={({ field }) => {
            const value = Array.isArray(field.value) ? field.value : [];
            // A code the list does not know (typed in an older version) is still shown and kept.
            const extra = value.filter((c) => !countries.some((o) => o.value === c)).map((c) => ({ value: c, label: c }));
            return (
              <Stack gap={4}>
                <MultiSelect
                  label={t('company.rules.form.countries')}
                  description={t('company.rules.form.countriesHint')}
                  data={[...countries, ...extra]}
                  searchable
                  filter={countryFilter}
                  nothingFoundMessage={t('orderForm.nothingFound')}
                  maxValues={60}
                  hidePickedOptions
                  value={value}
                  onChange={(v) => field.onChange(pickCountries(value, v))}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={error('countries')}
                  maxDropdownHeight={260}
                />
                {value.length > 0 && (
                  <Group gap="xs">
                    <Button size="compact-xs" variant="subtle" color="gray" onClick={() => field.onChange([])}>
                      {t('company.rules.form.clearCountries')}
                    </Button>
                  </Group>
                )}
              </Stack>
            );
          }}
        />
        <SimpleGrid cols={2} spacing="xs">
          <Controller
            control={control}
            name="methods"
            render={({ field }) => (
              <MultiSelect
                label={t('company.rules.form.methods')}
                placeholder={Array.isArray(field.value) && field.value.length > 0 ? undefined : t('company.rules.allMethods')}
                data={methods}
                value={Array.isArray(field.value) ? field.value : []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={error('methods')}
              />
            )}
          />
          <Controller
            control={control}
            name="documents"
            render={({ field }) => (
              <MultiSelect
                label={t('company.rules.form.documents')}
                data={documents}
                value={Array.isArray(field.value) ? field.value : []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={error('documents')}
              />
            )}
          />
        </SimpleGrid>
        <RuleParamsFields kind={kind} control={control} />
        {/* Two lines: a source names a document and where in it, and must be read whole. */}
        <Textarea
          label={t('company.rules.form.source')}
          description={t('company.rules.form.sourceHint')}
          rows={2}
          resize="vertical"
          maxLength={300}
          {...register('source')}
          error={error('source')}
        />
        <SimpleGrid cols={2} spacing="xs">
          <TextInput type="date" label={t('company.rules.form.sourceDate')} {...register('sourceDate')} error={error('sourceDate')} />
          <Controller
            control={control}
            name="active"
            render={({ field }) => (
              <Switch
                label={t('company.rules.form.active')}
                description={t('company.rules.form.activeHint')}
                checked={field.value !== false}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                onBlur={field.onBlur}
                ref={field.ref}
                mt="lg"
              />
            )}
          />
        </SimpleGrid>
        <Textarea label={t('company.rules.form.note')} rows={2} resize="vertical" maxLength={500} {...register('note')} error={error('note')} />
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {existing ? t('company.rules.form.saveEdit') : t('company.rules.form.saveNew')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RuleFormModal({ editing, onClose }: { editing: Props['editing'] | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      size="lg"
      title={editing && 'id' in editing ? t('company.rules.editTitle') : t('company.rules.addTitle')}
    >
      {editing && <RuleForm key={'id' in editing ? editing.id : 'new'} editing={editing} onClose={onClose} />}
    </Modal>
  );
}
