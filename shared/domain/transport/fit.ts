// Whether a carrier's service can take an order: the destination is served, every closed parcel is
// within the weight and size limits, the order's value within the service's ceiling. Each refusal is
// an i18n key (transport.fit.*) with the figures, so the clerk reads why ("parcel 2 weighs 31.2 kg,
// the service takes 30 kg"). Exact decimals throughout; limits '' mean none.
import Decimal from 'decimal.js';
import { isDecimalString } from '../money';
import { coversCountry } from './countries';

export interface FitService {
  countries: readonly string[];
  maxParcelKg: string;
  maxValue: string;
  valueCurrency: string;
  maxLengthCm: string;
  maxLengthGirthCm: string;
  active: boolean;
  carrierActive: boolean;
}

export interface FitParcel {
  seq: number;
  grossKg: string;
  lengthCm: string;
  widthCm: string;
  heightCm: string;
}

export interface FitOrder {
  country: string;
  /** The order's value for the ceiling: its declared total, else its total. */
  value: string;
  currency: string;
  parcels: readonly FitParcel[];
}

export interface FitReason {
  key: string;
  params: Record<string, string | number>;
}

const limit = (v: string): Decimal | null => (v.trim() !== '' && isDecimalString(v.trim()) ? new Decimal(v.trim()) : null);
const num = (v: string): Decimal => (isDecimalString(v.trim()) ? new Decimal(v.trim()) : new Decimal(0));

/** Longest side, and length plus girth (the longest side + 2 x each of the other two). */
export function parcelMeasures(p: Pick<FitParcel, 'lengthCm' | 'widthCm' | 'heightCm'>): { longest: Decimal; lengthGirth: Decimal } {
  const sides = [num(p.lengthCm), num(p.widthCm), num(p.heightCm)].sort((a, b) => b.comparedTo(a));
  const [l, w, h] = sides as [Decimal, Decimal, Decimal];
  return { longest: l, lengthGirth: l.plus(w.times(2)).plus(h.times(2)) };
}

/** Every reason the service refuses the order; [] when it fits. */
export function serviceFit(service: FitService, order: FitOrder): FitReason[] {
  const reasons: FitReason[] = [];
  if (!service.carrierActive) reasons.push({ key: 'transport.fit.carrierInactive', params: {} });
  else if (!service.active) reasons.push({ key: 'transport.fit.inactive', params: {} });
  if (!coversCountry(service.countries, order.country)) {
    reasons.push({ key: 'transport.fit.country', params: { country: order.country, countries: service.countries.join(', ') } });
  }
  if (order.parcels.length === 0) reasons.push({ key: 'transport.fit.noParcels', params: {} });
  const maxKg = limit(service.maxParcelKg);
  const maxLength = limit(service.maxLengthCm);
  const maxLengthGirth = limit(service.maxLengthGirthCm);
  for (const p of order.parcels) {
    if (maxKg && num(p.grossKg).greaterThan(maxKg)) {
      reasons.push({ key: 'transport.fit.weight', params: { parcel: p.seq, kg: p.grossKg, max: maxKg.toString() } });
    }
    const m = parcelMeasures(p);
    if (maxLength && m.longest.greaterThan(maxLength)) {
      reasons.push({ key: 'transport.fit.length', params: { parcel: p.seq, cm: m.longest.toString(), max: maxLength.toString() } });
    }
    if (maxLengthGirth && m.lengthGirth.greaterThan(maxLengthGirth)) {
      reasons.push({ key: 'transport.fit.lengthGirth', params: { parcel: p.seq, cm: m.lengthGirth.toString(), max: maxLengthGirth.toString() } });
    }
  }
  const maxValue = limit(service.maxValue);
  if (maxValue) {
    const ceilingCurrency = service.valueCurrency.trim().toUpperCase();
    if (ceilingCurrency !== '' && ceilingCurrency !== order.currency.toUpperCase()) {
      // No exchange rate in the app: the clerk judges the value in the other currency.
      reasons.push({ key: 'transport.fit.valueCurrency', params: { currency: order.currency, limitCurrency: ceilingCurrency, max: maxValue.toString() } });
    } else if (num(order.value).greaterThan(maxValue)) {
      reasons.push({ key: 'transport.fit.value', params: { value: order.value, max: maxValue.toString(), currency: order.currency } });
    }
  }
  return reasons;
}

export type Departure = 'today' | 'nextWorkingDay';

/** 'HH:MM' (24 h), as services store their cut-off. */
export const CUTOFF_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * When a booking made at `localMinutes` past midnight on `weekday` (0 Sunday .. 6 Saturday, local)
 * leaves: the same day before the cut-off on a working day (Monday to Friday), else the next one.
 * No cut-off: every working-day booking leaves the same day.
 */
export function departureOf(cutoff: string, weekday: number, localMinutes: number): Departure {
  if (weekday === 0 || weekday === 6) return 'nextWorkingDay';
  if (!CUTOFF_PATTERN.test(cutoff)) return 'today';
  const [h, m] = cutoff.split(':').map(Number) as [number, number];
  return localMinutes < h * 60 + m ? 'today' : 'nextWorkingDay';
}
