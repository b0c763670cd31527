// A service fits an order when it serves the country and every closed parcel is within its limits;
// each refusal names the limit and the figures. The cut-off decides today or the next working day.
import { describe, expect, it } from 'vitest';
import { countriesFromText, coversCountry } from '../../../shared/domain/transport/countries';
import { type FitOrder, type FitService, departureOf, parcelMeasures, serviceFit } from '../../../shared/domain/transport/fit';

const service = (over: Partial<FitService> = {}): FitService => ({
  countries: ['*'],
  maxParcelKg: '',
  maxValue: '',
  valueCurrency: '',
  maxLengthCm: '',
  maxLengthGirthCm: '',
  active: true,
  carrierActive: true,
  ...over,
});
const order = (over: Partial<FitOrder> = {}): FitOrder => ({
  country: 'DE',
  value: '120.00',
  currency: 'EUR',
  parcels: [{ seq: 1, grossKg: '1.95', lengthCm: '30', widthCm: '20', heightCm: '10' }],
  ...over,
});
const keys = (s: FitService, o: FitOrder) => serviceFit(s, o).map((r) => r.key);

describe('serviceFit', () => {
  it('fits a service without limits that serves every country', () => {
    expect(serviceFit(service(), order())).toEqual([]);
  });

  it('serves a country listed, in the EU group, or by the star', () => {
    expect(coversCountry(['EU'], 'DE')).toBe(true);
    expect(coversCountry(['EU'], 'CH')).toBe(false);
    expect(coversCountry(['ES', 'PT'], 'pt')).toBe(true);
    expect(keys(service({ countries: ['ES', 'PT'] }), order())).toEqual(['transport.fit.country']);
    expect(countriesFromText('es, pt EU')).toEqual(['ES', 'PT', 'EU']);
    expect(countriesFromText('  ')).toEqual(['*']);
  });

  it('refuses a parcel over the weight limit, naming the parcel and both weights; exactly the limit fits', () => {
    const o = order({
      parcels: [
        { seq: 1, grossKg: '2', lengthCm: '30', widthCm: '20', heightCm: '10' },
        { seq: 2, grossKg: '2.001', lengthCm: '30', widthCm: '20', heightCm: '10' },
      ],
    });
    expect(serviceFit(service({ maxParcelKg: '2' }), o)).toEqual([{ key: 'transport.fit.weight', params: { parcel: 2, kg: '2.001', max: '2' } }]);
  });

  it('measures the longest side and length plus girth whatever way round the box was entered', () => {
    const m = parcelMeasures({ lengthCm: '20', widthCm: '60', heightCm: '10' });
    expect(m.longest.toString()).toBe('60');
    expect(m.lengthGirth.toString()).toBe('120'); // 60 + 2 x 20 + 2 x 10
    const o = order({ parcels: [{ seq: 1, grossKg: '1', lengthCm: '20', widthCm: '60', heightCm: '10' }] });
    expect(keys(service({ maxLengthCm: '59.9' }), o)).toEqual(['transport.fit.length']);
    expect(keys(service({ maxLengthGirthCm: '119' }), o)).toEqual(['transport.fit.lengthGirth']);
    expect(keys(service({ maxLengthCm: '60', maxLengthGirthCm: '120' }), o)).toEqual([]);
  });

  it('compares the value in the same currency, and says so when the currencies differ', () => {
    expect(serviceFit(service({ maxValue: '100', valueCurrency: 'EUR' }), order())).toEqual([
      { key: 'transport.fit.value', params: { value: '120.00', max: '100', currency: 'EUR' } },
    ]);
    expect(keys(service({ maxValue: '150', valueCurrency: 'EUR' }), order())).toEqual([]);
    expect(keys(service({ maxValue: '150', valueCurrency: 'USD' }), order())).toEqual(['transport.fit.valueCurrency']);
  });

  it('refuses an inactive service and an order without closed parcels', () => {
    expect(keys(service({ active: false }), order())).toEqual(['transport.fit.inactive']);
    expect(keys(service({ carrierActive: false }), order())).toEqual(['transport.fit.carrierInactive']);
    expect(keys(service(), order({ parcels: [] }))).toEqual(['transport.fit.noParcels']);
  });

  it('gives every reason at once', () => {
    const o = order({ country: 'US', parcels: [{ seq: 1, grossKg: '31', lengthCm: '160', widthCm: '10', heightCm: '10' }] });
    expect(keys(service({ countries: ['EU'], maxParcelKg: '30', maxLengthCm: '150' }), o)).toEqual([
      'transport.fit.country',
      'transport.fit.weight',
      'transport.fit.length',
    ]);
  });
});

describe('departureOf', () => {
  const TUESDAY = 2;
  it('leaves today before the cut-off on a working day, the next working day from the cut-off on', () => {
    expect(departureOf('17:00', TUESDAY, 16 * 60 + 59)).toBe('today');
    expect(departureOf('17:00', TUESDAY, 17 * 60)).toBe('nextWorkingDay');
  });
  it('leaves the next working day on a weekend, and today without a cut-off', () => {
    expect(departureOf('17:00', 6, 9 * 60)).toBe('nextWorkingDay');
    expect(departureOf('17:00', 0, 9 * 60)).toBe('nextWorkingDay');
    expect(departureOf('', TUESDAY, 23 * 60)).toBe('today');
  });
});
