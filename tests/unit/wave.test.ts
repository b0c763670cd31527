// The pure rules of wave planning: names, walking order and the spreading of a line over bins.
import { describe, expect, it } from 'vitest';
import {
  type BinSlot,
  allocate,
  byWalk,
  comparePickLines,
  composeShortReason,
  containerLabel,
  pickListNumber,
  splitShortReason,
} from '../../shared/domain/wave';

const bins = (): BinSlot[] =>
  [
    { locationId: 1, binCode: 'B-01', walkOrder: 20, free: 3000 },
    { locationId: 2, binCode: 'A-01', walkOrder: 10, free: 2000 },
    { locationId: 3, binCode: 'A-02', walkOrder: 10, free: 5000 },
  ].sort(byWalk);

describe('wave rules', () => {
  it('names lists and containers', () => {
    expect(pickListNumber(12)).toBe('PL-000012');
    expect(containerLabel('PL-000012', 0)).toBe('PL-000012-01');
    expect(containerLabel('PL-000012', 104)).toBe('PL-000012-105');
  });

  it('walks bins by walk order, then bin code', () => {
    expect(bins().map((b) => b.binCode)).toEqual(['A-01', 'A-02', 'B-01']);
  });

  it('takes from the first bins in walking order, splitting when one is not enough', () => {
    const slots = bins();
    expect(allocate(4000, slots)).toEqual([
      { locationId: 2, qtyMilli: 2000 },
      { locationId: 3, qtyMilli: 2000 },
    ]);
    expect(slots.map((b) => b.free)).toEqual([0, 3000, 3000]);
  });

  it('allocates nothing, and changes nothing, when the bins hold too little', () => {
    const slots = bins();
    expect(allocate(10_001, slots)).toBeNull();
    expect(slots.map((b) => b.free)).toEqual([2000, 5000, 3000]);
    expect(allocate(0, slots)).toBeNull();
  });

  it('skips bins whose stock other lists already claim', () => {
    const slots = bins();
    slots[0]!.free = -500;
    expect(allocate(1000, slots)).toEqual([{ locationId: 3, qtyMilli: 1000 }]);
  });

  it('sorts pick lines by walk, bin, product, then order', () => {
    const l = (walkOrder: number, binCode: string, sku: string, orderNumber: string) => ({ walkOrder, binCode, sku, orderNumber, lineNo: 1 });
    const sorted = [l(20, 'B', 'S1', 'O1'), l(10, 'A', 'S2', 'O1'), l(10, 'A', 'S1', 'O2'), l(10, 'A', 'S1', 'O1')].sort(comparePickLines);
    expect(sorted.map((x) => `${x.binCode}/${x.sku}/${x.orderNumber}`)).toEqual(['A/S1/O1', 'A/S1/O2', 'A/S2/O1', 'B/S1/O1']);
  });

  it("keeps the short reason code apart from the picker's words", () => {
    expect(composeShortReason('damaged', ' box crushed ')).toBe('damaged: box crushed');
    expect(composeShortReason('notFound', '')).toBe('notFound');
    expect(splitShortReason('damaged: box crushed')).toEqual({ code: 'damaged', note: 'box crushed' });
    expect(splitShortReason('wrongItem')).toEqual({ code: 'wrongItem', note: '' });
    expect(splitShortReason('the shelf fell')).toEqual({ note: 'the shelf fell' });
  });
});
