// The keyboard-wedge scanner at one pick line, as a pure state machine: bin, then product (one
// unit per scan, or a typed quantity), then container. Main re-checks everything on the pick; this
// exists so the picker hears a wrong scan at once, before anything is sent.
import { MILLI } from './quantity';

export type Expectation = 'bin' | 'product' | 'container' | 'done';
export type ScanReason = 'wrongBin' | 'wrongProduct' | 'tooMany' | 'wrongContainer' | 'unknownCode' | 'badQuantity' | 'finished';

export interface ScanLine {
  binCode: string;
  /** The codes that name the product: its SKU and, when it has one, its GTIN. */
  productCodes: string[];
  container: string;
  /** What is still to pick on this line, in thousandths. */
  remainingMilli: number;
}

export interface ScanState {
  expecting: Expectation;
  /** Counted into the picker's hand so far, in thousandths. */
  countedMilli: number;
}

export type ScanResult = { accepted: true; state: ScanState } | { accepted: false; reason: ScanReason; state: ScanState };

/** Is a code known anywhere on this pick list? Codes it does not know are 'unknownCode'. */
export type KnownCode = (code: string) => boolean;

export const START: ScanState = { expecting: 'bin', countedMilli: 0 };

/** Scanners and keyboards differ in case and trailing spaces; a code is the same code regardless. */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

const same = (a: string, b: string) => normaliseCode(a) === normaliseCode(b);

function isProduct(line: ScanLine, code: string): boolean {
  return line.productCodes.some((c) => c.trim() !== '' && same(c, code));
}

function refuse(state: ScanState, reason: ScanReason): ScanResult {
  return { accepted: false, reason, state };
}

/** A wrong scan: 'unknownCode' when the code is nowhere on the list, else wrong for what was expected. */
function wrong(line: ScanLine, state: ScanState, code: string, known: KnownCode | undefined, reason: ScanReason): ScanResult {
  const ofThisLine = same(code, line.binCode) || same(code, line.container) || isProduct(line, code);
  if (!ofThisLine && known && !known(normaliseCode(code))) return refuse(state, 'unknownCode');
  return refuse(state, reason);
}

export function scan(line: ScanLine, state: ScanState, code: string, known?: KnownCode): ScanResult {
  switch (state.expecting) {
    case 'done':
      return refuse(state, 'finished');
    case 'bin':
      if (same(code, line.binCode)) return { accepted: true, state: { expecting: 'product', countedMilli: 0 } };
      return wrong(line, state, code, known, 'wrongBin');
    case 'product':
    case 'container': {
      if (isProduct(line, code)) {
        const counted = state.countedMilli + MILLI;
        if (counted > line.remainingMilli) return refuse(state, 'tooMany');
        return { accepted: true, state: { expecting: counted === line.remainingMilli ? 'container' : 'product', countedMilli: counted } };
      }
      // A container closes the count: fewer than the line asks is a partial pick, the rest stays open.
      if (same(code, line.container) && state.countedMilli > 0) return { accepted: true, state: { expecting: 'done', countedMilli: state.countedMilli } };
      return wrong(line, state, code, known, state.expecting === 'container' ? 'wrongContainer' : 'wrongProduct');
    }
  }
}

/** The picker types how many instead of scanning each unit (cartons, kilograms, fractions). */
export function typeQuantity(line: ScanLine, state: ScanState, qtyMilli: number): ScanResult {
  if (state.expecting !== 'product' && state.expecting !== 'container') return refuse(state, state.expecting === 'done' ? 'finished' : 'wrongBin');
  if (!Number.isSafeInteger(qtyMilli) || qtyMilli <= 0) return refuse(state, 'badQuantity');
  if (qtyMilli > line.remainingMilli) return refuse(state, 'tooMany');
  return { accepted: true, state: { expecting: 'container', countedMilli: qtyMilli } };
}
