// The scanner state machine at one pick line: every path, then random scan sequences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ScanLine, type ScanState, START, scan, typeQuantity } from '../../shared/domain/scan';
import { fuzz } from '../hostile/fuzz';

const line: ScanLine = { binCode: 'A-01-02', productCodes: ['SKU-00001', '4006381333931'], container: 'PL-000001-01', remainingMilli: 2000 };
const known = (code: string) => ['A-01-01', 'A-01-02', 'SKU-00001', 'SKU-00002', '4006381333931', 'PL-000001-01', 'PL-000001-02'].includes(code);

function run(codes: string[], from: ScanState = START) {
  let state = from;
  const results = codes.map((c) => {
    const r = scan(line, state, c, known);
    state = r.state;
    return r.accepted ? 'ok' : r.reason;
  });
  return { state, results };
}

describe('scan', () => {
  it('walks bin, product (one unit a scan, SKU or GTIN), container', () => {
    const { state, results } = run(['A-01-02', 'SKU-00001', '4006381333931', 'PL-000001-01']);
    expect(results).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(state).toEqual({ expecting: 'done', countedMilli: 2000 });
  });

  it('says what comes next after each scan', () => {
    expect(scan(line, START, 'A-01-02').state.expecting).toBe('product');
    expect(scan(line, { expecting: 'product', countedMilli: 0 }, 'SKU-00001').state).toEqual({ expecting: 'product', countedMilli: 1000 });
    expect(scan(line, { expecting: 'product', countedMilli: 1000 }, 'SKU-00001').state).toEqual({ expecting: 'container', countedMilli: 2000 });
  });

  it('ignores case and surrounding spaces, as scanners and keyboards differ', () => {
    expect(run([' a-01-02 ', 'sku-00001\t', 'pl-000001-01']).results).toEqual(['ok', 'ok', 'ok']);
  });

  it('refuses a wrong bin, and an unknown code, leaving the state as it was', () => {
    expect(run(['A-01-01']).results).toEqual(['wrongBin']);
    expect(run(['SKU-00001']).results).toEqual(['wrongBin']);
    expect(run(['XYZ']).results).toEqual(['unknownCode']);
    expect(run(['XYZ']).state).toEqual(START);
    // Without a list to look codes up in, every wrong code is wrong for what was expected.
    expect(scan(line, START, 'XYZ')).toMatchObject({ accepted: false, reason: 'wrongBin' });
  });

  it('refuses a wrong product, and the container before anything is counted', () => {
    expect(run(['A-01-02', 'SKU-00002']).results).toEqual(['ok', 'wrongProduct']);
    expect(run(['A-01-02', 'PL-000001-01']).results).toEqual(['ok', 'wrongProduct']);
    expect(run(['A-01-02', 'nonsense']).results).toEqual(['ok', 'unknownCode']);
  });

  it('refuses one unit too many', () => {
    const { state, results } = run(['A-01-02', 'SKU-00001', 'SKU-00001', 'SKU-00001']);
    expect(results).toEqual(['ok', 'ok', 'ok', 'tooMany']);
    expect(state.countedMilli).toBe(2000);
  });

  it('refuses a wrong container, and accepts the right one after a partial count', () => {
    expect(run(['A-01-02', 'SKU-00001', 'SKU-00001', 'PL-000001-02']).results).toEqual(['ok', 'ok', 'ok', 'wrongContainer']);
    const partial = run(['A-01-02', 'SKU-00001', 'PL-000001-01']);
    expect(partial.results).toEqual(['ok', 'ok', 'ok']);
    expect(partial.state).toEqual({ expecting: 'done', countedMilli: 1000 });
  });

  it('refuses every scan once the line is finished', () => {
    expect(scan(line, { expecting: 'done', countedMilli: 2000 }, 'A-01-02')).toMatchObject({ accepted: false, reason: 'finished' });
  });

  it('never counts a product scan when the line has less than one unit left', () => {
    const half = { ...line, remainingMilli: 500 };
    expect(scan(half, { expecting: 'product', countedMilli: 0 }, 'SKU-00001')).toMatchObject({ accepted: false, reason: 'tooMany' });
  });
});

describe('typeQuantity', () => {
  const product: ScanState = { expecting: 'product', countedMilli: 0 };
  it('takes a typed quantity after the bin, up to what is left', () => {
    expect(typeQuantity(line, product, 1500)).toEqual({ accepted: true, state: { expecting: 'container', countedMilli: 1500 } });
    expect(typeQuantity(line, product, 2001)).toMatchObject({ accepted: false, reason: 'tooMany' });
    expect(typeQuantity(line, product, 0)).toMatchObject({ accepted: false, reason: 'badQuantity' });
    expect(typeQuantity(line, product, 1.5)).toMatchObject({ accepted: false, reason: 'badQuantity' });
  });
  it('wants the bin scanned first, and nothing once finished', () => {
    expect(typeQuantity(line, START, 1000)).toMatchObject({ accepted: false, reason: 'wrongBin' });
    expect(typeQuantity(line, { expecting: 'done', countedMilli: 1000 }, 1000)).toMatchObject({ accepted: false, reason: 'finished' });
  });
});

describe('random scan sequences', () => {
  const codes = ['A-01-01', 'A-01-02', 'SKU-00001', 'SKU-00002', '4006381333931', 'PL-000001-01', 'PL-000001-02', 'junk', ''];
  const step = fc.oneof(
    fc.constantFrom(...codes).map((c) => ({ code: c })),
    fc.integer({ min: -1000, max: 6000 }).map((q) => ({ qty: q })),
  );

  it('never count beyond the line and never accept a code that is not the one expected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.array(step, { maxLength: 40 }), (remainingMilli, steps) => {
        const l = { ...line, remainingMilli };
        let state = START;
        for (const s of steps) {
          const before = state;
          const r = 'code' in s ? scan(l, state, s.code, known) : typeQuantity(l, state, s.qty);
          expect(r.state.countedMilli).toBeLessThanOrEqual(remainingMilli);
          if (!r.accepted) expect(r.state).toEqual(before);
          if (r.accepted && 'code' in s) {
            const ok =
              before.expecting === 'bin' ? s.code === l.binCode : l.productCodes.includes(s.code) || (s.code === l.container && before.countedMilli > 0);
            expect(ok).toBe(true);
          }
          state = r.state;
        }
        if (state.expecting === 'done') expect(state.countedMilli).toBeGreaterThan(0);
      }),
      fuzz(500),
    );
  });
});
