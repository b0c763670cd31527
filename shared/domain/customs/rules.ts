// Destination rules applied to a document: which rules cover a consignment's country and shipping
// method, which documents the order needs, and what the rules find wrong on one document.
import type { AnyDocumentData, DocumentType } from '../../schemas/customs';
import type { DestinationRule, RuleParams } from '../../schemas/customs/rules';
import { compareDecimal, isDecimalString } from '../money';
import { choosePostalForm } from './postalForm';
import type { Problem } from './problems';
import { documentTotals } from './totals';

/** The 27 member states of the European Union, the countries the group 'EU' stands for. */
export const EU_MEMBERS: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];
const EU = new Set(EU_MEMBERS);

type Coverage = Pick<DestinationRule, 'countries' | 'methods'>;

/** 2 when the rule names the country, 1 when it covers it as an EU member, 0 for '*', -1 not at all. */
function countryMatch(rule: Coverage, country: string): number {
  if (country !== '' && rule.countries.includes(country)) return 2;
  if (EU.has(country) && rule.countries.includes('EU')) return 1;
  return rule.countries.includes('*') ? 0 : -1;
}

function methodMatch(rule: Coverage, method: string): number {
  if (rule.methods.length === 0) return 0;
  return (rule.methods as string[]).includes(method) ? 1 : -1;
}

export function ruleCovers(rule: Coverage, country: string, method: string): boolean {
  return countryMatch(rule, country) >= 0 && methodMatch(rule, method) >= 0;
}

/** The active rules that cover this country and method, in their given order. */
export function applicableRules(rules: DestinationRule[], country: string, method: string): DestinationRule[] {
  return rules.filter((r) => r.active && ruleCovers(r, country, method));
}

type RuleOf<K extends RuleParams['kind']> = DestinationRule & { params: Extract<RuleParams, { kind: K }> };

/**
 * The covering rules of one kind, the most specific first: a rule naming the country beats the EU
 * group, which beats '*'; then one naming the method beats one for every method. Ties keep the
 * lower id, so the same rules always give the same answer.
 */
export function rulesOfKind<K extends RuleParams['kind']>(rules: DestinationRule[], kind: K, country: string, method: string): RuleOf<K>[] {
  const rank = (r: DestinationRule) => countryMatch(r, country) * 2 + methodMatch(r, method);
  return applicableRules(rules, country, method)
    .filter((r): r is RuleOf<K> => r.params.kind === kind)
    .sort((a, b) => rank(b) - rank(a) || a.id - b.id);
}

/** The documents an order to this country by this method needs, from the most specific rule. */
export function requiredDocuments(rules: DestinationRule[], country: string, method: string): { documents: DocumentType[]; ruleId?: number } {
  const rule = rulesOfKind(rules, 'requiredDocuments', country, method)[0];
  return rule ? { documents: [...rule.params.documents], ruleId: rule.id } : { documents: [] };
}

/** Where the rules look on each kind of document: the party selling and the party receiving. */
function sellerPath(doc: AnyDocumentData): string | null {
  switch (doc.type) {
    case 'declaration':
      return doc.data.sellerDiffers ? 'seller' : 'exporter';
    case 'invoice':
    case 'contract':
      return 'seller';
    case 'postal':
      return 'sender';
    case 'packing_list':
      return null;
  }
}

function consigneePath(doc: AnyDocumentData): string {
  switch (doc.type) {
    case 'postal':
      return 'addressee';
    case 'contract':
      return 'buyer';
    default:
      return 'consignee';
  }
}

function partyField(doc: AnyDocumentData, party: string, field: 'ioss' | 'taxId'): string {
  const data = doc.data as unknown as Record<string, { ioss: string; taxId: string } | undefined>;
  return (data[party]?.[field] ?? '').trim();
}

function hsItems(doc: AnyDocumentData): { hsCode: string }[] {
  return doc.type === 'packing_list' ? [] : doc.data.items;
}

const why = (rule: DestinationRule) => ({ source: rule.source, sourceDate: rule.sourceDate || '-' });

function ruleProblem(rule: DestinationRule, key: string, code: string, path: string, params: Record<string, string | number>): Problem {
  return { key, code, params: { ...params, ...why(rule) }, path, source: 'rule', ruleId: rule.id, severity: 'error', overridable: true };
}

function hsLengthProblems(doc: AnyDocumentData, rules: RuleOf<'hsLength'>[], country: string): Problem[] {
  if (rules.length === 0) return [];
  // The strictest rule decides; a shorter code satisfies none of them.
  const rule = rules.reduce((a, b) => (b.params.minDigits > a.params.minDigits ? b : a));
  const min = rule.params.minDigits;
  return hsItems(doc).flatMap((item, i) => {
    // An empty code is reported by the required fields; this rule is about its length.
    if (item.hsCode === '' || item.hsCode.length >= min) return [];
    const path = `items.${i}.hsCode`;
    return [
      ruleProblem(rule, `rule:hsLength:${path}`, 'customsProblems.hsTooShort', path, {
        item: i + 1,
        code: item.hsCode,
        digits: item.hsCode.length,
        minDigits: min,
        country,
      }),
    ];
  });
}

function iossProblems(doc: AnyDocumentData, rules: RuleOf<'iossRequired'>[], country: string): Problem[] {
  const party = sellerPath(doc);
  if (rules.length === 0 || party === null || doc.type === 'packing_list' || doc.data.items.length === 0) return [];
  const currency = doc.data.currency;
  if (currency === '') return [];
  const goods = documentTotals(doc).goods;
  const path = `${party}.ioss`;
  const comparable = rules.filter((r) => r.params.currency === currency);
  if (comparable.length === 0) {
    const rule = rules[0]!;
    return [
      {
        ...ruleProblem(rule, `rule:iossRequired:currency:${currency}`, 'customsProblems.iossCurrencyUnknown', path, {
          value: goods,
          currency,
          maxValue: rule.params.maxValue,
          ruleCurrency: rule.params.currency,
          country,
        }),
        severity: 'warning',
        overridable: false,
      },
    ];
  }
  const rule = comparable.find((r) => compareDecimal(goods, r.params.maxValue) <= 0);
  if (!rule || partyField(doc, party, 'ioss') !== '') return [];
  return [
    ruleProblem(rule, `rule:iossRequired:${path}`, 'customsProblems.iossMissing', path, {
      value: goods,
      currency,
      maxValue: rule.params.maxValue,
      country,
    }),
  ];
}

function taxIdProblems(doc: AnyDocumentData, rules: RuleOf<'consigneeTaxId'>[], country: string): Problem[] {
  const rule = rules[0];
  if (!rule) return [];
  const path = `${consigneePath(doc)}.taxId`;
  const value = partyField(doc, consigneePath(doc), 'taxId');
  const { label, pattern } = rule.params;
  if (value === '') return [ruleProblem(rule, `rule:consigneeTaxId:${path}`, 'customsProblems.taxIdMissing', path, { label, country })];
  if (pattern === '' || matches(pattern, value)) return [];
  return [ruleProblem(rule, `rule:consigneeTaxId:${path}`, 'customsProblems.taxIdInvalid', path, { label, country, value })];
}

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    // The rule schema refuses a broken pattern; one that slipped through must not block the broker.
    return true;
  }
}

function postalFormProblems(doc: AnyDocumentData, rules: DestinationRule[], country: string, method: string): Problem[] {
  if (doc.type !== 'postal') return [];
  // Until the weight is typed the choice is not known; the required fields report the weight.
  if (!isDecimalString(doc.data.grossKg) || doc.data.currency === '') return [];
  const choice = choosePostalForm(rules, { country, method, currency: doc.data.currency, goodsValue: documentTotals(doc).goods, grossKg: doc.data.grossKg });
  const rule = rules.find((r) => r.id === choice.ruleId);
  if (!rule || !rule.documents.includes('postal') || choice.form === doc.data.form) return [];
  const reason = choice.reason.code.replace(/^customsProblems\.postalReason\./, '');
  const problem = ruleProblem(
    rule,
    'rule:postalForm:form',
    choice.form === 'CN23' ? 'customsProblems.postalFormCn23Needed' : 'customsProblems.postalFormCn22Enough',
    'form',
    {
      ...choice.reason.params,
      form: choice.form,
      chosen: doc.data.form,
      reason,
    },
  );
  // A CN 23 where a CN 22 would do tells customs more, not less: worth saying, not worth blocking.
  return choice.form === 'CN22' ? [{ ...problem, severity: 'warning', overridable: false }] : [problem];
}

/** What the destination rules find on this document, for the rules that name its type. */
export function ruleProblems(doc: AnyDocumentData, rules: DestinationRule[], ctx: { country: string; method: string }): Problem[] {
  const { country, method } = ctx;
  const forDoc = rules.filter((r) => r.documents.includes(doc.type));
  return [
    ...hsLengthProblems(doc, rulesOfKind(forDoc, 'hsLength', country, method), country),
    ...iossProblems(doc, rulesOfKind(forDoc, 'iossRequired', country, method), country),
    ...taxIdProblems(doc, rulesOfKind(forDoc, 'consigneeTaxId', country, method), country),
    // The most specific form rule decides even when it does not name this document; then it raises nothing.
    ...postalFormProblems(doc, rules, country, method),
  ];
}
