// One row of an items table, memoised: typing in row 3 redraws row 3's value and nothing else.
import { memo } from 'react';
import { get, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { itemValue } from '../../../../../../shared/domain/customs/totals';
import { money } from '../../../../i18n/format';
import { translatePacked } from '../../../../i18n/messages';
import type { TableSpec } from '../layout/types';
import { useStableForm } from '../form/stableForm';
import { Cell, SuggestButtonView, type SuggestButton } from './Cell';
import classes from './items.module.css';

export interface RowActions {
  insertAfter: (index: number, field: string) => void;
  duplicate: (index: number, field: string) => void;
  move: (from: number, to: number, field: string) => void;
  remove: (index: number, field: string) => void;
  suggest: (index: number) => void;
  /** Puts a row into editing with the cursor in one of its cells. */
  activate: (index: number, field: string) => void;
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
  /** The one row being edited has inputs; every other row shows its values as text. */
  active: boolean;
  actions: RowActions;
}

/**
 * A row at rest: its values as text. A cell takes the focus (Tab, a click, a problem link) and
 * that puts its row into editing. Drawing hundreds of inputs made every keystroke's frame cost
 * tens of milliseconds in the compositor; text cells cost next to nothing.
 */
function RestingCells({
  spec,
  rowPath,
  labels,
  errors,
  suggest,
  onActivate,
}: {
  spec: TableSpec;
  rowPath: string;
  labels: string[];
  errors: (string | undefined)[];
  suggest?: SuggestButton;
  onActivate: (field: string) => void;
}) {
  const { control, readOnly } = useStableForm();
  const paths = spec.columns.map((c) => `${rowPath}.${c.field}`);
  const values = useWatch({ control, name: paths, exact: true }) as unknown[];
  return spec.columns.map((column, i) => {
    const text = typeof values[i] === 'string' ? (values[i] as string) : '';
    const fits = Math.max(3, Math.floor((column.width - 14) / 7.5));
    const numeric = column.kind === 'decimal' || column.kind === 'integer';
    const resting = (
      <div
        id={paths[i]}
        // Not in the Tab order of a read-only document, but still a target for problem links.
        tabIndex={readOnly ? -1 : 0}
        className={`${classes.cell} ${classes.resting} ${numeric ? classes.decimal : ''}`}
        aria-label={labels[i]}
        aria-invalid={errors[i] !== undefined}
        aria-description={errors[i]}
        title={errors[i] ?? text}
        onFocus={readOnly ? undefined : () => onActivate(column.field)}
      >
        {text.length > fits ? `${text.slice(0, fits - 1)}…` : text}
      </div>
    );
    return (
      <div role="cell" key={column.field} style={{ flex: `0 0 ${column.width}px` }} data-field={column.field}>
        {column.kind === 'hs' && suggest && !readOnly ? (
          <div className={classes.hsCell}>
            {resting}
            <SuggestButtonView {...suggest} />
          </div>
        ) : (
          resting
        )}
      </div>
    );
  });
}

export const ItemRow = memo(function ItemRow({ spec, index, active, actions }: Props) {
  const { t } = useTranslation();
  const { control, readOnly } = useStableForm();
  const rowPath = `${spec.path}.${index}`;
  // Exact names: "items.1" as a prefix would also match items.10 to items.19.
  const { errors } = useFormState({ control, name: spec.columns.map((c) => `${rowPath}.${c.field}`), exact: true });
  const rowLabel = t(spec.rowLabel, { n: index + 1 });
  const first = spec.columns[0]!.field;
  const labels = spec.columns.map((c) => t('customs.tables.cellLabel', { field: t(c.label ?? `customs.fields.${c.field}`), row: rowLabel }));
  const suggest = spec.describedBy ? { label: t('customs.suggest.button', { row: rowLabel }), onClick: () => actions.suggest(index) } : undefined;
  const errorTexts = spec.columns.map((c) => translatePacked((get(errors, `${rowPath}.${c.field}`) as { message?: string } | undefined)?.message, t));
  return (
    <div role="row" className={classes.row} data-row={index} data-active={active || undefined} aria-label={rowLabel}>
      <div role="rowheader" className={classes.index}>
        {index + 1}
      </div>
      {active && !readOnly ? (
        spec.columns.map((column, i) => (
          <div role="cell" key={column.field} style={{ flex: `0 0 ${column.width}px` }} data-field={column.field}>
            <Cell
              path={`${rowPath}.${column.field}`}
              column={column}
              label={labels[i]!}
              error={errorTexts[i]}
              suggest={column.kind === 'hs' ? suggest : undefined}
            />
          </div>
        ))
      ) : (
        <RestingCells
          spec={spec}
          rowPath={rowPath}
          labels={labels}
          errors={errorTexts}
          suggest={suggest}
          onActivate={(field) => actions.activate(index, field)}
        />
      )}
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
