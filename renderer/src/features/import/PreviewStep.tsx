// Step 3: what the import would do, order by order, and every error by row, before anything is written.
import { Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportOrderState, ImportPreview } from '../../../../shared/api/types';
import type { ShippingMethod } from '../../../../shared/domain/codes';
import { shippingKey } from '../../../../shared/domain/shipping';
import { formatCount, money } from '../../i18n/format';
import { ErrorReport } from './ErrorReport';
import { StateBadge } from './StateBadge';
import { type ShippingChoices, UnknownLines } from './UnknownLines';

const STATES: ImportOrderState[] = ['new', 'existing', 'conflict', 'invalid'];
const COLOURS: Record<ImportOrderState, string> = { new: 'green.8', existing: 'gray.7', conflict: 'orange.8', invalid: 'red.8' };

export function Counts({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      {STATES.map((state) => (
        <Card withBorder key={state} padding="sm" aria-label={t(`importWizard.counts.${state}`)} role="group">
          <Text size="sm" fw={600}>
            {t(`importWizard.counts.${state}`)}
          </Text>
          <Text size="xl" fw={700} c={COLOURS[state]} data-testid={`count-${state}`}>
            {formatCount(preview.counts[state], i18n.language)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`importWizard.counts.${state}Hint`)}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

function Sample({ preview, choices }: { preview: ImportPreview; choices: ShippingChoices }) {
  const { t, i18n } = useTranslation();
  // A line given a method above shows that method, as the import will write it.
  const methodOf = (o: ImportPreview['sample'][number]) =>
    o.shippingMethod === 'unknown' ? (choices.get(shippingKey(o.shippingLine)) ?? 'unknown') : o.shippingMethod;
  const totalOrders = STATES.reduce((n, s) => n + preview.counts[s], 0);
  return (
    <Stack gap="xs">
      {totalOrders > preview.sample.length && (
        <Text size="sm" c="dimmed">
          {t('importWizard.sampleShown', { shown: preview.sample.length, total: totalOrders })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={720} mah={360}>
        <Table striped verticalSpacing={6} stickyHeader aria-label={t('importWizard.sampleTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('importWizard.sampleColumns.orderNumber')}</Table.Th>
              <Table.Th>{t('importWizard.sampleColumns.consignee')}</Table.Th>
              <Table.Th>{t('importWizard.sampleColumns.country')}</Table.Th>
              <Table.Th>{t('shipping.sampleColumn')}</Table.Th>
              <Table.Th ta="right">{t('importWizard.sampleColumns.lines')}</Table.Th>
              <Table.Th ta="right">{t('importWizard.sampleColumns.total')}</Table.Th>
              <Table.Th>{t('importWizard.sampleColumns.state')}</Table.Th>
              <Table.Th>{t('importWizard.sampleColumns.rows')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sample.map((o, i) => (
              <Table.Tr key={`${o.orderNumber}-${i}`}>
                <Table.Td fw={600}>{o.orderNumber}</Table.Td>
                <Table.Td>{o.consigneeName}</Table.Td>
                <Table.Td>{o.country}</Table.Td>
                <Table.Td>
                  {o.shippingLine}
                  {o.shippingMethod !== '' && (
                    <Text span size="xs" c={methodOf(o) === 'unknown' ? 'orange.8' : 'dimmed'}>
                      {o.shippingLine ? ' · ' : ''}
                      {t(`shippingMethod.${methodOf(o)}`, { defaultValue: methodOf(o) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{o.lineCount}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {o.total ? money(o.total, o.currency, i18n.language) : t('common.none')}
                </Table.Td>
                <Table.Td>
                  <StateBadge state={o.state} />
                </Table.Td>
                <Table.Td>{compactRows(o.rows)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** [2,3,4,7] -> "2–4, 7" */
function compactRows(rows: number[]): string {
  const parts: string[] = [];
  let start = rows[0];
  let prev = rows[0];
  for (const r of [...rows.slice(1), undefined]) {
    if (r !== undefined && prev !== undefined && r === prev + 1) {
      prev = r;
      continue;
    }
    if (start !== undefined && prev !== undefined) parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = r;
    prev = r;
  }
  return parts.length > 4 ? `${parts.slice(0, 4).join(', ')}, …` : parts.join(', ');
}

interface Props {
  preview: ImportPreview;
  choices: ShippingChoices;
  onChoose: (line: string, method: ShippingMethod | undefined) => void;
  onBack: () => void;
  onNext: () => void;
}

export function PreviewStep({ preview, choices, onChoose, onBack, onNext }: Props) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Counts preview={preview} />
      <UnknownLines preview={preview} choices={choices} onChoose={onChoose} />
      <Title order={3} size="h4">
        {t('importWizard.sampleTitle')}
      </Title>
      <Sample preview={preview} choices={choices} />
      <Title order={3} size="h4">
        {t('importWizard.errorsTitle')}
      </Title>
      <ErrorReport errors={preview.errors} errorCount={preview.errorCount} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('common.back')}
        </Button>
        <Button onClick={onNext}>{t('common.next')}</Button>
      </Group>
    </Stack>
  );
}
