// One parcel at the bench: its box, what is in it, its weights, and weighing it closed.
import { Alert, Badge, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackagePreset, StationParcel } from '../../../../shared/api/contracts/packing';
import { compareDecimal, isDecimalString } from '../../../../shared/domain/money';
import { useMutationCommand } from '../../api/hooks';
import { errorText, notifyError, notifySuccess } from '../../app/notify';
import { quantity } from '../../i18n/format';
import { beep } from '../../ui/beep';

interface Props {
  parcel: StationParcel;
  presets: PackagePreset[];
  editable: boolean;
  selected: boolean;
  onSelect: () => void;
}

export function ParcelCard({ parcel, presets, editable, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const [weight, setWeight] = useState('');
  const [refused, setRefused] = useState<string>();
  const open = parcel.status === 'open';
  const onError = (e: unknown) => {
    beep('reject');
    setRefused(errorText(e));
  };
  const close = useMutationCommand('packing.closeParcel', {
    onSuccess: () => {
      setWeight('');
      setRefused(undefined);
      notifySuccess(t('packing.parcel.closedOk', { seq: parcel.seq }));
    },
    onError,
  });
  const reopen = useMutationCommand('packing.reopenParcel', { onError: (e) => notifyError(e) });
  const discard = useMutationCommand('packing.discardParcel', { onError: (e) => notifyError(e) });
  const setPreset = useMutationCommand('packing.setPreset', { onError });
  const remove = useMutationCommand('packing.removeItem', { onError });
  const kg = (v: string) => quantity(v, i18n.language);

  return (
    <Card
      component="section"
      aria-label={t('packing.parcel.title', { seq: parcel.seq })}
      withBorder
      shadow={selected ? 'md' : undefined}
      style={selected ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : undefined}
      onClick={onSelect}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={700}>{t('packing.parcel.title', { seq: parcel.seq })}</Text>
          <Badge color={open ? 'blue' : 'green'}>{t(open ? 'packing.parcel.open' : 'packing.parcel.closed')}</Badge>
        </Group>
        <Select
          label={t('packing.parcel.box')}
          data={presets.map((p) => ({ value: String(p.id), label: p.name }))}
          value={parcel.presetId === null ? null : String(parcel.presetId)}
          placeholder={t('packing.parcel.custom')}
          disabled={!open || !editable || setPreset.isPending}
          onChange={(v) => v && setPreset.mutate({ parcelId: parcel.id, presetId: Number(v) })}
          allowDeselect={false}
        />
        <Text size="sm" c="dimmed">
          {t('packing.parcel.size', { length: parcel.lengthCm, width: parcel.widthCm, height: parcel.heightCm })} ·{' '}
          {t('packing.parcel.limit', { kg: kg(parcel.maxKg) })}
        </Text>
        {parcel.items.length === 0 && <Text c="dimmed">{t('packing.parcel.empty')}</Text>}
        {parcel.items.map((item) => (
          <Group key={item.orderLineId} justify="space-between" wrap="nowrap">
            <Text size="sm">
              {quantity(item.quantity, i18n.language)} × {item.sku} · {item.name}
            </Text>
            {open && editable && (
              <Button
                size="compact-xs"
                variant="subtle"
                loading={remove.isPending}
                // Fractional leftovers (0.5 kg of a bulk line) come out whole, not as "1" that would be refused.
                onClick={() =>
                  remove.mutate({ parcelId: parcel.id, orderLineId: item.orderLineId, quantity: compareDecimal(item.quantity, '1') < 0 ? item.quantity : '1' })
                }
              >
                {t('packing.parcel.takeOut')}
              </Button>
            )}
          </Group>
        ))}
        <Text size="sm">
          {t('packing.parcel.net', { kg: kg(parcel.netKg) })} · {t('packing.parcel.computed', { kg: kg(parcel.computedGrossKg) })}
          {parcel.grossKg !== null && ` · ${t('packing.parcel.weighed', { kg: kg(parcel.grossKg) })}`}
        </Text>
        {open && editable && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (isDecimalString(weight.trim())) close.mutate({ parcelId: parcel.id, grossKg: weight.trim() });
            }}
          >
            <Group align="end" gap="xs">
              <TextInput label={t('packing.parcel.weight')} value={weight} onChange={(e) => setWeight(e.currentTarget.value)} inputMode="decimal" w={180} />
              <Button type="submit" loading={close.isPending} disabled={!isDecimalString(weight.trim())}>
                {t('packing.parcel.close')}
              </Button>
            </Group>
          </form>
        )}
        {refused && (
          <Alert color="red" variant="filled" role="alert" withCloseButton onClose={() => setRefused(undefined)}>
            {refused}
          </Alert>
        )}
        {editable && (
          <Group gap="xs">
            {!open && (
              <Button size="xs" variant="default" loading={reopen.isPending} onClick={() => reopen.mutate({ parcelId: parcel.id })}>
                {t('packing.parcel.reopen')}
              </Button>
            )}
            {open && parcel.items.length === 0 && (
              <Button size="xs" variant="subtle" color="red" loading={discard.isPending} onClick={() => discard.mutate({ parcelId: parcel.id })}>
                {t('packing.parcel.discard')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
