// One cell of an items table: a bare input registered with the form (typing in it redraws nothing
// else), or a lookup cell for countries, units and HS codes. Its id is its field path.
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
  /** The HS cell's "Suggest" button, with what it says to a screen reader. */
  suggest?: SuggestButton;
}

export interface SuggestButton {
  label: string;
  onClick: () => void;
}

/** The HS cell's "Suggest": out of the Tab order (Tab walks the cells), on every row. */
export function SuggestButtonView({ label, onClick }: SuggestButton) {
  return (
    <button type="button" className={classes.rowButton} onClick={onClick} aria-label={label} title={label} tabIndex={-1}>
      ✦
    </button>
  );
}

const DROPDOWNS = { country: CountryDropdown, unit: UnitDropdown, hs: HsDropdown } as const;

// No hooks but the form's: a 200-row table has 3,000 of these.
export function Cell({ path, column, label, error, suggest }: Props) {
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
      if (column.kind !== 'hs' || !suggest) return combo;
      return (
        <div className={classes.hsCell}>
          {combo}
          <SuggestButtonView {...suggest} />
        </div>
      );
    }
  }
}
