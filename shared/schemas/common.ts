// Building blocks for the zod schemas that drive forms and are re-checked in main.
// Messages are i18n keys ("validation.*"); the renderer translates them, main passes them on.
import { z } from 'zod';
import { isDecimalString } from '../domain/money';

export const Id = z.number().int().positive();

// eslint-disable-next-line no-control-regex -- this pattern exists to find control characters and refuse them
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Trimmed text; empty is allowed unless `min` says otherwise. Control characters are refused. */
export function text(max: number, opts: { required?: boolean } = {}) {
  const base = z
    .string({ error: 'validation.required' })
    .trim()
    .max(max, { error: 'validation.tooLong' })
    // C0 controls other than tab/newline turn up in corrupt exports and break printed documents.
    // C1 controls (U+0080-U+009F) are what a Windows-1252 file's unused bytes decode to.
    // Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) make a name or
    // address display differently from what it is ("Trojan Source"): not acceptable on customs
    // papers. LRM/RLM marks (U+200E/U+200F) stay allowed: real Arabic and Hebrew text uses them.
    // U+2028/U+2029 are line breaks like \n and are kept verbatim.
    .refine((v) => !CONTROL_CHARS.test(v), { error: 'validation.controlChars' });
  return opts.required ? base.refine((v) => v.length > 0, { error: 'validation.required' }) : base;
}

export const decimalString = z.string({ error: 'validation.decimal' }).trim().refine(isDecimalString, { error: 'validation.decimal' });

export const isoDate = z
  .string({ error: 'validation.date' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.date' })
  .refine(
    (v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
    },
    { error: 'validation.date' },
  );
