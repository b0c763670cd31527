// The broker's clearance screen: every declaration in force with where it stands with customs,
// the longest waiting first, held ones past their due date highlighted; record an outcome in a
// drawer, or import customs' file.
import { Anchor, Badge, Button, Group, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClearanceRow } from '../../../../shared/api/contracts/clearance';
import { CLEARANCE_FILTERS, type ClearanceFilter } from '../../../../shared/schemas/clearance';
import { useCommand } from '../../api/hooks';
import { formatDay, formatMoment } from '../../i18n/format';
import { STATE_COLOR, waitedText } from './clearanceWords';
import { OutcomeImportPanel } from './OutcomeImportPanel';
import { RecordOutcomeDrawer } from './RecordOutcomeDrawer';

const day = (v: string, lang: string) => (v.length === 10 ? formatDay(v, lang) : formatMoment(v, lang));

function Row({ row, onRecord }: { row: ClearanceRow; onRecord: (r: ClearanceRow) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.Tr bg={row.overdue ? 'var(--mantine-color-red-light)' : undefined} data-overdue={row.overdue || undefined}>
      <Table.Td>
        {row.number}{' '}
        <Text span size="xs" c="dimmed">
          {t('clearance.version', { version: row.documentVersion })}
        </Text>
      </Table.Td>
      <Table.Td>{row.reference || '—'}</Table.Td>
      <Table.Td>{row.office}</Table.Td>
      <Table.Td>
        <Group gap={6}>
          {row.orders.map((o) => (
            <Anchor key={o.id} component={Link} to={`/orders/${o.id}`} size="sm">
              {o.orderNumber}
            </Anchor>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>{formatMoment(row.filedAt, i18n.language)}</Table.Td>
      <Table.Td miw={130}>
        <Badge color={STATE_COLOR[row.state]} variant="light">
          {t(`clearance.state.${row.state}`)}
        </Badge>
        {row.latest && (
          <Text size="xs" c="dimmed">
            {day(row.latest.decidedAt, i18n.language)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{row.waitedMinutes !== null ? waitedText(t, row.waitedMinutes) : '—'}</Table.Td>
      <Table.Td>
        {row.dueDate ? formatDay(row.dueDate, i18n.language) : '—'}{' '}
        {row.overdue && (
          <Badge color="red" size="sm">
            {t('clearance.overdue')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {row.recordable ? (
          <Button size="xs" variant="light" onClick={() => onRecord(row)}>
            {t('clearance.record')}
          </Button>
        ) : row.state === 'awaiting' ? (
          <Text size="xs" c="dimmed">
            {t('clearance.notBooked')}
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

export function ClearancePage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ClearanceFilter>('awaiting');
  const [search, setSearch] = useState('');
  const [recording, setRecording] = useState<ClearanceRow | null>(null);
  const [importing, setImporting] = useState(false);
  const list = useCommand('clearance.list', { filter, search });
  const rows = list.data?.rows ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('clearance.title')}</Title>
        <Button variant="light" onClick={() => setImporting((v) => !v)}>
          {t('clearance.importButton')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        {t('clearance.intro')}
      </Text>
      {importing && <OutcomeImportPanel onClose={() => setImporting(false)} />}
      <Tabs value={filter} onChange={(v) => v && setFilter(v as ClearanceFilter)}>
        <Tabs.List>
          {CLEARANCE_FILTERS.map((f) => (
            <Tabs.Tab key={f} value={f}>
              {t(`clearance.tabs.${f}`)} {list.data ? `(${list.data.counts[f]})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <TextInput
        w={360}
        placeholder={t('clearance.search')}
        aria-label={t('clearance.search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover aria-label={t('clearance.title')}>
          <Table.Thead>
            <Table.Tr>
              {(['declaration', 'reference', 'office', 'orders', 'filedAt', 'state', 'waited', 'due', 'actions'] as const).map((c) => (
                <Table.Th key={c}>{t(`clearance.columns.${c}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Row key={r.filingId} row={r} onRecord={setRecording} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && rows.length === 0 && <Text c="dimmed">{t('clearance.empty')}</Text>}
      <RecordOutcomeDrawer row={recording} onClose={() => setRecording(null)} />
    </Stack>
  );
}
