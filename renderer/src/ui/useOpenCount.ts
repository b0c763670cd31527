// A dialog starts afresh each time it opens. Give the dialog's body `key={useOpenCount(opened)}`:
// React then mounts a new body, with new state (and a new mutation, so no old error), at each
// opening, while the closing animation still shows what was there. The count is worked out during
// render (React's "adjusting state when a prop changes"), so there is no effect resetting state
// after a first render with the old values.
import { useState } from 'react';

/** How many times `open` has changed to an open value: anything but undefined, null or false. */
export function useOpenCount(open: unknown): number {
  const [seen, setSeen] = useState({ open, count: 0 });
  if (Object.is(open, seen.open)) return seen.count;
  const count = open === undefined || open === null || open === false ? seen.count : seen.count + 1;
  setSeen({ open, count });
  return count;
}
