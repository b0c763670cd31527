// Orders, step 1 of the flow: find orders, open one, or confirm many at once.
import { Button, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ORDER_SORTS } from '../../../../shared/api/contracts/orders';
import type { ConfirmOutcome } from '../../../../shared/api/types';
import { ORDER_STATUSES } from '../../../../shared/domain/orderStatus';
import { useMutationCommand } from '../../api/hooks';
import { notifyError } from '../../app/notify';
import { statusOptions } from '../../i18n/options';
import { ConfirmResultModal } from './ConfirmResultModal';
import { OrdersTable, type ListState, type Selection, type SortKey } from './OrdersTable';
import type { ListFilters } from './useOrderPages';

// Text columns read best A→Z; dates and amounts newest/largest first.
const DEFAULT_DIR: Record<SortKey, 'asc' | 'desc'> = {
  orderDate: 'desc',
  orderNumber: 'asc',
  consigneeName: 'asc',
  country: 'asc',
  status: 'asc',
  total: 'desc',
};

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function OrdersListPage() {
  const { t } = useTranslation();
  // Filters live in the URL so "back" from an order returns to the same list.
  const [params, setParams] = useSearchParams();
  const [searchText, setSearchText] = useState(params.get('q') ?? '');
  const [search] = useDebouncedValue(searchText.trim(), 250);
  const status = pick(params.get('status'), [...ORDER_STATUSES, 'all'] as const, 'all');
  const sort = pick(params.get('sort'), ORDER_SORTS, 'orderDate');
  const dir = pick(params.get('dir'), ['asc', 'desc'] as const, DEFAULT_DIR[sort]);
  const filters: ListFilters = { search, status, sort, dir };

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const urlSearch = params.get('q') ?? '';
  useEffect(() => {
    if (urlSearch !== search) update({ q: search });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the debounced text drives this
  }, [search]);

  const onSort = (key: SortKey) => {
    const nextDir = key === sort ? (dir === 'asc' ? 'desc' : 'asc') : DEFAULT_DIR[key];
    update({ sort: key, dir: nextDir });
  };

  const [selection, setSelection] = useState<Selection>(new Map());
  const [total, setTotal] = useState<number>();
  const [listState, setListState] = useState<ListState>('loading');
  const onTotal = useCallback((n: number | undefined, state: ListState) => {
    setTotal(n);
    setListState(state);
  }, []);
  const [outcomes, setOutcomes] = useState<ConfirmOutcome[]>();

  const confirm = useMutationCommand('orders.confirm', {
    onSuccess: (result) => {
      setOutcomes(result);
      setSelection(new Map());
    },
    onError: (error) => notifyError(error),
  });

  return (
    <Stack h="calc(100dvh - var(--app-shell-header-height, 52px) - 2 * var(--mantine-spacing-md))" gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs" align="baseline">
          <Title order={2}>{t('orders.title')}</Title>
          {listState === 'loading' && <Loader size="xs" aria-label={t('common.loading')} />}
          {listState === 'ready' && total !== undefined && (
            <Text c="dimmed" size="sm">
              {t('orders.count', { count: total })}
            </Text>
          )}
        </Group>
        <Group gap="xs">
          <Button component={Link} to="/orders/import" variant="default">
            {t('orders.importCsv')}
          </Button>
          <Button component={Link} to="/orders/new">
            {t('orders.newOrder')}
          </Button>
        </Group>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          aria-label={t('orders.search')}
          placeholder={t('orders.searchPlaceholder')}
          value={searchText}
          onChange={(e) => setSearchText(e.currentTarget.value)}
          type="search"
          w={320}
        />
        <Select
          aria-label={t('orders.statusFilter')}
          data={statusOptions(t)}
          value={status}
          onChange={(v) => update({ status: v && v !== 'all' ? v : '' })}
          allowDeselect={false}
          w={200}
        />
        <Group gap="xs" ml="auto">
          {selection.size > 0 && (
            <>
              <Text size="sm">{t('orders.selected', { count: selection.size })}</Text>
              <Button variant="subtle" size="xs" onClick={() => setSelection(new Map())}>
                {t('orders.clearSelection')}
              </Button>
            </>
          )}
          <Button disabled={selection.size === 0} loading={confirm.isPending} onClick={() => confirm.mutate({ ids: [...selection.keys()] })}>
            {t('orders.confirmSelected')}
          </Button>
        </Group>
      </Group>
      <OrdersTable filters={filters} onSort={onSort} selection={selection} onSelectionChange={setSelection} onTotal={onTotal} />
      <ConfirmResultModal outcomes={outcomes} onClose={() => setOutcomes(undefined)} />
    </Stack>
  );
}
