// A carrier's form and a service's form, checked by the same schemas main re-checks.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CarrierView, ServiceView } from '../../../../../shared/api/contracts/transport';
import {
  CARRIER_KINDS,
  type SaveCarrierInput,
  type SaveServiceInput,
  newService,
  saveCarrierSchema,
  saveServiceSchema,
} from '../../../../../shared/schemas/transport';
import { useMutationCommand } from '../../../api/hooks';
import { notifyError } from '../../../app/notify';
import { useFieldError } from '../../../ui/useFieldError';
import { useTextField } from '../../../ui/useTextField';
import { CountriesInput } from './CountriesInput';

export function CarrierForm({ carrier, onSaved }: { carrier: CarrierView | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm<SaveCarrierInput>({
    resolver: zodResolver(saveCarrierSchema),
    defaultValues: carrier
      ? {
          id: carrier.id,
          code: carrier.code,
          name: carrier.name,
          kind: carrier.kind,
          numberPattern: carrier.numberPattern,
          trackingUrl: carrier.trackingUrl,
          active: carrier.active,
        }
      : { code: '', name: '', kind: 'express', numberPattern: '', trackingUrl: '', active: true },
  });
  const textField = useTextField(form, 'transport.setup');
  const save = useMutationCommand('transport.saveCarrier', { onSuccess: onSaved, onError: (e) => notifyError(e) });
  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate(v))}>
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput {...textField('code')} />
          <TextInput {...textField('name')} />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Select
              label={t('transport.setup.kind')}
              data={CARRIER_KINDS.map((k) => ({ value: k, label: t(`transport.setup.kinds.${k}`) }))}
              value={field.value}
              onChange={(v) => field.onChange(v ?? 'express')}
            />
          )}
        />
        <TextInput {...textField('numberPattern')} ff="monospace" />
        <TextInput {...textField('trackingUrl')} />
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

export function ServiceForm({ carrierId, service, onSaved }: { carrierId: number; service: ServiceView | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm<SaveServiceInput>({
    resolver: zodResolver(saveServiceSchema),
    defaultValues: service
      ? {
          id: service.id,
          carrierId,
          code: service.code,
          name: service.name,
          s10Indicator: service.s10Indicator,
          countries: service.countries,
          maxParcelKg: service.maxParcelKg,
          maxValue: service.maxValue,
          valueCurrency: service.valueCurrency,
          maxLengthCm: service.maxLengthCm,
          maxLengthGirthCm: service.maxLengthGirthCm,
          cutoff: service.cutoff,
          active: service.active,
        }
      : newService(carrierId),
  });
  const fieldError = useFieldError(form.control);
  const textField = useTextField(form, 'transport.setup');
  const save = useMutationCommand('transport.saveService', { onSuccess: onSaved, onError: (e) => notifyError(e) });
  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate(v))}>
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput {...textField('code')} />
          <TextInput {...textField('name')} />
          <TextInput {...textField('s10Indicator')} />
          <Controller
            control={form.control}
            name="countries"
            render={({ field }) => (
              <CountriesInput label={t('transport.setup.countries')} value={field.value} onChange={field.onChange} error={fieldError('countries')} />
            )}
          />
          <TextInput {...textField('maxParcelKg')} />
          <TextInput {...textField('maxLengthCm')} />
          <TextInput {...textField('maxLengthGirthCm')} />
          <TextInput {...textField('cutoff')} />
          <TextInput {...textField('maxValue')} />
          <TextInput {...textField('valueCurrency')} />
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
