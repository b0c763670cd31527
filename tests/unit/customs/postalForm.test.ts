// CN 22 or CN 23: the most specific postal form rule, its threshold in the consignment's currency
// and its weight limit decide, compared as exact decimals.
import { describe, expect, it } from 'vitest';
import { choosePostalForm } from '../../../shared/domain/customs/postalForm';
import type { DestinationRule } from '../../../shared/schemas/customs/rules';

const rule = (id: number, countries: string[], cn22Max: { currency: string; maxValue: string }[], over: Partial<DestinationRule> = {}): DestinationRule => ({
  id,
  countries,
  methods: ['postal'],
  documents: ['postal'],
  params: { kind: 'postalForm', cn22Max, cn22MaxKg: '2' },
  source: 'UPU Convention',
  sourceDate: '2018-01-01',
  note: '',
  active: true,
  ...over,
});

const world = rule(
  1,
  ['*'],
  [
    { currency: 'XDR', maxValue: '300' },
    { currency: 'EUR', maxValue: '300' },
  ],
);
const us = rule(2, ['US'], [{ currency: 'USD', maxValue: '400' }]);
const rules = [world, us];
const consignment = { country: 'DE', method: 'postal', currency: 'EUR', goodsValue: '100', grossKg: '1.5' };

describe('choosePostalForm', () => {
  it('CN 22 when the value and the weight are within the limits', () => {
    expect(choosePostalForm(rules, consignment)).toEqual({
      form: 'CN22',
      ruleId: 1,
      reason: { code: 'customsProblems.postalReason.withinLimits', params: { currency: 'EUR', maxValue: '300', maxKg: '2', value: '100', kg: '1.5' } },
    });
  });

  it('CN 22 exactly at the value threshold and exactly at the weight limit, written either way', () => {
    expect(choosePostalForm(rules, { ...consignment, goodsValue: '300', grossKg: '2' }).form).toBe('CN22');
    expect(choosePostalForm(rules, { ...consignment, goodsValue: '300.00', grossKg: '2.000' }).form).toBe('CN22');
  });

  it('CN 23 a cent over the value threshold', () => {
    expect(choosePostalForm(rules, { ...consignment, goodsValue: '300.01' })).toMatchObject({
      form: 'CN23',
      ruleId: 1,
      reason: { code: 'customsProblems.postalReason.overValue', params: { value: '300.01', maxValue: '300', currency: 'EUR' } },
    });
  });

  it('CN 23 a gram over the weight limit', () => {
    expect(choosePostalForm(rules, { ...consignment, grossKg: '2.001' })).toMatchObject({
      form: 'CN23',
      reason: { code: 'customsProblems.postalReason.overWeight', params: { kg: '2.001', maxKg: '2' } },
    });
  });

  it('compares as decimals, not as text or floats', () => {
    // As text "99.9" > "300"; as floats a long decimal could round to the threshold.
    expect(choosePostalForm(rules, { ...consignment, goodsValue: '99.9' }).form).toBe('CN22');
    expect(choosePostalForm(rules, { ...consignment, goodsValue: '300.000001' }).form).toBe('CN23');
  });

  it('CN 23 when the rule has no threshold in the consignment currency, saying which it has', () => {
    expect(choosePostalForm(rules, { ...consignment, currency: 'GBP' })).toMatchObject({
      form: 'CN23',
      ruleId: 1,
      reason: { code: 'customsProblems.postalReason.noThreshold', params: { currency: 'GBP', currencies: 'XDR, EUR' } },
    });
  });

  it('CN 23 when no rule covers the country and method', () => {
    expect(choosePostalForm([us], consignment)).toEqual({ form: 'CN23', reason: { code: 'customsProblems.postalReason.noRule', params: { country: 'DE' } } });
    expect(choosePostalForm(rules, { ...consignment, method: 'express' })).toMatchObject({
      form: 'CN23',
      reason: { code: 'customsProblems.postalReason.noRule' },
    });
  });

  it('the most specific rule wins: the country rule for the US', () => {
    expect(choosePostalForm(rules, { ...consignment, country: 'US', currency: 'USD', goodsValue: '399.99' })).toMatchObject({ form: 'CN22', ruleId: 2 });
    // The US rule has no EUR threshold, and the world rule's does not apply to the US any more.
    expect(choosePostalForm(rules, { ...consignment, country: 'US' })).toMatchObject({
      form: 'CN23',
      ruleId: 2,
      reason: { code: 'customsProblems.postalReason.noThreshold' },
    });
  });

  it('an EU rule beats a world rule for a member state, not for others', () => {
    const eu = rule(3, ['EU'], [{ currency: 'EUR', maxValue: '150' }]);
    expect(choosePostalForm([world, eu], { ...consignment, goodsValue: '200' })).toMatchObject({ form: 'CN23', ruleId: 3 });
    expect(choosePostalForm([world, eu], { ...consignment, country: 'CH', goodsValue: '200' })).toMatchObject({ form: 'CN22', ruleId: 1 });
  });

  it('an inactive rule is not used', () => {
    expect(choosePostalForm([world, { ...us, active: false }], { ...consignment, country: 'US', currency: 'EUR' })).toMatchObject({ form: 'CN22', ruleId: 1 });
  });

  it('CN 23 while the value or the weight is not typed to the end', () => {
    expect(choosePostalForm(rules, { ...consignment, grossKg: '' })).toMatchObject({
      form: 'CN23',
      reason: { code: 'customsProblems.postalReason.weightUnknown' },
    });
    expect(choosePostalForm(rules, { ...consignment, grossKg: '1.' })).toMatchObject({
      form: 'CN23',
      reason: { code: 'customsProblems.postalReason.weightUnknown' },
    });
    expect(choosePostalForm(rules, { ...consignment, goodsValue: '' })).toMatchObject({
      form: 'CN23',
      reason: { code: 'customsProblems.postalReason.valueUnknown' },
    });
  });
});
