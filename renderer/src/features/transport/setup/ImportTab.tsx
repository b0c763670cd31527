// Importing carriers, services or rules from a CSV file (one kind per file), and a carrier's file
// of tracking numbers; all rows or none, with every wrong row listed.
import { Alert, Button, FileInput, List, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarrierView } from '../../../../../shared/api/contracts/transport';
import type { ImportRowError } from '../../../../../shared/import/orderCsv';
import { TRANSPORT_IMPORT_KINDS, type TransportImportKind } from '../../../../../shared/schemas/transport';
import { useMutationCommand } from '../../../api/hooks';
import { notifyError, notifySuccess } from '../../../app/notify';
import { translateMessage } from '../../../i18n/messages';

const COLUMNS: Record<TransportImportKind, string> = {
  carriers: 'code, name, kind, number_pattern, tracking_url, active',
  services: 'carrier, code, name, s10_indicator, countries, max_parcel_kg, max_value, value_currency, max_length_cm, max_length_girth_cm, cutoff, active',
  rules: 'position, match, pattern, method, countries, carrier, service, note, active',
};

function RowErrors({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <Alert color="red" data-testid="transport-import-errors">
      <List size="sm">
        {errors.map((e, i) => (
          <List.Item key={i}>
            {t('transport.setup.rowError', { row: e.row, message: `${e.column ? `${e.column}: ` : ''}${translateMessage(e.code, e.params)}` })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function ImportTab({ carriers }: { carriers: CarrierView[] }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<TransportImportKind>('carriers');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ImportRowError[]>([]);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [numbersFile, setNumbersFile] = useState<File | null>(null);
  const [numberErrors, setNumberErrors] = useState<ImportRowError[]>([]);
  const setup = useMutationCommand('transport.import', {
    onSuccess: (r) => {
      setErrors(r.errors);
      if (r.ok) notifySuccess(t('transport.setup.imported', { created: r.created, updated: r.updated }));
    },
    onError: (e) => notifyError(e),
  });
  const numbers = useMutationCommand('transport.importNumbers', {
    onSuccess: (r) => {
      setNumberErrors(r.errors);
      if (r.ok) notifySuccess(t('transport.setup.importedNumbers', { count: r.booked.length }));
    },
    onError: (e) => notifyError(e),
  });
  const services = carriers.flatMap((c) => c.services.map((s) => ({ value: String(s.id), label: `${c.name} · ${s.name}` })));
  return (
    <Stack maw={720}>
      <Select
        label={t('transport.setup.importKind')}
        data={TRANSPORT_IMPORT_KINDS.map((k) => ({ value: k, label: t(`transport.setup.importKinds.${k}`) }))}
        value={kind}
        onChange={(v) => setKind((v as TransportImportKind | null) ?? 'carriers')}
      />
      <Text size="sm" c="dimmed">
        {t('transport.setup.importColumns', { columns: COLUMNS[kind] })}
      </Text>
      <FileInput label={t('transport.setup.importFile')} accept=".csv,text/csv" value={file} onChange={setFile} />
      <Button w={160} disabled={!file} loading={setup.isPending} onClick={async () => file && setup.mutate({ kind, csv: await file.text() })}>
        {t('transport.setup.importRun')}
      </Button>
      <RowErrors errors={errors} />

      <Title order={4} mt="lg">
        {t('transport.setup.importNumbers')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('transport.setup.importNumbersHint')}
      </Text>
      <Select label={t('transport.setup.service')} data={services} value={serviceId} onChange={setServiceId} />
      <FileInput label={t('transport.setup.importFile')} accept=".csv,text/csv" value={numbersFile} onChange={setNumbersFile} />
      <Button
        w={160}
        disabled={!numbersFile || !serviceId}
        loading={numbers.isPending}
        onClick={async () => numbersFile && serviceId && numbers.mutate({ serviceId: Number(serviceId), csv: await numbersFile.text() })}
      >
        {t('transport.setup.importRun')}
      </Button>
      <RowErrors errors={numberErrors} />
    </Stack>
  );
}
