// An items table (declaration, invoice and contract items, parcels, packing lines, postal contents)
// kept keyboard-first: Tab walks the cells; Ctrl+Enter adds a row after this one, Ctrl+D duplicates
// it, Alt+Up/Down moves it, Ctrl+Delete removes it (with Undo). Rows are memoised, so a table of
// hundreds of rows redraws only the row being typed in.
import { Button, Group, Kbd, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TableSpec } from '../layout/types';
import { focusCell } from '../form/reveal';
import { useStableForm } from '../form/stableForm';
import { HsSuggestModal } from './HsSuggestModal';
import { ItemRow, type RowActions } from './ItemRow';
import classes from './items.module.css';

type Row = Record<string, unknown>;

export function ItemsTable({ spec }: { spec: TableSpec }) {
  const { t } = useTranslation();
  const { control, getValues, readOnly } = useStableForm();
  const { fields, insert, remove, move } = useFieldArray({ control, name: spec.path });
  const [suggestRow, setSuggestRow] = useState<number | null>(null);
  // The row being edited, by its field-array id so it stays the same row when rows move.
  const [activeId, setActiveId] = useState<string | null>(null);
  // The cell to put the cursor in once the table has redrawn (a row operation, a row put into editing).
  const pendingFocus = useRef<string | null>(null);
  // Before the focus below: putting a new row into editing looks its id up here.
  const ops = useRef({ insert, remove, move, getValues, count: fields.length, ids: fields.map((f) => f.id) });
  useLayoutEffect(() => {
    ops.current = { insert, remove, move, getValues, count: fields.length, ids: fields.map((f) => f.id) };
  });
  useLayoutEffect(() => {
    // Taken first: focusing a resting cell puts its row into editing, which asks for the focus again.
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target) focusCell(target);
  }, [fields, activeId]);

  const rowsNow = useCallback(() => (ops.current.getValues(spec.path) as Row[] | undefined) ?? [], [spec.path]);
  const actions = useMemo<RowActions>(() => {
    const at = (index: number, field: string) => `${spec.path}.${index}.${field}`;
    return {
      insertAfter: (index, field) => {
        pendingFocus.current = at(index + 1, field);
        ops.current.insert(index + 1, spec.newRow(rowsNow()), { shouldFocus: false });
      },
      duplicate: (index, field) => {
        const row = rowsNow()[index];
        if (!row) return;
        pendingFocus.current = at(index + 1, field);
        ops.current.insert(index + 1, structuredClone(row), { shouldFocus: false });
      },
      move: (from, to, field) => {
        if (to < 0 || to >= ops.current.count) return;
        pendingFocus.current = at(to, field);
        ops.current.move(from, to);
      },
      remove: (index, field) => {
        const row = rowsNow()[index];
        if (!row) return;
        const left = ops.current.count - 1;
        pendingFocus.current = left > 0 ? at(Math.min(index, left - 1), field) : null;
        ops.current.remove(index);
        const rowLabel = t(spec.rowLabel, { n: index + 1 });
        const id = `removed-${spec.path}-${Date.now()}`;
        notifications.show({
          id,
          autoClose: 8000,
          message: (
            <Group gap="sm" justify="space-between" wrap="nowrap">
              <Text size="sm">{t('customs.tables.removed', { row: rowLabel })}</Text>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => {
                  notifications.hide(id);
                  pendingFocus.current = at(Math.min(index, ops.current.count), field);
                  ops.current.insert(Math.min(index, ops.current.count), row, { shouldFocus: false });
                }}
              >
                {t('customs.tables.undo')}
              </Button>
            </Group>
          ),
        });
      },
      suggest: (index) => setSuggestRow(index),
      activate: (index, field) => {
        const id = ops.current.ids[index];
        if (!id) return;
        pendingFocus.current = at(index, field);
        setActiveId(id);
      },
    };
  }, [spec, t, rowsNow]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly) return;
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-row]');
    if (!row) return;
    const index = Number(row.dataset.row);
    const field = target.closest<HTMLElement>('[data-field]')?.dataset.field ?? spec.columns[0]!.field;
    const ctrl = e.ctrlKey || e.metaKey;
    let handled = true;
    if (ctrl && !e.altKey && e.key === 'Enter') actions.insertAfter(index, field);
    else if (ctrl && !e.altKey && (e.key === 'd' || e.key === 'D')) actions.duplicate(index, field);
    else if (e.altKey && !ctrl && e.key === 'ArrowUp') actions.move(index, index - 1, field);
    else if (e.altKey && !ctrl && e.key === 'ArrowDown') actions.move(index, index + 1, field);
    else if (ctrl && !e.altKey && e.key === 'Delete') actions.remove(index, field);
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const title = t(spec.label);
  // index + columns + value + row buttons, so rows never wrap and the header stays aligned.
  const tableWidth = 36 + spec.columns.reduce((w, c) => w + c.width, 0) + (spec.rowValue ? 110 : 0) + (readOnly ? 0 : 112);
  return (
    <div>
      <Group justify="space-between" mb={4} wrap="wrap" gap="xs">
        <Text fw={600} size="sm" id={`${spec.path}-title`}>
          {title}{' '}
          <Text span c="dimmed" size="sm">
            ({fields.length})
          </Text>
        </Text>
        {!readOnly && (
          <Group gap="xs">
            <Text size="xs" c="dimmed" visibleFrom="md">
              <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd> {t('customs.tables.keyAdd')} · <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">D</Kbd>{' '}
              {t('customs.tables.keyDuplicate')} · <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">↑↓</Kbd> {t('customs.tables.keyMove')} · <Kbd size="xs">Ctrl</Kbd>+
              <Kbd size="xs">Del</Kbd> {t('customs.tables.keyRemove')}
            </Text>
            <Button size="compact-sm" variant="light" onClick={() => actions.insertAfter(fields.length - 1, spec.columns[0]!.field)}>
              {t('customs.tables.addRow')}
            </Button>
          </Group>
        )}
      </Group>
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed" py="xs">
          {t('customs.tables.empty')}
        </Text>
      ) : (
        <div className={classes.scroller}>
          <div role="table" className={classes.table} aria-labelledby={`${spec.path}-title`} style={{ width: tableWidth }}>
            <div role="row" className={classes.headerRow}>
              <div role="columnheader" className={classes.index}>
                #
              </div>
              {spec.columns.map((c) => (
                <div
                  role="columnheader"
                  key={c.field}
                  className={c.kind === 'decimal' || c.kind === 'integer' ? classes.num : undefined}
                  style={{ flex: `0 0 ${c.width}px` }}
                  title={t(c.label ?? `customs.fields.${c.field}`)}
                >
                  {t(c.label ?? `customs.fields.${c.field}`)}
                </div>
              ))}
              {spec.rowValue && (
                <div role="columnheader" className={`${classes.num} ${classes.valueCol}`}>
                  {t('customs.fields.value')}
                </div>
              )}
              {!readOnly && <div role="columnheader" className={classes.actionsCol} aria-label={t('customs.tables.actions')} />}
            </div>
            <div role="rowgroup" onKeyDown={onKeyDown}>
              {fields.map((f, i) => (
                <ItemRow key={f.id} spec={spec} index={i} active={f.id === activeId} actions={actions} />
              ))}
            </div>
          </div>
        </div>
      )}
      {suggestRow !== null && spec.describedBy && <HsSuggestModal spec={spec} index={suggestRow} onClose={() => setSuggestRow(null)} />}
    </div>
  );
}
