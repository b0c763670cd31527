// /products: the catalogue, a page at a time, searchable by SKU, name, brand or barcode.
import { Alert, Anchor, Badge, Button, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { money } from '../../i18n/format';

const PER_PAGE = 50;

export function ProductsListPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [page, setPage] = useState(1);
  // A new search starts again at page 1. Set during render (React's "adjusting state when a prop
  // changes"), not in an effect after a first render of the new search on the old page.
  const [pagedSearch, setPagedSearch] = useState(debounced);
  if (pagedSearch !== debounced) {
    setPagedSearch(debounced);
    setPage(1);
  }
  const list = useCommand('products.list', { search: debounced, offset: (page - 1) * PER_PAGE, limit: PER_PAGE }, { placeholderData: keepPreviousData });
  const total = list.data?.total ?? 0;
  return (
    <Stack maw={1280}>
      <Group justify="space-between">
        <Title order={2}>{t('catalogue.title')}</Title>
        <Group>
          <Button component={Link} to="/products/import" variant="default">
            {t('catalogue.importCsv')}
          </Button>
          <Button component={Link} to="/products/new">
            {t('catalogue.newProduct')}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('catalogue.search')}
          placeholder={t('catalogue.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maxLength={100}
          type="search"
          w={360}
        />
        {list.data && (
          <Text c="dimmed" size="sm">
            {t('catalogue.count', { count: total })}
          </Text>
        )}
      </Group>
      {list.isError && <Alert color="red">{errorText(list.error)}</Alert>}
      {list.data && total === 0 && <Text c="dimmed">{debounced ? t('catalogue.noMatch') : t('catalogue.empty')}</Text>}
      {list.data && total > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover aria-label={t('catalogue.table')}>
            <Table.Thead>
              <Table.Tr>
                {(['sku', 'name', 'brand', 'hsCode', 'origin', 'gtin', 'value', 'flags'] as const).map((c) => (
                  <Table.Th key={c}>{t(`catalogue.columns.${c}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.rows.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/products/${p.id}`} ff="monospace">
                      {p.sku}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.brand}</Table.Td>
                  <Table.Td ff="monospace">{p.hsCode}</Table.Td>
                  <Table.Td>{p.originCountry}</Table.Td>
                  <Table.Td ff="monospace">{p.gtin}</Table.Td>
                  <Table.Td>{money(p.unitValue, p.currency, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {p.battery !== 'none' && (
                        <Badge color="yellow" variant="light">
                          {p.battery}
                        </Badge>
                      )}
                      {p.dangerousGoods && (
                        <Badge color="red" variant="light">
                          {t('catalogue.flags.dangerous')}
                        </Badge>
                      )}
                      {p.restricted && (
                        <Badge color="orange" variant="light">
                          {t('catalogue.flags.restricted')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {total > PER_PAGE && <Pagination total={Math.ceil(total / PER_PAGE)} value={page} onChange={setPage} aria-label={t('catalogue.pages')} />}
    </Stack>
  );
}
