// The building block of the contract: a command's input schema, its result type and the tables
// it reads and writes. Each step of the flow declares its commands in shared/api/contracts/<area>.ts.
import { z } from 'zod';
import type { TableName } from './commands';
import { Id, text } from '../schemas/common';

export interface Command<I extends z.ZodType, R> {
  input: I;
  reads: readonly TableName[];
  writes: readonly TableName[];
  /** Type-only: carries the result type. */
  _result?: R;
}

export function command<R>() {
  return <I extends z.ZodType>(input: I, tables: { reads?: TableName[]; writes?: TableName[] } = {}): Command<I, R> => ({
    input,
    reads: tables.reads ?? [],
    writes: tables.writes ?? [],
  });
}

export const none = z.object({}).strict();
export const byId = z.object({ id: Id }).strict();
export const reason = text(500, { required: true });

/** The id a screen gives a long job, to follow its progress and to cancel it. */
export const jobIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/** A list page: what to search for and which slice of the result. */
export const pageQuery = {
  search: z.string().trim().max(100).default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

/** An object whose own "constructor" is not Object's own: zod's plain-object check reads
 * `value.constructor.prototype` and throws on `{ constructor: null }` instead of refusing it. */
const hasOwnConstructor = (v: unknown) => typeof v === 'object' && v !== null && Object.hasOwn(v, 'constructor');

/** An import's column mapping: field -> the file's column header. */
export function columnMapping<const K extends readonly [string, ...string[]]>(fields: K) {
  return z.preprocess((v) => (hasOwnConstructor(v) ? 'not a mapping' : v), z.partialRecord(z.enum(fields), z.string().max(200)));
}
