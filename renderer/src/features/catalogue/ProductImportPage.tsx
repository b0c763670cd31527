// /products/import: a product list from CSV, with the order import's pieces (file step, progress,
// error report). Nothing is written before "Import", and that writes everything or nothing.
import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProductImportOutcome, ProductImportPreview, ProductImportState } from '../../../../shared/api/contracts/catalogue';
import { PRODUCT_FIELDS, PRODUCT_REQUIRED_FIELDS, type ProductColumnMapping } from '../../../../shared/import/productFields';
import { useMutationCommand, useProgress } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { ErrorReport } from '../import/ErrorReport';
import { FileStep } from '../import/FileStep';
import { JobProgress } from '../import/JobProgress';
import { newJobId } from '../../api/jobId';
import { readCsvFile } from '../import/readCsvFile';

const STATES: ProductImportState[] = ['new', 'updated', 'existing', 'invalid'];
const COLOURS: Record<ProductImportState, string> = { new: 'green', updated: 'blue', existing: 'gray', invalid: 'red' };
const SAMPLE_SHOWN = 100;

export function ProductImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<{ name: string; text: string }>();
  const [mapping, setMapping] = useState<ProductColumnMapping>({});
  const [preview, setPreview] = useState<ProductImportPreview>();
  const [onlyValid, setOnlyValid] = useState(false);
  const [outcome, setOutcome] = useState<ProductImportOutcome>();
  const [error, setError] = useState<string>();
  const [jobId, setJobId] = useState<string>();
  const progress = useProgress(jobId);
  const previewCmd = useMutationCommand('products.importPreview');
  const commitCmd = useMutationCommand('products.importCommit');
  const cancelCmd = useMutationCommand('products.importCancel');
  const busy = previewCmd.isPending || commitCmd.isPending;

  const check = async (source: { name: string; text: string }, map?: ProductColumnMapping) => {
    setError(undefined);
    setOutcome(undefined);
    const id = newJobId();
    setJobId(id);
    try {
      const result = await previewCmd.mutateAsync({ fileName: source.name, text: source.text, jobId: id, ...(map ? { mapping: map } : {}) });
      setPreview(result);
      setMapping(result.mapping);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const read = async () => {
    if (!file) return;
    const read = await readCsvFile(file);
    if ('error' in read) return setError(t(read.error));
    const source = { name: file.name, text: read.text };
    setLoaded(source);
    await check(source);
  };

  const commit = async () => {
    if (!loaded) return;
    setError(undefined);
    const id = newJobId();
    setJobId(id);
    try {
      setOutcome(await commitCmd.mutateAsync({ fileName: loaded.name, text: loaded.text, mapping, onlyValid, jobId: id }));
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const headers = preview ? [...new Set(preview.headers.filter((h) => h !== ''))] : [];
  const blocked = preview !== undefined && preview.counts.invalid > 0 && !onlyValid;
  const nothing = preview !== undefined && preview.counts.new + preview.counts.updated === 0;
  return (
    <Stack maw={1280}>
      <Title order={2}>{t('catalogue.import.title')}</Title>
      <FileStep file={file} busy={busy} error={preview ? undefined : error} onFile={setFile} onRead={() => void read()} />
      {busy && <JobProgress progress={progress} onCancel={() => jobId && cancelCmd.mutate({ jobId })} cancelling={cancelCmd.isPending} />}
      {preview && loaded && !outcome && (
        <>
          <Text size="sm">{t('importWizard.mappingIntro')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {PRODUCT_FIELDS.map((f) => (
              <Select
                key={f}
                label={t(`catalogue.fields.${f}`)}
                withAsterisk={PRODUCT_REQUIRED_FIELDS.includes(f)}
                data={headers}
                value={mapping[f] ?? null}
                placeholder={t('importWizard.notMapped')}
                clearable
                onChange={(h) => setMapping((m) => ({ ...m, [f]: h ?? undefined }))}
                error={preview.missingFields.includes(f) && !mapping[f] ? t('importWizard.missingField') : undefined}
              />
            ))}
          </SimpleGrid>
          <Group>
            <Button variant="default" onClick={() => void check(loaded, mapping)} loading={previewCmd.isPending}>
              {t('importWizard.recheck')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            {STATES.map((s) => (
              <Card withBorder key={s} padding="sm" role="group" aria-label={t(`catalogue.import.counts.${s}`)}>
                <Text size="sm" fw={600}>
                  {t(`catalogue.import.counts.${s}`)}
                </Text>
                <Text size="xl" fw={700} c={`${COLOURS[s]}.8`} data-testid={`count-${s}`}>
                  {preview.counts[s]}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`catalogue.import.counts.${s}Hint`)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <Title order={3}>{t('catalogue.import.sampleTitle')}</Title>
          {preview.sample.length > SAMPLE_SHOWN && (
            <Text size="sm" c="dimmed">
              {t('catalogue.import.sampleShown', { shown: SAMPLE_SHOWN, total: preview.rowCount })}
            </Text>
          )}
          <Table striped aria-label={t('catalogue.import.sampleTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('importWizard.errorColumns.row')}</Table.Th>
                <Table.Th>{t('catalogue.columns.sku')}</Table.Th>
                <Table.Th>{t('catalogue.columns.name')}</Table.Th>
                <Table.Th>{t('catalogue.columns.hsCode')}</Table.Th>
                <Table.Th>{t('importWizard.sampleColumns.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.sample.slice(0, SAMPLE_SHOWN).map((s) => (
                <Table.Tr key={s.row}>
                  <Table.Td>{s.row}</Table.Td>
                  <Table.Td ff="monospace">{s.sku}</Table.Td>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td ff="monospace">{s.hsCode}</Table.Td>
                  <Table.Td>
                    <Badge color={COLOURS[s.state]} variant="light">
                      {t(`catalogue.import.counts.${s.state}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={3}>{t('importWizard.errorsTitle')}</Title>
          <ErrorReport errors={preview.errors} errorCount={preview.errorCount} />
          {nothing && <Alert color="gray">{t('catalogue.import.nothingToImport')}</Alert>}
          {preview.counts.invalid > 0 && (
            <Checkbox
              label={t('catalogue.import.onlyValid', { count: preview.counts.new + preview.counts.updated + preview.counts.existing })}
              checked={onlyValid}
              onChange={(e) => setOnlyValid(e.currentTarget.checked)}
            />
          )}
          {blocked && (
            <Text size="sm" c="dimmed">
              {t('catalogue.import.mustChooseOnlyValid')}
            </Text>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group>
            <Button onClick={() => void commit()} loading={commitCmd.isPending} disabled={blocked || preview.missingFields.length > 0}>
              {t('importWizard.import')}
            </Button>
          </Group>
        </>
      )}
      {outcome && (
        <Alert color="green" title={t('importWizard.doneTitle')}>
          <Stack gap="xs">
            <Text>
              {t('catalogue.import.done', { created: outcome.created, updated: outcome.updated, existing: outcome.existing, rejected: outcome.rejected })}
            </Text>
            <Anchor component={Link} to="/products">
              {t('catalogue.import.toProducts')}
            </Anchor>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
