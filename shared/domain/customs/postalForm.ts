// CN 22 or CN 23: the UPU form a postal item travels with, decided by the most specific postalForm
// rule for its country and method, its value in the consignment's currency and its gross weight.
import type { DestinationRule } from '../../schemas/customs/rules';
import { compareDecimal, isDecimalString } from '../money';
import { rulesOfKind } from './rules';

export interface PostalFormChoice {
  form: 'CN22' | 'CN23';
  ruleId?: number;
  /** Why, as an i18n key (customsProblems.postalReason.*) and its parameters. */
  reason: { code: string; params: Record<string, string | number> };
}

export interface Consignment {
  country: string;
  method: string;
  currency: string;
  goodsValue: string;
  grossKg: string;
}

export function choosePostalForm(rules: DestinationRule[], consignment: Consignment): PostalFormChoice {
  const { country, method, currency, goodsValue, grossKg } = consignment;
  const rule = rulesOfKind(rules, 'postalForm', country, method)[0];
  if (!rule) return { form: 'CN23', reason: { code: 'customsProblems.postalReason.noRule', params: { country } } };
  const cn23 = (why: string, params: Record<string, string | number>): PostalFormChoice => ({
    form: 'CN23',
    ruleId: rule.id,
    reason: { code: why, params },
  });
  // A threshold in another currency is not converted: a rate of the day is not the customs rate.
  const threshold = rule.params.cn22Max.find((t) => t.currency === currency);
  if (!threshold)
    return cn23('customsProblems.postalReason.noThreshold', { currency, currencies: rule.params.cn22Max.map((t) => t.currency).join(', ') || '-' });
  const maxKg = rule.params.cn22MaxKg;
  const limits = { currency, maxValue: threshold.maxValue, maxKg };
  if (!isDecimalString(goodsValue)) return cn23('customsProblems.postalReason.valueUnknown', limits);
  if (compareDecimal(goodsValue, threshold.maxValue) > 0) return cn23('customsProblems.postalReason.overValue', { ...limits, value: goodsValue });
  if (!isDecimalString(grossKg)) return cn23('customsProblems.postalReason.weightUnknown', { ...limits, value: goodsValue });
  if (compareDecimal(grossKg, maxKg) > 0) return cn23('customsProblems.postalReason.overWeight', { ...limits, value: goodsValue, kg: grossKg });
  return {
    form: 'CN22',
    ruleId: rule.id,
    reason: { code: 'customsProblems.postalReason.withinLimits', params: { ...limits, value: goodsValue, kg: grossKg } },
  };
}
