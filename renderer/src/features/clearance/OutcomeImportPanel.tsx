// Customs' outcomes from a file: choose it, see every row's problem (row and column, as the order
// import reports them), then record all of them, or none while any row has a problem.
import { Alert, Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { ErrorReport } from '../import/ErrorReport';

export function OutcomeImportPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ fileName: string; text: string } | null>(null);
  const preview = useMutationCommand('clearance.importPreview', { onError: (e) => notifyError(e) });
  const commit = useMutationCommand('clearance.importCommit', {
    onSuccess: (r) => {
      notifySuccess(t('clearance.importPanel.done', r));
      setFile(null);
      preview.reset();
    },
    onError: (e) => notifyError(e),
  });
  const choose = async (f: File | null) => {
    if (!f) return;
    const chosen = { fileName: f.name, text: await f.text() };
    setFile(chosen);
    preview.mutate(chosen);
  };
  const report = preview.data;
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('clearance.importPanel.title')}</Title>
          <Button variant="subtle" onClick={onClose}>
            {t('clearance.importPanel.close')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('clearance.importPanel.help')}
        </Text>
        <FileButton onChange={(f) => void choose(f)} accept=".csv,text/csv,text/plain">
          {(props) => (
            <Button variant="light" w="fit-content" {...props} loading={preview.isPending}>
              {t('clearance.importPanel.choose')}
            </Button>
          )}
        </FileButton>
        {report && file && (
          <>
            <Text fw={500}>
              {file.fileName}: {t('clearance.importPanel.rows', { count: report.rows.length })}
            </Text>
            {report.errorCount > 0 && <Alert color="red">{t('clearance.importPanel.errors', { count: report.errorCount })}</Alert>}
            <ErrorReport errors={report.errors} errorCount={report.errorCount} />
            <Button w="fit-content" disabled={report.errorCount > 0 || report.rows.length === 0} loading={commit.isPending} onClick={() => commit.mutate(file)}>
              {t('clearance.importPanel.commit')}
            </Button>
          </>
        )}
      </Stack>
    </Card>
  );
}
