// Every customs document, a page at a time, filtered by status and type and searched by document
// or order number; a row opens the document. Filters live in the URL so "back" finds them again.
import { Alert, Anchor, Group, Loader, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, type DocumentStatus, type DocumentType } from '../../../../../shared/schemas/customs';
import { useCommand } from '../../../api/hooks';
import { errorText } from '../../../app/notify';
import { formatMoment } from '../../../i18n/format';
import { DocumentStatusBadge } from './DocumentStatusBadge';
import { documentPath, statusOptions, typeName, typeOptions } from './documentWords';

const PER_PAGE = 50;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function DocumentsTable() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = oneOf<DocumentStatus>(params.get('status'), DOCUMENT_STATUSES);
  const type = oneOf<DocumentType>(params.get('type'), DOCUMENT_TYPES);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [searchText, setSearchText] = useState(params.get('q') ?? '');
  const [search] = useDebouncedValue(searchText.trim(), 250);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  // A new search starts again at page 1.
  const urlSearch = params.get('q') ?? '';
  useEffect(() => {
    if (urlSearch !== search) update({ q: search, page: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the debounced text drives this
  }, [search]);

  const list = useCommand(
    'customs.list',
    { search: urlSearch, status, type, offset: (page - 1) * PER_PAGE, limit: PER_PAGE },
    { placeholderData: keepPreviousData },
  );
  const total = list.data?.total ?? 0;
  const filtered = urlSearch !== '' || status !== undefined || type !== undefined;

  return (
    <Stack gap="xs" component="section" aria-label={t('customsDocs.list.title')}>
      <Group gap="xs" align="baseline">
        <Title order={3}>{t('customsDocs.list.title')}</Title>
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        {list.data && (
          <Text c="dimmed" size="sm">
            {t('customsDocs.list.count', { count: total })}
          </Text>
        )}
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          aria-label={t('customsDocs.list.search')}
          placeholder={t('customsDocs.list.searchPlaceholder')}
          value={searchText}
          onChange={(e) => setSearchText(e.currentTarget.value)}
          maxLength={100}
          type="search"
          w={320}
        />
        <Select
          aria-label={t('customsDocs.list.statusFilter')}
          data={[{ value: 'all', label: t('customsDocs.list.allStatuses') }, ...statusOptions(t)]}
          value={status ?? 'all'}
          onChange={(v) => update({ status: v && v !== 'all' ? v : '', page: '' })}
          allowDeselect={false}
          w={180}
        />
        <Select
          aria-label={t('customsDocs.list.typeFilter')}
          data={[{ value: 'all', label: t('customsDocs.list.allTypes') }, ...typeOptions(t)]}
          value={type ?? 'all'}
          onChange={(v) => update({ type: v && v !== 'all' ? v : '', page: '' })}
          allowDeselect={false}
          w={300}
        />
      </Group>
      {list.isError && <Alert color="red">{errorText(list.error)}</Alert>}
      {list.data && total === 0 && <Text c="dimmed">{filtered ? t('customsDocs.list.noMatch') : t('customsDocs.list.empty')}</Text>}
      {list.data && total > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('customsDocs.list.table')}>
            <Table.Thead>
              <Table.Tr>
                {(['type', 'number', 'version', 'status', 'orders', 'consignee', 'updated'] as const).map((c) => (
                  <Table.Th key={c}>{t(`customsDocs.list.columns.${c}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.rows.map((d) => {
                const number = d.number || t('customsDocs.list.draft');
                return (
                  <Table.Tr key={d.id} onClick={() => void navigate(documentPath(d.id))} style={{ cursor: 'pointer' }}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={documentPath(d.id)}
                        onClick={(e) => e.stopPropagation()}
                        aria-label={t('customsDocs.list.open', { type: typeName(t, d.type), number })}
                      >
                        {typeName(t, d.type)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ff={d.number ? 'monospace' : undefined} c={d.number ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                      {number}
                    </Table.Td>
                    <Table.Td>{t('customsDocs.list.version', { version: d.version })}</Table.Td>
                    <Table.Td>
                      <DocumentStatusBadge status={d.status} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        {d.orderIds.map((id, i) => (
                          <Anchor key={id} component={Link} to={`/orders/${id}`} size="sm" onClick={(e) => e.stopPropagation()}>
                            {d.orderNumbers[i] ?? id}
                          </Anchor>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>{d.consignee}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {d.finalisedAt
                        ? t('customsDocs.list.columns.finalised', { at: formatMoment(d.finalisedAt, i18n.language) })
                        : formatMoment(d.updatedAt, i18n.language)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {total > PER_PAGE && (
        <Pagination
          total={Math.ceil(total / PER_PAGE)}
          value={page}
          onChange={(p) => update({ page: p === 1 ? '' : String(p) })}
          aria-label={t('customsDocs.list.pages')}
        />
      )}
    </Stack>
  );
}
