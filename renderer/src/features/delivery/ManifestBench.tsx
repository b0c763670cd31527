// The loading bay: one open manifest, a scan field that keeps the focus for a keyboard-wedge
// scanner (a refusal beeps low and flashes red with the reason), the loaded and missing parcels,
// Depart after a confirmation, and Print.
import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManifestParcel } from '../../../../shared/api/contracts/delivery';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { errorText, notifyError, notifySuccess } from '../../app/notify';
import { quantity } from '../../i18n/format';
import { beep } from '../../ui/beep';
import { ScanInput } from '../../ui/ScanInput';
import { usePrintDocument } from '../documents/usePrintDocument';

function ParcelRows({ parcels, action }: { parcels: ManifestParcel[]; action?: (p: ManifestParcel) => React.ReactNode }) {
  const { i18n } = useTranslation();
  return parcels.map((p) => (
    <Table.Tr key={p.parcelId}>
      <Table.Td ff="monospace">{p.trackingNumber}</Table.Td>
      <Table.Td>{p.orderNumber}</Table.Td>
      <Table.Td>{p.consignee}</Table.Td>
      <Table.Td>{p.country}</Table.Td>
      <Table.Td ta="right">{quantity(p.grossKg, i18n.language)}</Table.Td>
      <Table.Td>{action?.(p)}</Table.Td>
    </Table.Tr>
  ));
}

export function ManifestBench({ id, onBack }: { id: number; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const { data: m } = useCommand('delivery.manifest', { id });
  const [code, setCode] = useState('');
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string }>();
  const [confirming, setConfirming] = useState(false);
  const { print, pending: printing } = usePrintDocument();
  const scan = useMutationCommand('delivery.scan', {
    onSuccess: (out) => {
      beep('accept');
      setFeedback({ ok: true, text: t('delivery.manifest.accepted', { code: out.loaded.trackingNumber, order: out.loaded.orderNumber }) });
    },
    onError: (e) => {
      beep('reject');
      setFeedback({ ok: false, text: errorText(e) });
    },
  });
  const unload = useMutationCommand('delivery.unload', { onError: (e) => notifyError(e) });
  const depart = useMutationCommand('delivery.depart', {
    onSuccess: (out) => {
      setConfirming(false);
      notifySuccess(t('delivery.manifest.departed_ok', { number: out.manifest.number, orders: out.orders.length }));
    },
    onError: (e) => {
      setConfirming(false);
      notifyError(e);
    },
  });
  if (!m) return null;
  const open = m.status === 'open';
  const head = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{t('delivery.manifest.trackingNumber')}</Table.Th>
        <Table.Th>{t('delivery.manifest.order')}</Table.Th>
        <Table.Th>{t('delivery.manifest.consignee')}</Table.Th>
        <Table.Th>{t('delivery.manifest.country')}</Table.Th>
        <Table.Th ta="right">{t('delivery.manifest.weight')}</Table.Th>
        <Table.Th />
      </Table.Tr>
    </Table.Thead>
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>
          {m.number} · {m.carrierName} · {m.vehiclePlate} · {m.driver}{' '}
          <Badge color={open ? 'blue' : 'gray'}>{t(`delivery.manifest.statusLabel.${m.status}`)}</Badge>
        </Title>
        <Group>
          <Button variant="default" onClick={onBack}>
            {t('delivery.manifest.back')}
          </Button>
          <Button variant="default" loading={printing} onClick={() => void print('delivery.showManifest', { id, paper: 'A4' })}>
            {t('delivery.manifest.print')}
          </Button>
          {open && (
            <Button color="green" disabled={m.parcels.length === 0} onClick={() => setConfirming(true)}>
              {t('delivery.manifest.depart')}
            </Button>
          )}
        </Group>
      </Group>
      {open && (
        <ScanInput
          autoFocus
          paused={confirming}
          label={t('delivery.manifest.scan')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          onEnter={() => {
            if (code.trim()) scan.mutate({ manifestId: id, code: code.trim() });
            setCode('');
          }}
          styles={feedback && !feedback.ok ? { input: { borderColor: 'var(--mantine-color-red-6)', background: 'var(--mantine-color-red-0)' } } : undefined}
          data-testid="delivery-scan"
        />
      )}
      {feedback && (
        <Alert color={feedback.ok ? 'green' : 'red'} data-testid="delivery-feedback">
          {feedback.text}
        </Alert>
      )}
      <Title order={4}>{t('delivery.manifest.loaded', { count: m.parcels.length, kg: quantity(m.totalKg, i18n.language) })}</Title>
      {m.parcels.length === 0 ? (
        <Text c="dimmed">{t('delivery.manifest.noneLoaded')}</Text>
      ) : (
        <Table>
          {head}
          <Table.Tbody>
            <ParcelRows
              parcels={m.parcels}
              action={
                open
                  ? (p) => (
                      <Button size="xs" variant="subtle" onClick={() => unload.mutate({ manifestId: id, parcelId: p.parcelId })}>
                        {t('delivery.manifest.unload')}
                      </Button>
                    )
                  : undefined
              }
            />
          </Table.Tbody>
        </Table>
      )}
      {open && (
        <>
          <Title order={4}>{t('delivery.manifest.missing', { count: m.missing.length })}</Title>
          {m.missing.length === 0 ? (
            <Text c="dimmed">{t('delivery.manifest.noneMissing')}</Text>
          ) : (
            <Table>
              {head}
              <Table.Tbody>
                <ParcelRows
                  parcels={m.missing}
                  action={(p) => ('orderPartlyLoaded' in p && p.orderPartlyLoaded ? <Badge color="red">{t('delivery.manifest.partly')}</Badge> : null)}
                />
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('delivery.manifest.depart')}>
        <Text>{t('delivery.manifest.departConfirm', { number: m.number, count: m.parcels.length })}</Text>
        <Group justify="flex-end" mt="md">
          <Button color="green" loading={depart.isPending} onClick={() => depart.mutate({ id })}>
            {t('delivery.manifest.depart')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
