// Parcel weights are exact decimals, and the scale check's boundary is inclusive.
import { describe, expect, it } from 'vitest';
import { checkWeighed, lineWeights, overMax, parcelWeights, showKg } from '../../shared/domain/parcelWeight';
import { presetSchema, toleranceSchema } from '../../shared/schemas/packing';

describe('parcelWeights', () => {
  it('adds tare and gross per unit times quantity, exactly', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; here it must be 0.3.
    const w = parcelWeights('0.1', [
      { netUnitKg: '0.1', grossUnitKg: '0.2', qtyMilli: 1000 },
      { netUnitKg: '0.07', grossUnitKg: '0.09', qtyMilli: 3000 },
    ]);
    expect(w).toEqual({ netKg: '0.31', grossKg: '0.57' });
    expect(parcelWeights('0.15', [])).toEqual({ netKg: '0', grossKg: '0.15' });
  });

  it('handles fractional quantities and missing unit weights', () => {
    expect(lineWeights({ netUnitKg: '1.25', grossUnitKg: '', qtyMilli: 2500 })).toEqual({ netKg: '3.125', grossKg: '0' });
    expect(parcelWeights('0', [{ netUnitKg: '0.333333', grossUnitKg: '0.333334', qtyMilli: 3000 }])).toEqual({ netKg: '0.999999', grossKg: '1.000002' });
  });
});

describe('checkWeighed', () => {
  it('accepts exactly at the tolerance and refuses just past it, both ways', () => {
    expect(checkWeighed('1.1', '1', '10')).toEqual({ ok: true, differenceKg: '0.1', allowedKg: '0.1' });
    expect(checkWeighed('0.9', '1', '10').ok).toBe(true);
    expect(checkWeighed('1.100001', '1', '10').ok).toBe(false);
    expect(checkWeighed('0.899999', '1', '10').ok).toBe(false);
  });

  it('with zero tolerance only the exact figure passes', () => {
    expect(checkWeighed('1.85', '1.85', '0').ok).toBe(true);
    expect(checkWeighed('1.851', '1.85', '0').ok).toBe(false);
  });

  it('the example from the bench: 2.40 against 1.85 at 10% is refused', () => {
    const c = checkWeighed('2.4', '1.85', '10');
    expect(c).toEqual({ ok: false, differenceKg: '0.55', allowedKg: '0.185' });
    expect(showKg('2.4')).toBe('2.40');
  });
});

describe('overMax and the schemas', () => {
  it('a parcel may reach its limit but not pass it', () => {
    expect(overMax('5', '5')).toBe(false);
    expect(overMax('5.001', '5')).toBe(true);
    expect(overMax('99', '0')).toBe(false);
  });

  it('validates presets and the tolerance with app codes', () => {
    const ok = presetSchema.safeParse({ name: 'Box', lengthCm: '30', widthCm: '20', heightCm: '10', tareKg: '0.15', maxKg: '5' });
    expect(ok.success).toBe(true);
    const bad = presetSchema.safeParse({ name: 'Box', lengthCm: '0', widthCm: '2,5', heightCm: '10', tareKg: '6', maxKg: '5' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['lengthCm', 'packing.validation.positive'],
      ['widthCm', 'validation.decimal'],
      ['maxKg', 'packing.validation.tareOverMax'],
    ]);
    const tare = presetSchema.safeParse({ name: 'Box', lengthCm: '1', widthCm: '1', heightCm: '1', tareKg: '6', maxKg: '5' });
    expect(tare.error!.issues.map((i) => i.message)).toEqual(['packing.validation.tareOverMax']);
    expect(toleranceSchema.safeParse({ tolerancePercent: '50' }).success).toBe(true);
    expect(toleranceSchema.safeParse({ tolerancePercent: '50.01' }).success).toBe(false);
    expect(toleranceSchema.safeParse({ tolerancePercent: '-1' }).success).toBe(false);
  });
});
