// The orders grid: virtualised rows (only what is on screen is in the DOM) over paged fetching.
import { Alert, Box, Button, Checkbox, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ORDER_SORTS } from '../../../../shared/api/contracts/orders';
import type { OrderSummary } from '../../../../shared/api/types';
import { errorText } from '../../app/notify';
import { formatDay, money } from '../../i18n/format';
import { countryName } from '../../i18n/options';
import { StatusBadge } from './StatusBadge';
import { useOrderPages, type ListFilters } from './useOrderPages';
import classes from './OrdersTable.module.css';

export type SortKey = (typeof ORDER_SORTS)[number];
export type Selection = ReadonlyMap<number, string>;
export type ListState = 'loading' | 'ready' | 'failed';

const ROW_HEIGHT = 40;
// The columns fit a 1400 px window beside the navigation (about 1150 px), so Problems is never cut off.
const GRID = '44px minmax(110px,1.1fr) 110px minmax(130px,1.6fr) 72px minmax(130px,1.3fr) 130px 104px 50px 104px 88px';

interface Props {
  filters: ListFilters;
  onSort: (sort: SortKey) => void;
  selection: Selection;
  onSelectionChange: (next: Selection) => void;
  onTotal: (total: number | undefined, state: ListState) => void;
}

function Cell({ children, align, style }: { children?: ReactNode; align?: 'right' | 'center'; style?: CSSProperties }) {
  return (
    <div role="cell" className={classes.cell} style={{ justifyContent: align === 'right' ? 'flex-end' : align === 'center' ? 'center' : undefined, ...style }}>
      {children}
    </div>
  );
}

export function OrdersTable({ filters, onSort, selection, onSelectionChange, onTotal }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lang = i18n.language;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState(0);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const pages = useOrderPages(filters, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);

  useEffect(() => {
    if (pages.total !== undefined) setCount(pages.total);
    onTotal(pages.total, pages.error ? 'failed' : pages.isCurrent ? 'ready' : 'loading');
  }, [pages.total, pages.isCurrent, pages.error, onTotal]);

  // A new search or sort starts at the top.
  const filterKey = JSON.stringify(filters);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [filterKey]);

  const toggle = (row: OrderSummary, checked: boolean) => {
    const next = new Map(selection);
    if (checked) next.set(row.id, row.orderNumber);
    else next.delete(row.id);
    onSelectionChange(next);
  };

  const loaded = pages.loadedRows();
  const selectedLoaded = loaded.filter((r) => selection.has(r.id)).length;
  const allLoaded = loaded.length > 0 && selectedLoaded === loaded.length;
  const toggleAll = () => {
    const next = new Map(selection);
    if (allLoaded) loaded.forEach((r) => next.delete(r.id));
    else loaded.forEach((r) => next.set(r.id, r.orderNumber));
    onSelectionChange(next);
  };

  const header = (key: string, sort?: SortKey, align?: 'right') => {
    const label = t(`orders.columns.${key}`);
    const active = sort !== undefined && filters.sort === sort;
    const ariaSort = active ? (filters.dir === 'asc' ? 'ascending' : 'descending') : sort ? 'none' : undefined;
    return (
      <div role="columnheader" aria-sort={ariaSort} className={classes.headerCell} style={{ justifyContent: align === 'right' ? 'flex-end' : undefined }}>
        {sort ? (
          <UnstyledButton className={classes.sortButton} onClick={() => onSort(sort)} title={t('orders.sortBy', { column: label })}>
            {label}
            <span aria-hidden className={classes.sortMark}>
              {active ? (filters.dir === 'asc' ? '▲' : '▼') : '↕'}
            </span>
          </UnstyledButton>
        ) : (
          label
        )}
      </div>
    );
  };

  if (pages.error && !pages.total) {
    return (
      <Alert color="red" title={t('errors.loadFailed')}>
        <Text mb="sm">{errorText(pages.error)}</Text>
        <Button size="xs" variant="light" onClick={pages.refetch}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }

  return (
    <Box ref={scrollRef} className={classes.scroller} role="table" aria-label={t('orders.table')} aria-rowcount={count + 1}>
      <div role="rowgroup" className={classes.head}>
        <div role="row" aria-rowindex={1} className={classes.row} style={{ gridTemplateColumns: GRID }}>
          <div role="columnheader" className={classes.headerCell} style={{ justifyContent: 'center' }}>
            <Checkbox
              aria-label={t('orders.selectAllLoaded')}
              checked={allLoaded}
              indeterminate={selectedLoaded > 0 && !allLoaded}
              onChange={toggleAll}
              disabled={loaded.length === 0}
            />
          </div>
          {header('orderNumber', 'orderNumber')}
          {header('orderDate', 'orderDate')}
          {header('consigneeName', 'consigneeName')}
          {header('country', 'country')}
          {header('shippingLine')}
          {header('shippingMethod')}
          {header('total', 'total', 'right')}
          {header('lines', undefined, 'right')}
          {header('status', 'status')}
          {header('problems', undefined, 'right')}
        </div>
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = pages.rowAt(item.index);
          const style: CSSProperties = { gridTemplateColumns: GRID, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` };
          if (!row) {
            return (
              <div key={`p${item.index}`} role="row" aria-rowindex={item.index + 2} aria-busy className={`${classes.row} ${classes.bodyRow}`} style={style}>
                <Cell />
                <Cell style={{ gridColumn: '2 / -1' }}>
                  <Skeleton height={12} width="60%" aria-label={t('orders.loadingRow')} />
                </Cell>
              </div>
            );
          }
          // The router shows its own errors; nothing to wait for here.
          const open = () => void navigate(`/orders/${row.id}`);
          return (
            <div
              key={row.id}
              role="row"
              aria-rowindex={item.index + 2}
              data-selected={selection.has(row.id) || undefined}
              tabIndex={0}
              className={`${classes.row} ${classes.bodyRow} ${classes.clickable}`}
              style={style}
              onClick={open}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && e.target === e.currentTarget) open();
              }}
            >
              <Cell align="center">
                {/* The checkbox must not also open the order. */}
                <span onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
                  <Checkbox
                    aria-label={t('orders.selectOrder', { orderNumber: row.orderNumber })}
                    checked={selection.has(row.id)}
                    onChange={(e) => toggle(row, e.currentTarget.checked)}
                  />
                </span>
              </Cell>
              <Cell>
                <Text size="sm" fw={600} truncate>
                  {row.orderNumber}
                </Text>
              </Cell>
              <Cell>{formatDay(row.orderDate, lang)}</Cell>
              <Cell>
                <Text size="sm" truncate>
                  {row.consigneeName}
                </Text>
              </Cell>
              <Cell>
                <span title={countryName(row.country, lang)}>{row.country}</span>
              </Cell>
              <Cell>
                {/* The shop's own words; the method next to it is what the rules made of them. */}
                <Text size="sm" truncate title={row.shippingLine}>
                  {row.shippingLine}
                </Text>
              </Cell>
              <Cell>
                <Text size="sm" truncate c={row.shippingMethod === 'unknown' ? 'orange.8' : undefined} fw={row.shippingMethod === 'unknown' ? 600 : undefined}>
                  {t(`shippingMethod.${row.shippingMethod}`, { defaultValue: row.shippingMethod })}
                </Text>
              </Cell>
              <Cell align="right">
                <span className={classes.num}>{money(row.total, row.currency, lang)}</span>
              </Cell>
              <Cell align="right">
                <span className={classes.num}>{row.lineCount}</span>
              </Cell>
              <Cell>
                <StatusBadge status={row.status} />
              </Cell>
              <Cell align="right">
                {row.problemCount > 0 ? (
                  <Text size="sm" c="orange.8" fw={600} title={t('orders.problemCount', { count: row.problemCount })}>
                    {row.problemCount}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    0
                  </Text>
                )}
              </Cell>
            </div>
          );
        })}
      </div>
      {pages.isFetched && count === 0 && (
        <Text c="dimmed" p="md">
          {t('orders.empty')}
        </Text>
      )}
    </Box>
  );
}
