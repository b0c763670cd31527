// Live totals while the user types: exact decimals, and nothing shown until the inputs are numbers.
import { isCurrencyCode } from '../../../../shared/domain/codes';
import { isDecimalString, lineTotal, sumMoney } from '../../../../shared/domain/money';

export function safeLineTotal(quantity: unknown, unitPrice: unknown, currency: unknown): string | undefined {
  if (typeof quantity !== 'string' || typeof unitPrice !== 'string' || typeof currency !== 'string') return undefined;
  const q = quantity.trim();
  const p = unitPrice.trim();
  if (!isDecimalString(q) || !isDecimalString(p) || !isCurrencyCode(currency)) return undefined;
  return lineTotal(q, p, currency);
}

export function safeOrderTotal(lines: { quantity?: unknown; unitPrice?: unknown }[] | undefined, currency: unknown): string | undefined {
  if (!lines || typeof currency !== 'string') return undefined;
  const totals: string[] = [];
  for (const line of lines) {
    const total = safeLineTotal(line.quantity, line.unitPrice, currency);
    if (total === undefined) return undefined;
    totals.push(total);
  }
  return sumMoney(totals, currency);
}
