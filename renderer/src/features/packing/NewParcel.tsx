// Opens the next parcel in the chosen box; the last box used is offered again.
import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackagePreset, StationParcel } from '../../../../shared/api/contracts/packing';
import { useMutationCommand } from '../../api/hooks';
import { notifyError } from '../../app/notify';

export function NewParcel({ orderId, presets, onOpened }: { orderId: number; presets: PackagePreset[]; onOpened: (p: StationParcel) => void }) {
  const { t } = useTranslation();
  const [presetId, setPresetId] = useState<string | null>(null);
  const chosen = presetId ?? (presets[0] ? String(presets[0].id) : null);
  const open = useMutationCommand('packing.openParcel', { onSuccess: onOpened, onError: (e) => notifyError(e) });
  return (
    <Group align="end" gap="xs">
      <Select
        label={t('packing.newParcelBox')}
        data={presets.map((p) => ({ value: String(p.id), label: p.name }))}
        value={chosen}
        onChange={setPresetId}
        allowDeselect={false}
        w={260}
      />
      <Button variant="light" disabled={!chosen} loading={open.isPending} onClick={() => chosen && open.mutate({ orderId, presetId: Number(chosen) })}>
        {t('packing.newParcel')}
      </Button>
    </Group>
  );
}
