// A parcel's weights from its contents, and the check of what the scale says against them.
// Pure and exact: weights are decimal strings, quantities integer thousandths; no float anywhere,
// because a rounding drift on a customs document is a discrepancy an officer can act on.
import { canonical, dec } from './money';

export interface ParcelContent {
  /** Per unit, as decimal text; an empty text counts as 0 (a product without a weight yet). */
  netUnitKg: string;
  grossUnitKg: string;
  qtyMilli: number;
}

export interface ParcelWeights {
  netKg: string;
  /** Tare of the box plus the gross weight of every unit in it. */
  grossKg: string;
}

const weight = (text: string) => dec(text.trim() === '' ? '0' : text.trim());

export function lineWeights(c: ParcelContent): ParcelWeights {
  const qty = dec(String(c.qtyMilli)).dividedBy(1000);
  return { netKg: canonical(weight(c.netUnitKg).times(qty)), grossKg: canonical(weight(c.grossUnitKg).times(qty)) };
}

export function parcelWeights(tareKg: string, contents: readonly ParcelContent[]): ParcelWeights {
  let net = dec('0');
  let gross = weight(tareKg);
  for (const c of contents) {
    const w = lineWeights(c);
    net = net.plus(dec(w.netKg));
    gross = gross.plus(dec(w.grossKg));
  }
  return { netKg: canonical(net), grossKg: canonical(gross) };
}

export interface WeightCheck {
  ok: boolean;
  /** weighed - computed, signed. */
  differenceKg: string;
  /** The largest difference the tolerance allows. */
  allowedKg: string;
}

/** The weighed gross passes when it is within tolerancePercent of the computed gross (boundary included). */
export function checkWeighed(weighedKg: string, computedKg: string, tolerancePercent: string): WeightCheck {
  const diff = dec(weighedKg).minus(dec(computedKg));
  const allowed = dec(computedKg).times(dec(tolerancePercent)).dividedBy(100);
  return { ok: diff.abs().lte(allowed), differenceKg: canonical(diff), allowedKg: canonical(allowed) };
}

/** True when the gross weight goes over the box's limit (a limit of 0 means none). */
export function overMax(grossKg: string, maxKg: string): boolean {
  const max = weight(maxKg);
  return max.greaterThan(0) && dec(grossKg).greaterThan(max);
}

/** Two decimals for people ("1.85 kg"); the stored figures stay exact. */
export function showKg(kg: string): string {
  return canonical(kg, 2);
}
