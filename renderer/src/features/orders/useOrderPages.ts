// Fetches the orders list in pages of 100 as the visible window of the table needs them, so a
// list of 100,000 orders costs one or two small requests per scroll position.
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { OrderListQuery } from '../../../../shared/api/contracts/orders';
import type { OrderPage, OrderSummary } from '../../../../shared/api/types';
import { commandQuery } from '../../api/hooks';
import type { AppError } from '../../api/errors';

export const PAGE_SIZE = 100;

export type ListFilters = Required<Pick<OrderListQuery, 'search' | 'status' | 'sort' | 'dir'>>;

function pageInput(filters: ListFilters, page: number) {
  return { ...filters, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
}

function sameFilters(input: unknown, filters: ListFilters): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const i = input as Partial<ListFilters>;
  return i.search === filters.search && i.status === filters.status && i.sort === filters.sort && i.dir === filters.dir;
}

export function useOrderPages(filters: ListFilters, firstIndex: number, lastIndex: number) {
  const client = useQueryClient();
  const firstPage = Math.floor(firstIndex / PAGE_SIZE);
  const lastPage = Math.max(firstPage, Math.floor(lastIndex / PAGE_SIZE));
  const pages = useMemo(() => Array.from({ length: lastPage - firstPage + 1 }, (_, i) => firstPage + i), [firstPage, lastPage]);

  const results = useQueries({
    queries: pages.map((page) => commandQuery('orders.list', pageInput(filters, page))),
  });

  // While a new search is loading, keep the old row count so the scroller does not collapse.
  // Remembered during render (React's "adjusting state when a prop changes"), not in an effect.
  const [lastTotal, setLastTotal] = useState<number>();
  const loaded = results.find((r) => r.data)?.data;
  if (loaded && loaded.total !== lastTotal) setLastTotal(loaded.total);

  const rowAt = (index: number): OrderSummary | undefined => {
    const page = Math.floor(index / PAGE_SIZE);
    const result = results[page - firstPage];
    return result?.data?.rows[index - page * PAGE_SIZE];
  };

  /** Every row of the current search already fetched (visible or cached): for "select all loaded". */
  const loadedRows = useCallback((): OrderSummary[] => {
    const rows: OrderSummary[] = [];
    for (const [key, data] of client.getQueriesData<OrderPage>({ queryKey: ['orders.list'] })) {
      if (data && sameFilters(key[1], filters)) rows.push(...data.rows);
    }
    return rows;
  }, [client, filters]);

  const error = results.find((r) => r.error)?.error as AppError | undefined | null;
  return {
    rowAt,
    total: loaded ? loaded.total : lastTotal,
    loadedRows,
    error: error ?? undefined,
    isFetched: results.some((r) => r.isFetched),
    /** False while the current search has no answer yet (total is then the previous search's). */
    isCurrent: loaded !== undefined,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}
