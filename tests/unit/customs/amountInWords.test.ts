// Amounts in words as invoices and contracts print them: exact, in English and Spanish, with the
// currency's name, its plural and (in Spanish) its gender.
import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../../shared/domain/amountInWords';

const FIFTEEN = '999999999999999.99';

describe('amount in words, English', () => {
  it.each([
    ['0', 'zero euros'],
    ['1', 'one euro'],
    ['21', 'twenty-one euros'],
    ['100', 'one hundred euros'],
    ['101', 'one hundred one euros'],
    ['1000', 'one thousand euros'],
    ['1001', 'one thousand one euros'],
    ['21000', 'twenty-one thousand euros'],
    ['1000000', 'one million euros'],
    ['2000000.50', 'two million euros and fifty cents'],
    ['0.01', 'zero euros and one cent'],
    ['1234.56', 'one thousand two hundred thirty-four euros and fifty-six cents'],
    ['1000000000', 'one billion euros'],
    [
      FIFTEEN,
      'nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine euros and ninety-nine cents',
    ],
  ])('EUR %s', (value, words) => {
    expect(amountInWords(value, 'EUR', 'en')).toBe(words);
  });

  it('has no cents part for currencies without a minor unit', () => {
    expect(amountInWords('1500', 'JPY', 'en')).toBe('one thousand five hundred yen');
    expect(amountInWords('1500.4', 'JPY', 'en')).toBe('one thousand five hundred yen');
    expect(amountInWords('1', 'KRW', 'en')).toBe('one South Korean won');
  });

  it('says the singular for one and the plural otherwise', () => {
    expect(amountInWords('1', 'USD', 'en')).toBe('one US dollar');
    expect(amountInWords('2.01', 'USD', 'en')).toBe('two US dollars and one cent');
    expect(amountInWords('1.01', 'GBP', 'en')).toBe('one pound sterling and one penny');
    expect(amountInWords('3.02', 'GBP', 'en')).toBe('three pounds sterling and two pence');
    expect(amountInWords('2', 'BRL', 'en')).toBe('two Brazilian reais');
  });

  it('rounds half-up to the minor unit, exactly', () => {
    expect(amountInWords('1.005', 'EUR', 'en')).toBe('one euro and one cent');
    expect(amountInWords('0.5', 'JPY', 'en')).toBe('one yen');
    expect(amountInWords('0.994999', 'EUR', 'en')).toBe('zero euros and ninety-nine cents');
  });

  it('prints the code and the cents as a fraction for a currency it cannot name', () => {
    expect(amountInWords('10.5', 'SEK', 'en')).toBe('ten SEK and 50/100');
    expect(amountInWords('1.5', 'KWD', 'en')).toBe('one KWD and 500/1000');
    expect(amountInWords('7', 'SEK', 'en')).toBe('seven SEK');
  });

  it('says minus for a negative amount and refuses what is not a decimal', () => {
    expect(amountInWords('-5', 'EUR', 'en')).toBe('minus five euros');
    expect(amountInWords('-0.001', 'EUR', 'en')).toBe('zero euros');
    for (const bad of ['', '1e5', '12,50', 'abc', '1.2.3', '1000000000000000000']) expect(() => amountInWords(bad, 'EUR', 'en')).toThrow();
  });
});

describe('amount in words, Spanish', () => {
  it.each([
    ['0', 'cero euros'],
    ['1', 'un euro'],
    ['21', 'veintiún euros'],
    ['100', 'cien euros'],
    ['101', 'ciento un euros'],
    ['1000', 'mil euros'],
    ['1001', 'mil un euros'],
    ['21000', 'veintiún mil euros'],
    ['1000000', 'un millón de euros'],
    ['2000000.50', 'dos millones de euros con cincuenta céntimos'],
    ['0.01', 'cero euros con un céntimo'],
    ['1234.56', 'mil doscientos treinta y cuatro euros con cincuenta y seis céntimos'],
    ['16.22', 'dieciséis euros con veintidós céntimos'],
    ['31.21', 'treinta y un euros con veintiún céntimos'],
    ['1000001', 'un millón un euros'],
    ['1200000', 'un millón doscientos mil euros'],
    ['1000000000', 'mil millones de euros'],
    ['21000000000', 'veintiún mil millones de euros'],
    [
      FIFTEEN,
      'novecientos noventa y nueve billones novecientos noventa y nueve mil novecientos noventa y nueve millones novecientos noventa y nueve mil novecientos noventa y nueve euros con noventa y nueve céntimos',
    ],
    [
      '123456789012345',
      'ciento veintitrés billones cuatrocientos cincuenta y seis mil setecientos ochenta y nueve millones doce mil trescientos cuarenta y cinco euros',
    ],
  ])('EUR %s', (value, words) => {
    expect(amountInWords(value, 'EUR', 'es')).toBe(words);
  });

  it('agrees with a feminine currency below a million, and counts millions in the masculine', () => {
    expect(amountInWords('1', 'GBP', 'es')).toBe('una libra esterlina');
    expect(amountInWords('21', 'GBP', 'es')).toBe('veintiuna libras esterlinas');
    expect(amountInWords('31', 'GBP', 'es')).toBe('treinta y una libras esterlinas');
    expect(amountInWords('201000', 'GBP', 'es')).toBe('doscientas una mil libras esterlinas');
    expect(amountInWords('500', 'GBP', 'es')).toBe('quinientas libras esterlinas');
    expect(amountInWords('21000000', 'GBP', 'es')).toBe('veintiún millones de libras esterlinas');
    expect(amountInWords('1.01', 'GBP', 'es')).toBe('una libra esterlina con un penique');
  });

  it('names the currencies in Spanish, singular and plural', () => {
    expect(amountInWords('1', 'USD', 'es')).toBe('un dólar estadounidense');
    expect(amountInWords('2', 'USD', 'es')).toBe('dos dólares estadounidenses');
    expect(amountInWords('1500', 'JPY', 'es')).toBe('mil quinientos yenes');
    expect(amountInWords('101.10', 'MXN', 'es')).toBe('ciento un pesos mexicanos con diez centavos');
    expect(amountInWords('2', 'PEN', 'es')).toBe('dos soles');
    expect(amountInWords('1000000', 'CLP', 'es')).toBe('un millón de pesos chilenos');
  });

  it('prints the code for a currency it cannot name', () => {
    expect(amountInWords('21.5', 'SEK', 'es')).toBe('veintiún SEK con 50/100');
  });
});
