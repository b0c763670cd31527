// Shipments on the road: confirm a delivery by hand (date, receiver), or import the carrier's
// status file, checked whole first and imported all or nothing.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, FileButton, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { StatusImportPreview } from '../../../../shared/api/contracts/delivery';
import { type ConfirmDeliveryInput, confirmDeliverySchema } from '../../../../shared/schemas/delivery';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { formatMoment } from '../../i18n/format';
import { translateMessage } from '../../i18n/messages';
import { useFieldError } from '../../ui/useFieldError';

function ConfirmForm() {
  const { t } = useTranslation();
  const form = useForm<ConfirmDeliveryInput>({
    resolver: zodResolver(confirmDeliverySchema),
    defaultValues: { trackingNumber: '', deliveredAt: '', receiver: '' },
  });
  const fieldError = useFieldError(form.control);
  const confirm = useMutationCommand('delivery.confirm', {
    onSuccess: (out) => {
      notifySuccess(t('delivery.transit.confirmed', { order: out.orderNumber }));
      form.reset();
    },
    onError: (e) => notifyError(e),
  });
  return (
    <form onSubmit={form.handleSubmit((v) => confirm.mutate(v))}>
      <Group align="flex-end">
        <TextInput label={t('delivery.transit.trackingNumber')} {...form.register('trackingNumber')} error={fieldError('trackingNumber')} />
        <TextInput type="datetime-local" label={t('delivery.transit.deliveredAt')} {...form.register('deliveredAt')} error={fieldError('deliveredAt')} />
        <TextInput label={t('delivery.transit.receiver')} {...form.register('receiver')} error={fieldError('receiver')} />
        <Button type="submit" loading={confirm.isPending}>
          {t('delivery.transit.confirm')}
        </Button>
      </Group>
    </form>
  );
}

function StatusImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ fileName: string; text: string }>();
  const [preview, setPreview] = useState<StatusImportPreview>();
  const check = useMutationCommand('delivery.importStatusPreview', { onSuccess: setPreview, onError: (e) => notifyError(e) });
  const run = useMutationCommand('delivery.importStatus', {
    onSuccess: (out) => {
      notifySuccess(t('delivery.transit.imported', { ...out }));
      setPreview(undefined);
      setFile(undefined);
    },
    onError: (e) => notifyError(e),
  });
  return (
    <Stack>
      <Title order={4}>{t('delivery.transit.import')}</Title>
      <Text size="sm">{t('delivery.transit.importHint')}</Text>
      <Group>
        <FileButton
          accept=".csv,text/csv,text/plain"
          onChange={async (f) => {
            if (!f) return;
            const loaded = { fileName: f.name, text: await f.text() };
            setFile(loaded);
            check.mutate(loaded);
          }}
        >
          {(props) => <Button {...props}>{t('delivery.transit.check')}</Button>}
        </FileButton>
        {file && <Text>{file.fileName}</Text>}
        {preview && preview.errorCount === 0 && file && (
          <Button color="green" loading={run.isPending} onClick={() => run.mutate(file)}>
            {t('delivery.transit.importNow')}
          </Button>
        )}
      </Group>
      {preview && <Text>{t('delivery.transit.counts', { ...preview.counts })}</Text>}
      {preview && preview.errors.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('delivery.transit.row')}</Table.Th>
              <Table.Th>{t('delivery.transit.column')}</Table.Th>
              <Table.Th>{t('delivery.transit.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.errors.map((e, i) => (
              <Table.Tr key={i}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{e.column ?? ''}</Table.Td>
                <Table.Td c="red">{translateMessage(e.code, e.params)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function InTransitTab() {
  const { t, i18n } = useTranslation();
  const { data: rows = [] } = useCommand('delivery.inTransit', {});
  return (
    <Stack>
      <ConfirmForm />
      {rows.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('delivery.manifest.order')}</Table.Th>
              <Table.Th>{t('delivery.manifest.consignee')}</Table.Th>
              <Table.Th>{t('delivery.transit.carrier')}</Table.Th>
              <Table.Th>{t('delivery.manifest.trackingNumber')}</Table.Th>
              <Table.Th>{t('delivery.transit.dispatchedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.shipmentId}>
                <Table.Td>{s.orderNumber}</Table.Td>
                <Table.Td>
                  {s.consignee} ({s.country})
                </Table.Td>
                <Table.Td>{s.carrierName}</Table.Td>
                <Table.Td ff="monospace">{s.trackingNumbers.join(', ')}</Table.Td>
                <Table.Td>{s.dispatchedAt ? formatMoment(s.dispatchedAt, i18n.language) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.length === 0 && <Text c="dimmed">{t('delivery.transit.none')}</Text>}
      <StatusImport />
    </Stack>
  );
}
