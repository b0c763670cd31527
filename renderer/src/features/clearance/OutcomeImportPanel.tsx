// Customs' outcomes from a file: choose it, see every row's problem (row and column, as the order
// import reports them), then record all of them, or none while any row has a problem.
import { Alert, Badge, Button, Card, FileButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutcomeImportRow } from '../../../../shared/api/contracts/clearance';
import { useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { formatDay, formatMoment } from '../../i18n/format';
import { ErrorReport } from '../import/ErrorReport';
import { STATE_COLOR } from './clearanceWords';

/** What the file will record, row by row, so the broker sees which declaration and order each line hits before recording. */
function ReadyRows({ rows }: { rows: OutcomeImportRow[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={600} mah={320}>
      <Table striped aria-label={t('clearance.importPanel.preview')}>
        <Table.Thead>
          <Table.Tr>
            {(['row', 'reference', 'declaration', 'orders', 'outcome', 'date'] as const).map((c) => (
              <Table.Th key={c}>{t(`clearance.importPanel.columns.${c}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.row}>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>{r.reference}</Table.Td>
              <Table.Td>{r.number}</Table.Td>
              <Table.Td>{r.orderNumbers.join(', ')}</Table.Td>
              <Table.Td>
                <Badge color={STATE_COLOR[r.outcome]} variant="light">
                  {t(`clearance.state.${r.outcome}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{r.decidedAt.length === 10 ? formatDay(r.decidedAt, i18n.language) : formatMoment(r.decidedAt, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

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
            {report.errorCount === 0 && report.rows.length > 0 && <ReadyRows rows={report.rows} />}
            <Button w="fit-content" disabled={report.errorCount > 0 || report.rows.length === 0} loading={commit.isPending} onClick={() => commit.mutate(file)}>
              {t('clearance.importPanel.commit')}
            </Button>
          </>
        )}
      </Stack>
    </Card>
  );
}
