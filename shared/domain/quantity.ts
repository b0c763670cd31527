// Stock quantities as exact integers of thousandths ("milli-units"): order lines allow three
// decimals, SQL can sum integers exactly, and no float ever touches a count.
import { dec } from './money';

export const MILLI = 1000;

/** "2.5" -> 2500. Throws on more than three decimals or anything that is not a plain decimal. */
export function toMilli(quantity: string): number {
  const text = quantity.trim();
  if (!/^-?\d+(\.\d{1,3})?$/.test(text)) throw new RangeError(`"${quantity}" is not a quantity with at most three decimals.`);
  const milli = dec(text).times(MILLI);
  if (!milli.abs().lte(Number.MAX_SAFE_INTEGER)) throw new RangeError(`"${quantity}" is too large.`);
  return milli.toNumber();
}

/** 2500 -> "2.5", 3000 -> "3": the shortest exact decimal text. */
export function fromMilli(milli: number): string {
  if (!Number.isSafeInteger(milli)) throw new RangeError(`${milli} is not a whole number of thousandths.`);
  return dec(String(milli)).dividedBy(MILLI).toFixed();
}
