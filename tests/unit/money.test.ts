import { describe, expect, it } from 'vitest';
import { canonical, compareDecimal, decimalPlaces, formatMoney, isDecimalString, isPositive, lineTotal, sumMoney } from '../../shared/domain/money';

describe('money: exact arithmetic', () => {
  it('adds the classic float traps exactly', () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the trap this module exists to avoid
    expect(sumMoney(['0.1', '0.2'], 'USD')).toBe('0.30');
    expect(compareDecimal(sumMoney(['0.1', '0.2'], 'USD'), '0.3')).toBe(0);
    expect(sumMoney(['1.1', '2.2'], 'EUR')).toBe('3.30');
    expect(sumMoney(['0.7', '0.1'], 'EUR')).toBe('0.80');
  });

  it('multiplies quantity by unit price exactly', () => {
    expect(lineTotal('3', '19.99', 'EUR')).toBe('59.97');
    expect(lineTotal('1.5', '0.10', 'USD')).toBe('0.15');
    expect(lineTotal('10', '1.005', 'KWD')).toBe('10.050');
    expect(lineTotal('2.125', '4', 'EUR')).toBe('8.50');
  });

  it('rounds half-up to the currency minor unit: EUR 2, JPY 0, KWD 3', () => {
    // 3 x 0.335 = 1.005 exactly; a float gives 1.0049999... and would round down.
    expect(lineTotal('3', '0.335', 'EUR')).toBe('1.01');
    expect(lineTotal('1', '0.005', 'EUR')).toBe('0.01');
    expect(lineTotal('1', '0.0049', 'EUR')).toBe('0.00');
    // JPY has no minor unit; 2.5 goes up (half-up, not banker's rounding which would give 2).
    expect(lineTotal('1', '2.5', 'JPY')).toBe('3');
    expect(lineTotal('3', '0.5', 'JPY')).toBe('2');
    expect(lineTotal('1', '2.49', 'JPY')).toBe('2');
    expect(lineTotal('3', '1280', 'JPY')).toBe('3840');
    // KWD has three decimals.
    expect(lineTotal('1', '0.0005', 'KWD')).toBe('0.001');
    expect(lineTotal('1', '1.2344', 'KWD')).toBe('1.234');
    expect(lineTotal('1', '1.2345', 'KWD')).toBe('1.235');
  });

  it('sums many values to the exact expected figure', () => {
    expect(
      sumMoney(
        Array.from({ length: 10_000 }, () => '0.01'),
        'EUR',
      ),
    ).toBe('100.00');
    expect(
      sumMoney(
        Array.from({ length: 1_000 }, () => '19.99'),
        'USD',
      ),
    ).toBe('19990.00');
    // The float sum of the same values drifts; the exact sum does not.
    const values = Array.from({ length: 1_000 }, (_, i) => `${i}.${String(i % 100).padStart(2, '0')}`);
    const expected = values.reduce((cents, v) => cents + BigInt(v.replace('.', '')), 0n);
    expect(sumMoney(values, 'EUR')).toBe(`${expected / 100n}.${String(expected % 100n).padStart(2, '0')}`);
    expect(sumMoney([], 'JPY')).toBe('0');
    expect(sumMoney(['999999999999999.99', '0.01'], 'USD')).toBe('1000000000000000.00');
  });

  it('compares and tests sign exactly', () => {
    expect(compareDecimal('10.00', '10')).toBe(0);
    expect(compareDecimal('100', '99.999999')).toBe(1);
    expect(compareDecimal('0.000001', '0.000002')).toBe(-1);
    expect(isPositive('0.000001')).toBe(true);
    expect(isPositive('0')).toBe(false);
    expect(isPositive('-1')).toBe(false);
    expect(isPositive('abc')).toBe(false);
  });

  it('writes canonical decimals without exponents', () => {
    expect(canonical('1e-7')).toBe('0.0000001');
    expect(canonical('12345678901234567890')).toBe('12345678901234567890');
    expect(canonical('1.5', 2)).toBe('1.50');
    expect(decimalPlaces('1.50')).toBe(2);
    expect(decimalPlaces('12')).toBe(0);
  });
});

describe('money: formatting', () => {
  it('formats a 14-digit amount with every digit intact', () => {
    expect(formatMoney('12345678901234.56', 'USD', 'en-US')).toBe('$12,345,678,901,234.56');
    // As a float this number is 12345678901234.559..., so the digits prove no float was involved.
    expect(formatMoney('99999999999999.99', 'USD', 'en-US')).toBe('$99,999,999,999,999.99');
  });

  it('uses the currency digits and rounds half-up before display', () => {
    expect(formatMoney('1234', 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatMoney('1234.5', 'JPY', 'en-US')).toBe('¥1,235');
    expect(formatMoney('0.005', 'EUR', 'en-US')).toBe('€0.01');
    expect(formatMoney('1.2345', 'KWD', 'en-US').replace(/\u00a0/g, ' ')).toBe('KWD 1.235');
  });
});

describe('isDecimalString', () => {
  it.each(['0', '12', '12.50', '-3.5', '0.000001', '123456789012345.123456'])('accepts %j', (v) => {
    expect(isDecimalString(v)).toBe(true);
  });

  it.each(['1e5', 'NaN', '', '1,5', ' ', '--1', 'Infinity', '1.', '.5', '+1', '1 000', '0x10', '1.1234567', '1234567890123456'])('rejects %j', (v) => {
    expect(isDecimalString(v)).toBe(false);
  });
});
