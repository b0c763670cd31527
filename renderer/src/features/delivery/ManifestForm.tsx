// A new loading manifest: carrier, vehicle plate, driver and planned departure, checked by the
// same schema main re-checks.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CarrierChoice } from '../../../../shared/api/contracts/delivery';
import { type CreateManifestInput, createManifestSchema } from '../../../../shared/schemas/delivery';
import { useMutationCommand } from '../../api/hooks';
import { notifyError } from '../../app/notify';
import { useFieldError } from '../../ui/useFieldError';

export function ManifestForm({ carriers, onCreated }: { carriers: CarrierChoice[]; onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const form = useForm<CreateManifestInput>({
    resolver: zodResolver(createManifestSchema),
    defaultValues: { carrierId: carriers[0]?.id, vehiclePlate: '', driver: '', plannedDeparture: '' },
  });
  const fieldError = useFieldError(form.control);
  const create = useMutationCommand('delivery.createManifest', { onSuccess: (m) => onCreated(m.id), onError: (e) => notifyError(e) });
  return (
    <form onSubmit={form.handleSubmit((v) => create.mutate(v))}>
      <Group align="flex-end">
        <Controller
          control={form.control}
          name="carrierId"
          render={({ field }) => (
            <Select
              label={t('delivery.manifest.carrier')}
              data={carriers.map((c) => ({ value: String(c.id), label: c.name }))}
              value={field.value ? String(field.value) : null}
              onChange={(v) => field.onChange(v ? Number(v) : undefined)}
              error={fieldError('carrierId')}
            />
          )}
        />
        <TextInput label={t('delivery.manifest.plate')} {...form.register('vehiclePlate')} error={fieldError('vehiclePlate')} />
        <TextInput label={t('delivery.manifest.driver')} {...form.register('driver')} error={fieldError('driver')} />
        <TextInput
          type="datetime-local"
          label={t('delivery.manifest.plannedDeparture')}
          {...form.register('plannedDeparture')}
          error={fieldError('plannedDeparture')}
        />
        <Button type="submit" loading={create.isPending}>
          {t('delivery.manifest.create')}
        </Button>
      </Group>
    </form>
  );
}
