// Quantities arrive as exact decimal strings; shown in the user's locale, never summed here.
export function formatQuantity(value: string, locale: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  // Display only: a bin never holds more than Number can show to three decimals.
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(Number(value));
}

/** "+3" / "-1.5": a change reads as a change. */
export function formatDelta(value: string, locale: string): string {
  const shown = formatQuantity(value, locale);
  return /^-/.test(value) || /^0+(\.0+)?$/.test(value) ? shown : `+${shown}`;
}
