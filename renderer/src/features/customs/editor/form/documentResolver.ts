// The form's resolver: zodResolver over the document type's schema, except that a change to one
// field is checked against that field's own schema. Main re-checks the whole document on every
// save; re-parsing a 200-item declaration on each keystroke only made typing lag.
import { toNestErrors } from '@hookform/resolvers';
import { zodResolver } from '@hookform/resolvers/zod';
import { get, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Through .default(), .optional() and .pipe() to the object or array they hold. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const next =
      def.type === 'pipe' ? def.in : ['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch'].includes(def.type) ? def.innerType : undefined;
    if (!next) return current;
    current = next;
  }
}

/** The schema of the field at a path ("items.3.quantity", "consignee.taxId"), or undefined. */
export function schemaAt(schema: z.ZodType, path: string): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const part of path.split('.')) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object') current = def.shape?.[part];
    else if (def.type === 'array' && /^\d+$/.test(part)) current = def.element;
    else return undefined;
  }
  return current;
}

export function documentResolver(schema: z.ZodType): Resolver<FieldValues> {
  const whole = zodResolver(schema as never) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const name = options.names?.length === 1 ? options.names[0] : undefined;
    const field = name === undefined ? undefined : schemaAt(schema, name);
    // Several fields (a restored copy checked at once) or a path the schema cannot follow: all of it.
    if (name === undefined || !field) return whole(values, context, options);
    const result = field.safeParse(get(values, name));
    if (result.success) return { values, errors: {} };
    const issue = result.error.issues[0]!;
    const path = [name, ...issue.path.map(String)].join('.');
    return { values: {}, errors: toNestErrors({ [path]: { type: issue.code, message: issue.message } }, options) };
  };
}
