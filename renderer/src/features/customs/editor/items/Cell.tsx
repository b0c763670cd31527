// One cell of an items table: a bare input registered with the form (typing in it redraws nothing
// else), or a lookup cell for countries, units and HS codes. Its id is its field path.
import { useTranslation } from 'react-i18next';
import type { ColumnSpec } from '../layout/types';
import { useStableForm } from '../form/stableForm';
import { CellCombo } from './CellCombo';
import { CountryDropdown, HsDropdown, UnitDropdown } from './lookups';
import classes from './items.module.css';

interface Props {
  path: string;
  column: ColumnSpec;
  /** "Quantity, item 3": what a screen reader says, and what tests find the cell by. */
  label: string;
  error?: string;
  rowLabel: string;
  onSuggest?: () => void;
}

const DROPDOWNS = { country: CountryDropdown, unit: UnitDropdown, hs: HsDropdown } as const;

export function Cell({ path, column, label, error, rowLabel, onSuggest }: Props) {
  const { t } = useTranslation();
  const { register, setValue } = useStableForm();
  const registration = register(path);
  const invalid = error !== undefined;
  const common = { id: path, 'aria-label': label, 'aria-invalid': invalid, 'aria-description': error, title: error, autoComplete: 'off' };
  switch (column.kind) {
    case 'text':
      return <input {...registration} {...common} className={classes.cell} />;
    case 'decimal':
      return <input {...registration} {...common} className={`${classes.cell} ${classes.decimal}`} inputMode="decimal" />;
    case 'integer':
      return <input {...registration} {...common} className={`${classes.cell} ${classes.decimal}`} inputMode="numeric" />;
    case 'country':
    case 'unit':
    case 'hs': {
      const combo = (
        <CellCombo
          id={path}
          label={label}
          registration={registration}
          invalid={invalid}
          title={error}
          className={classes.cell}
          Dropdown={DROPDOWNS[column.kind]}
          onPick={(value) => setValue(path, value, { shouldDirty: true, shouldValidate: true, shouldTouch: true })}
        />
      );
      if (column.kind !== 'hs' || !onSuggest) return combo;
      const suggest = t('customs.suggest.button', { row: rowLabel });
      return (
        <div className={classes.hsCell}>
          {combo}
          <button type="button" className={classes.rowButton} onClick={onSuggest} aria-label={suggest} title={suggest} tabIndex={-1}>
            ✦
          </button>
        </div>
      );
    }
  }
}
