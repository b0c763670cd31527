// One row of an items table, memoised: typing in row 3 redraws row 3's value and nothing else.
import { memo } from 'react';
import { get, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { itemValue } from '../../../../../../shared/domain/customs/totals';
import { money } from '../../../../i18n/format';
import { translatePacked } from '../../../../i18n/messages';
import type { TableSpec } from '../layout/types';
import { useStableForm } from '../form/stableForm';
import { Cell } from './Cell';
import classes from './items.module.css';

export interface RowActions {
  insertAfter: (index: number, field: string) => void;
  duplicate: (index: number, field: string) => void;
  move: (from: number, to: number, field: string) => void;
  remove: (index: number, field: string) => void;
  suggest: (index: number) => void;
}

/** The row's value (quantity x unit price), re-rendered only when that figure changes. */
function RowValue({ rowPath }: { rowPath: string }) {
  const { i18n } = useTranslation();
  const { control } = useStableForm();
  const [value, currency] = useWatch({
    control,
    name: [`${rowPath}.quantity`, `${rowPath}.unitPrice`, 'currency'],
    compute: ([q, p, c]: string[]) => [itemValue(q ?? '', p ?? '', c ?? ''), c ?? ''],
  }) as unknown as [string, string];
  return <>{value === '' ? '—' : money(value, currency, i18n.language)}</>;
}

interface Props {
  spec: TableSpec;
  index: number;
  actions: RowActions;
}

export const ItemRow = memo(function ItemRow({ spec, index, actions }: Props) {
  const { t } = useTranslation();
  const { control, readOnly } = useStableForm();
  const rowPath = `${spec.path}.${index}`;
  // Exact names: "items.1" as a prefix would also match items.10 to items.19.
  const { errors } = useFormState({ control, name: spec.columns.map((c) => `${rowPath}.${c.field}`), exact: true });
  const rowLabel = t(spec.rowLabel, { n: index + 1 });
  const first = spec.columns[0]!.field;
  return (
    <div role="row" className={classes.row} data-row={index} aria-label={rowLabel}>
      <div role="rowheader" className={classes.index}>
        {index + 1}
      </div>
      {spec.columns.map((column) => {
        const path = `${rowPath}.${column.field}`;
        const error = translatePacked((get(errors, path) as { message?: string } | undefined)?.message, t);
        return (
          <div role="cell" key={column.field} style={{ flex: `0 0 ${column.width}px` }} data-field={column.field}>
            <Cell
              path={path}
              column={column}
              label={t('customs.tables.cellLabel', { field: t(column.label ?? `customs.fields.${column.field}`), row: rowLabel })}
              error={error}
              suggest={
                column.kind === 'hs' && spec.describedBy
                  ? { label: t('customs.suggest.button', { row: rowLabel }), onClick: () => actions.suggest(index) }
                  : undefined
              }
            />
          </div>
        );
      })}
      {spec.rowValue && (
        <div role="cell" className={`${classes.value} ${classes.valueCol}`} aria-label={t('customs.tables.valueOf', { row: rowLabel })}>
          <RowValue rowPath={rowPath} />
        </div>
      )}
      {!readOnly && (
        <div role="cell" className={classes.actionsCol}>
          {/* Out of the Tab order: Tab walks the cells; the keyboard has its own shortcuts for these. */}
          <div className={classes.rowButtons}>
            <RowButton label={t('customs.tables.moveUp', { row: rowLabel })} onClick={() => actions.move(index, index - 1, first)} disabled={index === 0}>
              ↑
            </RowButton>
            <RowButton label={t('customs.tables.moveDown', { row: rowLabel })} onClick={() => actions.move(index, index + 1, first)}>
              ↓
            </RowButton>
            <RowButton label={t('customs.tables.duplicate', { row: rowLabel })} onClick={() => actions.duplicate(index, first)}>
              ⧉
            </RowButton>
            <RowButton label={t('customs.tables.remove', { row: rowLabel })} onClick={() => actions.remove(index, first)} danger>
              ✕
            </RowButton>
          </div>
        </div>
      )}
    </div>
  );
});

function RowButton({
  label,
  onClick,
  disabled,
  danger,
  children,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
  children: string;
}) {
  return (
    <button
      type="button"
      className={`${classes.rowButton} ${danger ? classes.danger : ''}`}
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
      title={label}
      tabIndex={-1}
    >
      {children}
    </button>
  );
}
