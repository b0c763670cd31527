// Packed orders waiting for their documents, a page at a time: what each one still lacks, and
// choosing one order (or several going to one consignee) to create documents for.
import { Alert, Anchor, Checkbox, Group, Loader, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderSummary } from '../../../../../shared/api/types';
import { commandQuery, useCommand } from '../../../api/hooks';
import { errorText } from '../../../app/notify';
import { money } from '../../../i18n/format';
import { countryName } from '../../../i18n/options';
import { CreateDocumentsBar } from './CreateDocumentsBar';
import { MissingDocuments } from './MissingDocuments';

// Each visible row asks for its own documents, so a page stays small.
const PER_PAGE = 25;
/** customs.create takes at most 100 orders. */
const MAX_SELECTED = 100;

function MissingCell({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const docs = useCommand('customs.orderDocuments', { orderId });
  if (docs.isPending) return <Loader size="xs" aria-label={t('customsDocs.waiting.checking')} />;
  if (docs.isError) {
    return (
      <Text size="sm" c="red">
        {errorText(docs.error)}
      </Text>
    );
  }
  return <MissingDocuments documents={docs.data} />;
}

export function WaitingOrders() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  // Oldest first: the order packed longest ago has waited longest.
  const list = useCommand(
    'orders.list',
    { status: 'packed', sort: 'orderDate', dir: 'asc', offset: (page - 1) * PER_PAGE, limit: PER_PAGE },
    { placeholderData: keepPreviousData },
  );
  const [selection, setSelection] = useState<ReadonlyMap<number, OrderSummary>>(new Map());
  const selected = [...selection.values()];
  // Answers the rows already asked for: no second call for what is on screen.
  const selectedDocs = useQueries({ queries: selected.map((o) => commandQuery('customs.orderDocuments', { orderId: o.id })) });

  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const toggle = (row: OrderSummary, checked: boolean) => {
    const next = new Map(selection);
    if (checked && next.size < MAX_SELECTED) next.set(row.id, row);
    else next.delete(row.id);
    setSelection(next);
  };
  const allOnPage = rows.length > 0 && rows.every((r) => selection.has(r.id));
  const toggleAll = () => {
    const next = new Map(selection);
    for (const r of rows) {
      if (allOnPage) next.delete(r.id);
      else if (next.size < MAX_SELECTED) next.set(r.id, r);
    }
    setSelection(next);
  };
  const consignees = new Set(selected.map((o) => `${o.consigneeName.trim().toLowerCase()}|${o.country}`));

  return (
    <Stack gap="xs" component="section" aria-label={t('customsDocs.waiting.title')}>
      <Group gap="xs" align="baseline">
        <Title order={3}>{t('customsDocs.waiting.title')}</Title>
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        {list.data && (
          <Text c="dimmed" size="sm">
            {t('customsDocs.waiting.count', { count: total })}
          </Text>
        )}
      </Group>
      {list.isError && <Alert color="red">{errorText(list.error)}</Alert>}
      {list.data && total === 0 && <Text c="dimmed">{t('customsDocs.waiting.empty')}</Text>}
      {total > 0 && (
        <>
          <CreateDocumentsBar
            orderIds={selected.map((o) => o.id)}
            documents={selectedDocs.map((q) => q.data)}
            warning={consignees.size > 1 ? t('customsDocs.waiting.oneConsignee') : undefined}
          >
            <Group gap="xs" mih={36}>
              {selection.size > 0 && (
                <>
                  <Text size="sm">{t('customsDocs.waiting.selected', { count: selection.size })}</Text>
                  <Anchor component="button" size="sm" onClick={() => setSelection(new Map())}>
                    {t('customsDocs.waiting.clearSelection')}
                  </Anchor>
                </>
              )}
            </Group>
          </CreateDocumentsBar>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('customsDocs.waiting.table')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox aria-label={t('customsDocs.waiting.selectAll')} checked={allOnPage} onChange={toggleAll} />
                  </Table.Th>
                  {(['order', 'consignee', 'country', 'method', 'value', 'missing'] as const).map((c) => (
                    <Table.Th key={c} ta={c === 'value' ? 'right' : undefined}>
                      {t(`customsDocs.waiting.columns.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('customsDocs.waiting.select', { orderNumber: o.orderNumber })}
                        checked={selection.has(o.id)}
                        onChange={(e) => toggle(o, e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/orders/${o.id}`} fw={600}>
                        {o.orderNumber}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{o.consigneeName}</Table.Td>
                    <Table.Td title={countryName(o.country, i18n.language)}>{o.country}</Table.Td>
                    <Table.Td>{t(`shippingMethod.${o.shippingMethod}`, { defaultValue: o.shippingMethod })}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {money(o.total, o.currency, i18n.language)}
                    </Table.Td>
                    <Table.Td>
                      <MissingCell orderId={o.id} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {total > PER_PAGE && <Pagination total={Math.ceil(total / PER_PAGE)} value={page} onChange={setPage} aria-label={t('customsDocs.waiting.pages')} />}
        </>
      )}
    </Stack>
  );
}
