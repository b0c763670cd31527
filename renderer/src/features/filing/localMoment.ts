// The "Filed at" field: the broker types a local date and time (datetime-local), customs and the
// database get an ISO moment with its zone, so a filing made in Shenzhen reads right in Madrid.

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO moment as the value of a datetime-local input, in the user's own time zone ('' if not a moment). */
export function isoToLocalInput(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (local wall time) as an ISO moment; '' stays '' so the schema says what is missing. */
export function localInputToIso(local: string): string {
  if (!local) return '';
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
}

/** Now, to the minute, as an ISO moment: the default of "Filed at". */
export function nowToTheMinute(): string {
  const d = new Date();
  d.setSeconds(0, 0);
  return d.toISOString();
}
