// What a count sheet would change, bin by bin (current, counted, difference), and what it cannot read.
import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StockImportOutcome, StockImportPreview } from '../../../../shared/api/contracts/inventory';
import { formatCount } from '../../i18n/format';
import { ErrorReport } from '../import/ErrorReport';
import { formatDelta, formatQuantity } from './format';

const COUNTS = [
  ['change', 'blue.8'],
  ['same', 'gray.7'],
  ['newBins', 'green.8'],
  ['invalid', 'red.8'],
] as const;

export function StockPreview({ preview }: { preview: StockImportPreview }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {COUNTS.map(([key, colour]) => (
          <Card withBorder padding="sm" key={key} role="group" aria-label={t(`inventory.import.counts.${key}`)}>
            <Text size="sm" fw={600}>
              {t(`inventory.import.counts.${key}`)}
            </Text>
            <Text size="xl" fw={700} c={colour} data-testid={`stock-count-${key}`}>
              {formatCount(preview.counts[key], lang)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Title order={3} size="h4">
        {t('inventory.import.sampleTitle')}
      </Title>
      <Table.ScrollContainer minWidth={800} mah={420}>
        <Table striped stickyHeader aria-label={t('inventory.import.sampleTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('importWizard.errorColumns.row')}</Table.Th>
              <Table.Th>{t('inventory.columns.sku')}</Table.Th>
              <Table.Th>{t('inventory.columns.bin')}</Table.Th>
              <Table.Th>{t('inventory.columns.zone')}</Table.Th>
              <Table.Th ta="right">{t('inventory.import.current')}</Table.Th>
              <Table.Th ta="right">{t('inventory.import.counted')}</Table.Th>
              <Table.Th ta="right">{t('inventory.import.difference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sample.map((s) => (
              <Table.Tr key={s.row}>
                <Table.Td>{s.row}</Table.Td>
                <Table.Td fw={600} title={s.name}>
                  {s.sku}
                </Table.Td>
                <Table.Td>
                  {s.warehouse} / {s.binCode}{' '}
                  {s.newBin && (
                    <Badge color="green" variant="light" size="sm">
                      {t('inventory.import.newBin')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{s.zone}</Table.Td>
                <Table.Td ta="right">{formatQuantity(s.current, lang)}</Table.Td>
                <Table.Td ta="right">{formatQuantity(s.counted, lang)}</Table.Td>
                <Table.Td ta="right" c={s.difference === '0' ? 'dimmed' : s.difference.startsWith('-') ? 'red.8' : 'green.8'}>
                  {s.difference === '0' ? t('inventory.import.noChange') : formatDelta(s.difference, lang)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h4">
        {t('importWizard.errorsTitle')}
      </Title>
      <ErrorReport errors={preview.errors} errorCount={preview.errorCount} />
    </Stack>
  );
}

export function StockImportResult({ outcome, onAgain }: { outcome: StockImportOutcome; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="green" title={t('importWizard.doneTitle')}>
        {outcome.changed === 0
          ? t('inventory.import.nothingChanged')
          : t('inventory.import.done', { changed: outcome.changed, newBins: outcome.newBins, unchanged: outcome.unchanged, rejected: outcome.rejected })}
      </Alert>
      <Group>
        <Button component={Link} to="/stock">
          {t('inventory.import.toStock')}
        </Button>
        <Button variant="default" onClick={onAgain}>
          {t('importWizard.again')}
        </Button>
      </Group>
    </Stack>
  );
}
