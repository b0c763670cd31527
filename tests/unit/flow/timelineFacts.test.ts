// The facts a timeline line shows, read from what each area writes in its audit entries.
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../electron/core/flow/timelineFacts';

describe('factsOf', () => {
  it('names a customs paper by type, number and version', () => {
    expect(factsOf({ documentId: 4, type: 'invoice', number: 'INV-2026-0004', version: 2, overrides: [] })).toEqual([
      { key: 'documentType', value: 'invoice' },
      { key: 'document', value: 'INV-2026-0004 v2' },
    ]);
  });

  it('keeps the cause of a return apart from a typed reason, as a code the screen words', () => {
    expect(factsOf({ returnId: 3, cause: 'customsRejected', note: '' })).toEqual([{ key: 'cause', value: 'customsRejected' }]);
    expect(factsOf({ type: 'declaration' })).toEqual([{ key: 'documentType', value: 'declaration' }]);
  });

  it('reads a reason, a waybill list, a reference and a shortage, each once', () => {
    expect(factsOf({ reason: 'Address to check', holdReason: 'other' })).toEqual([{ key: 'reason', value: 'Address to check' }]);
    expect(factsOf({ numbers: ['RR1', 'RR2'] })).toEqual([{ key: 'waybill', value: 'RR1, RR2' }]);
    expect(factsOf({ customsReference: '26ES1' })).toEqual([{ key: 'reference', value: '26ES1' }]);
    expect(factsOf({ shortage: [{ sku: 'A' }, { sku: 'B' }] })).toEqual([{ key: 'shortage', value: 'A, B' }]);
  });

  it('cuts a long value short and ignores what is not a plain record', () => {
    const [fact] = factsOf({ reason: 'x'.repeat(500) });
    expect(fact!.value).toHaveLength(120);
    expect(fact!.value.endsWith('…')).toBe(true);
    expect(factsOf(null)).toEqual([]);
    expect(factsOf(['reason'])).toEqual([]);
    expect(factsOf({ reason: '   ', parcels: 2 })).toEqual([{ key: 'parcels', value: '2' }]);
  });
});
