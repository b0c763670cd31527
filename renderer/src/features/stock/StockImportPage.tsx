// Opening stock from a count sheet: choose the file, check what it would change, import. Reuses the
// order import's file step, progress bar and error report; nothing is written before "Import".
import { Alert, Button, Checkbox, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockImportOutcome, StockImportPreview } from '../../../../shared/api/contracts/inventory';
import { useMutationCommand, useProgress } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { FileStep } from '../import/FileStep';
import { JobProgress } from '../import/JobProgress';
import { StockImportResult, StockPreview } from './StockPreview';
import { StockTabs } from './StockTabs';
import { newJobId } from '../../api/jobId';
import { readCsvFile } from '../import/readCsvFile';

export function StockImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<{ fileName: string; text: string }>();
  const [preview, setPreview] = useState<StockImportPreview>();
  const [outcome, setOutcome] = useState<StockImportOutcome>();
  const [onlyValid, setOnlyValid] = useState(false);
  const [error, setError] = useState<string>();
  const [jobId, setJobId] = useState<string>();
  const progress = useProgress(jobId);
  const previewCmd = useMutationCommand('stock.importPreview');
  const commitCmd = useMutationCommand('stock.importCommit');
  const cancelCmd = useMutationCommand('stock.importCancel');
  const busy = previewCmd.isPending || commitCmd.isPending;

  const read = async () => {
    if (!file) return;
    setError(undefined);
    const read = await readCsvFile(file);
    if ('error' in read) return setError(t(read.error));
    const source = { fileName: file.name, text: read.text };
    const id = newJobId();
    setJobId(id);
    try {
      setPreview(await previewCmd.mutateAsync({ ...source, jobId: id }));
      setLoaded(source);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const commit = async () => {
    if (!loaded) return;
    setError(undefined);
    const id = newJobId();
    setJobId(id);
    try {
      setOutcome(await commitCmd.mutateAsync({ ...loaded, onlyValid, jobId: id }));
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const restart = () => {
    setFile(null);
    setLoaded(undefined);
    setPreview(undefined);
    setOutcome(undefined);
    setOnlyValid(false);
    setError(undefined);
  };

  const invalid = preview?.counts.invalid ?? 0;
  return (
    <Stack maw={1280}>
      <StockTabs title={t('inventory.import.title')} />
      <Alert color="blue">{t('inventory.import.intro')}</Alert>
      {busy && <JobProgress progress={progress} onCancel={() => jobId && cancelCmd.mutate({ jobId })} cancelling={cancelCmd.isPending} />}
      {outcome ? (
        <StockImportResult outcome={outcome} onAgain={restart} />
      ) : !preview ? (
        <FileStep file={file} busy={busy} error={error} onFile={setFile} onRead={() => void read()} />
      ) : (
        <>
          <StockPreview preview={preview} />
          {preview.missingFields.length > 0 && (
            <Alert color="red">
              {t('inventory.import.missing', { fields: preview.missingFields.map((f) => t(`inventory.import.fields.${f}`)).join(', ') })}
            </Alert>
          )}
          {invalid > 0 && (
            <Checkbox
              label={t('inventory.import.onlyValid', { count: preview.counts.change + preview.counts.same })}
              checked={onlyValid}
              onChange={(e) => setOnlyValid(e.currentTarget.checked)}
              disabled={busy}
            />
          )}
          {error && (
            <Alert color="red" role="alert" title={t('importWizard.failed')}>
              {error}
            </Alert>
          )}
          <Group justify="space-between">
            <Button variant="default" onClick={restart} disabled={busy}>
              {t('common.back')}
            </Button>
            <Button onClick={() => void commit()} loading={commitCmd.isPending} disabled={preview.missingFields.length > 0 || (invalid > 0 && !onlyValid)}>
              {t('inventory.import.commit')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
