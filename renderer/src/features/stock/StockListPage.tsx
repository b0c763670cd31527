// Stock overview: every product with on hand, reserved, available and staged; search by SKU or name.
import { Alert, Anchor, Group, Loader, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { formatQuantity } from './format';
import { StockTabs } from './StockTabs';

const PER_PAGE = 100;
const FIGURES = ['onHand', 'reserved', 'available', 'staged'] as const;

export function StockListPage() {
  const { t, i18n } = useTranslation();
  // The search lives in the URL so "back" from a product returns to the same list.
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [search] = useDebouncedValue(text.trim(), 250);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = useCommand('stock.list', { search, offset: (page - 1) * PER_PAGE, limit: PER_PAGE }, { placeholderData: (prev) => prev });
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PER_PAGE)) : 1;
  const setPage = (p: number) => setParams({ ...(search ? { q: search } : {}), page: String(p) }, { replace: true });

  return (
    <Stack maw={1280}>
      <StockTabs title={t('inventory.list.title')} />
      <Group>
        <TextInput
          label={t('inventory.list.search')}
          placeholder={t('inventory.list.searchHint')}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            if (page !== 1) setPage(1);
          }}
          w={360}
        />
        {query.isFetching && <Loader size="sm" mt="lg" />}
      </Group>
      {query.error && <Alert color="red">{errorText(query.error)}</Alert>}
      {data && (
        <>
          <Text size="sm" c="dimmed">
            {t('inventory.list.count', { count: data.total })}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover aria-label={t('inventory.list.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inventory.columns.sku')}</Table.Th>
                  <Table.Th>{t('inventory.columns.name')}</Table.Th>
                  {FIGURES.map((f) => (
                    <Table.Th key={f} ta="right">
                      {t(`inventory.figures.${f}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => (
                  <Table.Tr key={r.productId}>
                    <Table.Td fw={600}>
                      <Anchor component={Link} to={`/stock/${r.productId}`} fw={600}>
                        {r.sku}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{r.name}</Table.Td>
                    {FIGURES.map((f) => (
                      <Table.Td key={f} ta="right" c={f === 'available' && r.available === '0' ? 'red.8' : undefined}>
                        {formatQuantity(r[f], i18n.language)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.rows.length === 0 && <Text c="dimmed">{search ? t('inventory.list.noMatch') : t('inventory.list.empty')}</Text>}
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label={t('inventory.list.pages')} />}
        </>
      )}
    </Stack>
  );
}
