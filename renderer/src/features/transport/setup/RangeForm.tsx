// An S10 range as the post assigned it: carrier, service indicator, country, first and last
// serial, and when to warn that it runs out.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CarrierView, RangeView } from '../../../../../shared/api/contracts/transport';
import { type SaveRangeInput, saveRangeSchema } from '../../../../../shared/schemas/transport';
import { useMutationCommand } from '../../../api/hooks';
import { notifyError } from '../../../app/notify';
import { useFieldError } from '../../../ui/useFieldError';
import { useTextField } from '../../../ui/useTextField';

export function RangeForm({ range, carriers, onSaved }: { range: RangeView | null; carriers: CarrierView[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const postal = carriers.filter((c) => c.kind === 'postal');
  const form = useForm<SaveRangeInput>({
    resolver: zodResolver(saveRangeSchema),
    defaultValues: range
      ? {
          id: range.id,
          carrierId: range.carrierId,
          indicator: range.indicator,
          country: range.country,
          firstSerial: range.firstSerial,
          lastSerial: range.lastSerial,
          warnRemaining: range.warnRemaining,
          active: range.active,
        }
      : { carrierId: postal[0]?.id ?? carriers[0]?.id ?? 0, indicator: '', country: '', firstSerial: 0, lastSerial: 0, warnRemaining: 100, active: true },
  });
  const fieldError = useFieldError(form.control);
  const textField = useTextField(form, 'transport.setup');
  const save = useMutationCommand('transport.saveRange', { onSuccess: onSaved, onError: (e) => notifyError(e) });
  const number = (name: 'firstSerial' | 'lastSerial' | 'warnRemaining', label: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput label={label} value={field.value} onChange={(v) => field.onChange(Number(v))} error={fieldError(name)} allowDecimal={false} min={0} />
      )}
    />
  );
  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate(v))}>
      <Stack>
        <SimpleGrid cols={2}>
          <Controller
            control={form.control}
            name="carrierId"
            render={({ field }) => (
              <Select
                label={t('transport.setup.carrier')}
                data={carriers.map((c) => ({ value: String(c.id), label: c.name }))}
                value={field.value ? String(field.value) : null}
                onChange={(v) => field.onChange(v ? Number(v) : 0)}
                error={fieldError('carrierId')}
              />
            )}
          />
          <TextInput {...textField('indicator')} />
          <TextInput {...textField('country')} />
          {number('warnRemaining', t('transport.setup.warnRemaining'))}
          {number('firstSerial', t('transport.setup.firstSerial'))}
          {number('lastSerial', t('transport.setup.lastSerial'))}
        </SimpleGrid>
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
