// The scale tolerance: how far a weighed parcel may be from its computed weight.
import { Button, Card, Group, Text, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type ToleranceInput, toleranceSchema } from '../../../../shared/schemas/packing';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { translatePacked } from '../../i18n/messages';

export function ToleranceCard() {
  const { t } = useTranslation();
  const settings = useCommand('packing.settings', {});
  const form = useForm<ToleranceInput>({ resolver: zodResolver(toleranceSchema), defaultValues: { tolerancePercent: '' } });
  useEffect(() => {
    if (settings.data) form.reset(settings.data);
  }, [settings.data, form]);
  const save = useMutationCommand('packing.updateSettings', {
    onSuccess: () => notifySuccess(t('packing.settings.saved')),
    // What was typed stays in the field when saving fails.
    onError: (e) => notifyError(e),
  });
  const error = form.formState.errors.tolerancePercent?.message;
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {t('packing.settings.title')}
      </Title>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))}>
        <Group align="start" gap="xs">
          <TextInput
            label={t('packing.settings.tolerance')}
            inputMode="decimal"
            w={160}
            {...form.register('tolerancePercent')}
            error={translatePacked(error)}
          />
          <Button type="submit" mt={25} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
      <Text size="sm" c="dimmed" mt="xs">
        {t('packing.settings.hint')}
      </Text>
    </Card>
  );
}
