// Rows ticked in a list for a command over the selection (book the selected, file the selected): the
// ticked ids, a checkbox per row and one in the heading that ticks or clears every row.
import { Checkbox } from '@mantine/core';
import { useState } from 'react';

export function useSelection<Row>(rows: Row[], idOf: (row: Row) => number) {
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const chosen = rows.filter((r) => ticked.has(idOf(r)));
  const every = rows.length > 0 && chosen.length === rows.length;
  const clear = () => setTicked(new Set());
  /** The heading's checkbox: every row ticked, some (indeterminate) or none. */
  const allBox = (label: string) => (
    <Checkbox
      key="all"
      aria-label={label}
      checked={every}
      indeterminate={chosen.length > 0 && !every}
      onChange={(e) => setTicked(e.currentTarget.checked ? new Set(rows.map(idOf)) : new Set())}
    />
  );
  const rowBox = (row: Row, label: string) => (
    <Checkbox
      aria-label={label}
      checked={ticked.has(idOf(row))}
      onChange={(e) => {
        const on = e.currentTarget.checked;
        setTicked((s) => {
          const next = new Set(s);
          if (on) next.add(idOf(row));
          else next.delete(idOf(row));
          return next;
        });
      }}
    />
  );
  return { chosen, clear, allBox, rowBox };
}
