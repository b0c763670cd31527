// The waiting threshold, edited where its effect shows: how many hours an order may wait at a step
// before the dashboard lists it as stuck. The same schema main re-checks.
import { Button, Group, NumberInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type FlowSettings, MAX_WAITING_HOURS, flowSettingsSchema } from '../../../../shared/api/contracts/flow';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { translatePacked } from '../../i18n/messages';

export function ThresholdForm() {
  const { t } = useTranslation();
  const settings = useCommand('flow.settings', {});
  const form = useForm<FlowSettings>({ resolver: zodResolver(flowSettingsSchema), defaultValues: { waitingHours: 48 } });
  useEffect(() => {
    if (settings.data) form.reset(settings.data);
  }, [settings.data, form]);
  const save = useMutationCommand('flow.saveSettings', {
    onSuccess: () => notifySuccess(t('flow.threshold.saved')),
    onError: (e) => notifyError(e),
  });
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))}>
      <Group align="end" gap="xs">
        <Controller
          control={form.control}
          name="waitingHours"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('flow.threshold.label')}
              w={200}
              min={1}
              max={MAX_WAITING_HOURS}
              allowDecimal={false}
              suffix=" h"
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
              onBlur={field.onBlur}
              error={translatePacked(fieldState.error?.message)}
            />
          )}
        />
        <Button type="submit" variant="light" loading={save.isPending} disabled={!form.formState.isDirty}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
