// Create or edit one bin. The schema is the one main re-checks; a duplicate bin comes back from
// main and lands on the bin code field, keeping what was typed.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LocationView } from '../../../../shared/api/contracts/inventory';
import { type LocationInput, emptyLocation, locationSchema } from '../../../../shared/schemas/inventory';
import { toAppError } from '../../api/errors';
import { useMutationCommand } from '../../api/hooks';
import { errorText, notifySuccess } from '../../app/notify';
import { packMessage, translatePacked } from '../../i18n/messages';

interface Props {
  editing?: LocationView;
  onDone: () => void;
}

export function LocationForm({ editing, onDone }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  // Starts from the bin being edited; the page keys this form by that bin, so choosing another starts afresh.
  const form = useForm<LocationInput>({
    resolver: zodResolver(locationSchema),
    defaultValues: editing ? { warehouse: editing.warehouse, zone: editing.zone, binCode: editing.binCode, walkOrder: editing.walkOrder } : emptyLocation(),
  });
  const save = useMutationCommand('locations.save');
  const fieldError = (name: keyof LocationInput) => translatePacked(form.formState.errors[name]?.message, t);

  const submit = form.handleSubmit(async (location) => {
    setError(undefined);
    try {
      await save.mutateAsync({ ...(editing ? { id: editing.id } : {}), location });
      notifySuccess(t('inventory.locations.saved', { bin: location.binCode }));
      if (!editing) form.reset({ ...emptyLocation(), warehouse: location.warehouse, zone: location.zone, walkOrder: location.walkOrder + 10 });
      onDone();
    } catch (caught) {
      const e = toAppError(caught);
      const onField = e.issues.filter((i) => i.path.startsWith('location.'));
      for (const i of onField)
        form.setError(i.path.slice('location.'.length) as keyof LocationInput, { type: 'server', message: packMessage(i.code, i.params) });
      if (onField.length === 0) setError(errorText(e));
    }
  });

  return (
    <Paper withBorder p="md" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} size="h5">
            {editing ? t('inventory.locations.edit', { bin: editing.binCode }) : t('inventory.locations.new')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput label={t('inventory.columns.warehouse')} withAsterisk maxLength={40} {...form.register('warehouse')} error={fieldError('warehouse')} />
            <TextInput label={t('inventory.columns.zone')} maxLength={40} {...form.register('zone')} error={fieldError('zone')} />
            <TextInput label={t('inventory.columns.bin')} withAsterisk maxLength={40} {...form.register('binCode')} error={fieldError('binCode')} />
            <Controller
              control={form.control}
              name="walkOrder"
              render={({ field }) => (
                <NumberInput
                  label={t('inventory.columns.walkOrder')}
                  description={t('inventory.locations.walkHint')}
                  withAsterisk
                  min={0}
                  allowDecimal={false}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                  error={fieldError('walkOrder')}
                />
              )}
            />
          </SimpleGrid>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            {editing && (
              <Button variant="default" onClick={onDone}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
