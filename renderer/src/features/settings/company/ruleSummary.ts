// A destination rule in words: where it applies and what it asks, for the table and the delete
// confirmation ("CN 22 up to 300 XDR and 2 kg, else CN 23").
import type { TFunction } from 'i18next';
import { EU_MEMBERS } from '../../../../../shared/domain/customs/rules';
import type { DestinationRule, RuleParams } from '../../../../../shared/schemas/customs/rules';
import { formatDay, quantity } from '../../../i18n/format';
import { countryName } from '../../../i18n/options';

/** Amounts as "150 EUR": the rule's figure as written, whatever currency (SDR included). */
function amount(value: string, currency: string, lang: string): string {
  return `${quantity(value, lang)} ${currency}`;
}

export function documentList(docs: readonly string[], t: TFunction): string {
  return docs.map((d) => t(`company.documentTypes.${d}`, { defaultValue: d })).join(', ');
}

/** What the rule asks of the documents. */
export function ruleAsks(params: RuleParams, t: TFunction, lang: string): string {
  switch (params.kind) {
    case 'hsLength':
      return t('company.rules.asks.hsLength', { digits: params.minDigits });
    case 'iossRequired':
      return t('company.rules.asks.iossRequired', { amount: amount(params.maxValue, params.currency, lang) });
    case 'consigneeTaxId':
      return params.pattern
        ? t('company.rules.asks.consigneeTaxIdPattern', { label: params.label || t('company.rules.taxIdDefault') })
        : t('company.rules.asks.consigneeTaxId', { label: params.label || t('company.rules.taxIdDefault') });
    case 'postalForm': {
      const limits = params.cn22Max.map((m) => amount(m.maxValue, m.currency, lang));
      return limits.length > 0
        ? t('company.rules.asks.postalForm', { limits: limits.join(t('company.rules.or')), kg: quantity(params.cn22MaxKg, lang) })
        : t('company.rules.asks.postalFormNoValue', { kg: quantity(params.cn22MaxKg, lang) });
    }
    case 'requiredDocuments':
      return t('company.rules.asks.requiredDocuments', { documents: documentList(params.documents, t) });
  }
}

const SHOWN_COUNTRIES = 4;

/** A rule listing the 27 member states one by one (as the seeded IOSS rule does) reads as the EU. */
function isEuSet(codes: readonly string[]): boolean {
  const set = new Set(codes);
  return set.size === EU_MEMBERS.length && EU_MEMBERS.every((c) => set.has(c));
}

/** "All countries", "EU member states", or the countries by name ("Brazil, Chile and 3 more"). */
export function countriesText(codes: readonly string[], t: TFunction, lang: string): string {
  if (codes.includes('*')) return t('company.rules.allCountries');
  if (isEuSet(codes)) return t('company.rules.euMembers');
  const names = codes.map((c) => (c === 'EU' ? t('company.rules.euMembers') : countryName(c, lang)));
  if (names.length <= SHOWN_COUNTRIES) return names.join(', ');
  return t('company.rules.andMore', { names: names.slice(0, SHOWN_COUNTRIES).join(', '), more: names.length - SHOWN_COUNTRIES });
}

export function methodsText(methods: readonly string[], t: TFunction): string {
  return methods.length === 0 ? t('company.rules.allMethods') : methods.map((m) => t(`shippingMethod.${m}`, { defaultValue: m })).join(', ');
}

export function sourceDateText(rule: Pick<DestinationRule, 'sourceDate'>, lang: string): string {
  return rule.sourceDate ? formatDay(rule.sourceDate, lang) : '';
}
