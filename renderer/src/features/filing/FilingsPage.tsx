// The broker's filed declarations: orders ready to file on top, then every filing with its
// version, office, moment, customs reference (or that it is awaited) and status, filtered by
// status and searched by number, reference, office or order; a row opens its detail.
import { Group, Pagination, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILING_STATUSES, type FilingStatus } from '../../../../shared/api/contracts/filing';
import { useCommand } from '../../api/hooks';
import { formatMoment } from '../../i18n/format';
import { typeName } from '../customs/list/documentWords';
import { FilingDetailDrawer } from './FilingDetailDrawer';
import { FilingStatusBadge, ReferenceText } from './FilingStatusBadge';
import { ReadyToFile } from './ReadyToFile';

const PAGE = 50;

function Filings() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<FilingStatus | null>(null);
  const [search, setSearch] = useState('');
  const [awaiting, setAwaiting] = useState(false);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<number | null>(null);
  const list = useCommand('filing.list', {
    search,
    offset: (page - 1) * PAGE,
    limit: PAGE,
    ...(status ? { status } : {}),
    ...(awaiting ? { awaitingReference: true } : {}),
  });
  const rows = list.data?.rows ?? [];
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE));
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('filing.list.title')}</Title>
        <Group>
          <Select
            aria-label={t('filing.list.status')}
            data={[{ value: 'all', label: t('filing.list.allStatuses') }, ...FILING_STATUSES.map((s) => ({ value: s, label: t(`filing.status.${s}`) }))]}
            value={status ?? 'all'}
            onChange={(v) => {
              setStatus(v && v !== 'all' ? (v as FilingStatus) : null);
              setPage(1);
            }}
            allowDeselect={false}
            w={200}
          />
          <Switch
            label={t('filing.list.awaitingReference')}
            checked={awaiting}
            onChange={(e) => {
              setAwaiting(e.currentTarget.checked);
              setPage(1);
            }}
          />
          <TextInput
            aria-label={t('filing.list.search')}
            placeholder={t('filing.list.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            w={380}
          />
        </Group>
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed">{list.isPending ? t('common.loading') : t('filing.list.empty')}</Text>
      ) : (
        <Table striped highlightOnHover data-testid="filing-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('filing.list.number')}</Table.Th>
              <Table.Th>{t('filing.list.version')}</Table.Th>
              <Table.Th>{t('filing.list.type')}</Table.Th>
              <Table.Th>{t('filing.list.orders')}</Table.Th>
              <Table.Th>{t('filing.list.office')}</Table.Th>
              <Table.Th>{t('filing.list.filedAt')}</Table.Th>
              <Table.Th>{t('filing.list.reference')}</Table.Th>
              <Table.Th>{t('filing.list.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((f) => (
              <Table.Tr key={f.id} onClick={() => setOpenId(f.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>{f.number}</Table.Td>
                <Table.Td>{f.version}</Table.Td>
                <Table.Td>{typeName(t, f.documentType)}</Table.Td>
                <Table.Td>{f.orderNumbers.join(', ')}</Table.Td>
                <Table.Td>{f.office}</Table.Td>
                <Table.Td>{formatMoment(f.filedAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <ReferenceText reference={f.reference} inTable />
                </Table.Td>
                <Table.Td>
                  <FilingStatusBadge status={f.status} inTable />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
      <FilingDetailDrawer filingId={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}

export function FilingsPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('filing.title')}</Title>
      <ReadyToFile />
      <Filings />
    </Stack>
  );
}
