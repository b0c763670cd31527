// The zod schemas that guard every API input, fed arbitrary values. Seedable: FUZZ_SEED, FUZZ_RUNS.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../shared/api/commands';
import { contract } from '../../shared/api/contract';
import { orderSchema } from '../../shared/schemas/order';
import { fuzz } from '../hostile/fuzz';
import { cleanOrder } from './support/orders';

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...PROTO_KEYS, 'order', 'lines', 'fileName', 'text', 'mapping', 'id', 'ids'));

/** Any JavaScript value, including the odd ones that never come through JSON. */
const anything = fc.anything({
  key,
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
});

/** What JSON.parse can hand over, "__proto__" as an own key included (JSON.parse makes it one). */
const jsonValue = fc.jsonValue({ maxDepth: 4 }).chain((v) =>
  fc.constantFrom(...PROTO_KEYS).map((k) => {
    const text = JSON.stringify(v);
    // Put a prototype key into the first object, if there is one.
    return JSON.parse(text.startsWith('{') && text !== '{}' ? `{"${k}":{"polluted":true},${text.slice(1)}` : text) as unknown;
  }),
);

const notPolluted = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
};

function safeParseNeverThrows(value: unknown) {
  for (const name of COMMAND_NAMES) {
    const r = contract[name].input.safeParse(value);
    expect(typeof r.success).toBe('boolean');
    if (!r.success) for (const issue of r.error.issues) expect(typeof issue.message).toBe('string');
  }
  notPolluted();
}

describe('every command schema', () => {
  it('safeParse never throws on any JavaScript value', () => {
    fc.assert(fc.property(anything, safeParseNeverThrows), fuzz(300));
  });

  it('safeParse never throws on any JSON body, with prototype keys', () => {
    fc.assert(fc.property(jsonValue, safeParseNeverThrows), fuzz(300));
  });

  it('a body whose known keys hold arbitrary values is refused or accepted, never thrown on', () => {
    const body = fc.dictionary(
      fc.constantFrom('fileName', 'text', 'mapping', 'channel', 'onlyValid', 'jobId', 'id', 'ids', 'order', 'reason', 'name', 'language', ...PROTO_KEYS),
      anything,
      { maxKeys: 5 },
    );
    fc.assert(fc.property(body, safeParseNeverThrows), fuzz(300));
  });

  it('a nested object with an own "constructor" key is refused, not thrown on (found by the fuzzer: zod reads constructor.prototype)', () => {
    for (const odd of [null, 1, 'x', {}, { prototype: null }]) {
      safeParseNeverThrows({ mapping: { constructor: odd } });
      safeParseNeverThrows({ fileName: 'a.csv', text: 'a', mapping: { constructor: odd, sku: 'SKU' } });
    }
    expect(contract['orders.importPreview'].input.safeParse({ fileName: 'a.csv', text: 'a', mapping: { constructor: null } }).success).toBe(false);
  });

  it('what a schema accepts has no keys it does not know (prototype keys are dropped or refused)', () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        for (const name of COMMAND_NAMES) {
          const r = contract[name].input.safeParse(v);
          if (r.success && r.data && typeof r.data === 'object')
            for (const k of PROTO_KEYS) expect(Object.prototype.hasOwnProperty.call(r.data, k), `${name} kept ${k}`).toBe(false);
        }
      }),
      fuzz(200),
    );
  });
});

// Paths into a valid order where a hostile value is put.
const ORDER_PATHS = [
  ['orderNumber'],
  ['channel'],
  ['orderDate'],
  ['consignee'],
  ['consignee', 'name'],
  ['consignee', 'email'],
  ['consignee', 'country'],
  ['currency'],
  ['incoterm'],
  ['shippingMethod'],
  ['declaredTotal'],
  ['lines'],
  ['lines', 0],
  ['lines', 0, 'quantity'],
  ['lines', 0, 'unitPrice'],
  ['lines', 0, 'unit'],
  ['lines', 0, 'hsCode'],
  ['lines', 0, 'description'],
  ['__proto__'],
  ['consignee', 'constructor'],
  ['lines', 0, '__proto__'],
] as const;

function setPath(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  // defineProperty: a plain assignment to "__proto__" would change the prototype, not add a key.
  Object.defineProperty(at, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u202Eb',
    '<script>alert(1)</script>',
    "=cmd|' /C calc'!A0",
    '1e308',
    'NaN',
    '-0',
    '0x10',
    '١٢٣',
    '99999999999999999999',
    'x'.repeat(10_001),
  ),
);

describe('orderSchema', () => {
  it('never throws with a hostile value anywhere in a valid order; what it accepts it accepts again unchanged', () => {
    const valid = cleanOrder();
    fc.assert(
      fc.property(fc.constantFrom(...ORDER_PATHS), fc.oneof(anything, hostileText), (path, value) => {
        const r = orderSchema.safeParse(setPath(valid, path, value));
        if (r.success) {
          // Parsing is idempotent: the canonical order is a fixed point.
          const again = orderSchema.safeParse(r.data);
          expect(again.success).toBe(true);
          expect(again.data).toEqual(r.data);
          expect(Object.keys(r.data).sort()).toEqual(Object.keys(valid).sort());
        }
        notPolluted();
      }),
      fuzz(500),
    );
  });
});
