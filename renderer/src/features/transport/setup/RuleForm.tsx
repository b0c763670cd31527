// A transport rule's form: which orders (shipping line words, method, countries) go by which service.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CarrierView, RuleView } from '../../../../../shared/api/contracts/transport';
import { SHIPPING_MATCHES } from '../../../../../shared/domain/shipping';
import { RULE_METHODS, type SaveRuleInput, saveRuleSchema } from '../../../../../shared/schemas/transport';
import { useMutationCommand } from '../../../api/hooks';
import { notifyError } from '../../../app/notify';
import { useFieldError } from '../../../ui/useFieldError';
import { useTextField } from '../../../ui/useTextField';
import { CountriesInput } from './CountriesInput';

export function RuleForm({
  rule,
  carriers,
  nextPosition,
  onSaved,
}: {
  rule: RuleView | null;
  carriers: CarrierView[];
  nextPosition: number;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<SaveRuleInput>({
    resolver: zodResolver(saveRuleSchema),
    defaultValues: rule
      ? {
          id: rule.id,
          position: rule.position,
          match: rule.match,
          pattern: rule.pattern,
          method: rule.method as SaveRuleInput['method'],
          countries: rule.countries,
          serviceId: rule.serviceId,
          note: rule.note,
          active: rule.active,
        }
      : {
          position: nextPosition,
          match: 'contains',
          pattern: '',
          method: '',
          countries: ['*'],
          serviceId: carriers[0]?.services[0]?.id ?? 0,
          note: '',
          active: true,
        },
  });
  const fieldError = useFieldError(form.control);
  const textField = useTextField(form, 'transport.setup');
  const save = useMutationCommand('transport.saveRule', { onSuccess: onSaved, onError: (e) => notifyError(e) });
  const services = carriers.flatMap((c) => c.services.map((s) => ({ value: String(s.id), label: `${c.name} · ${s.name}` })));
  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate(v))}>
      <Stack>
        <SimpleGrid cols={2}>
          <Controller
            control={form.control}
            name="position"
            render={({ field }) => (
              <NumberInput
                label={t('transport.setup.position')}
                value={field.value}
                onChange={(v) => field.onChange(Number(v))}
                error={fieldError('position')}
              />
            )}
          />
          <Controller
            control={form.control}
            name="match"
            render={({ field }) => (
              <Select
                label={t('transport.setup.match')}
                data={SHIPPING_MATCHES.map((m) => ({ value: m, label: t(`transport.setup.matches.${m}`) }))}
                value={field.value}
                onChange={(v) => field.onChange(v ?? 'contains')}
              />
            )}
          />
          <TextInput {...textField('pattern')} />
          <Controller
            control={form.control}
            name="method"
            render={({ field }) => (
              <Select
                label={t('transport.setup.method')}
                data={RULE_METHODS.map((m) => ({ value: m, label: m === '' ? t('transport.setup.anyMethod') : m }))}
                value={field.value}
                onChange={(v) => field.onChange(v ?? '')}
              />
            )}
          />
          <Controller
            control={form.control}
            name="countries"
            render={({ field }) => (
              <CountriesInput label={t('transport.setup.countries')} value={field.value} onChange={field.onChange} error={fieldError('countries')} />
            )}
          />
          <Controller
            control={form.control}
            name="serviceId"
            render={({ field }) => (
              <Select
                label={t('transport.setup.service')}
                data={services}
                value={field.value ? String(field.value) : null}
                onChange={(v) => field.onChange(v ? Number(v) : 0)}
                error={fieldError('serviceId')}
              />
            )}
          />
        </SimpleGrid>
        <TextInput {...textField('note')} />
        <Checkbox label={t('transport.setup.active')} {...form.register('active')} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('transport.setup.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
