// What a new destination rule of each kind starts from: the commonest case, for the broker to adjust.
import type { DocumentType } from '../../../../../shared/schemas/customs';
import type { DestinationRuleInput, RuleKind, RuleParams } from '../../../../../shared/schemas/customs/rules';

export function defaultParams(kind: RuleKind): RuleParams {
  switch (kind) {
    case 'hsLength':
      return { kind, minDigits: 10 };
    case 'iossRequired':
      return { kind, maxValue: '150', currency: 'EUR' };
    case 'consigneeTaxId':
      return { kind, label: '', pattern: '' };
    case 'postalForm':
      return { kind, cn22Max: [{ currency: 'XDR', maxValue: '300' }], cn22MaxKg: '2' };
    case 'requiredDocuments':
      return { kind, documents: ['invoice'] };
  }
}

const DOCUMENTS: Record<RuleKind, DocumentType[]> = {
  hsLength: ['declaration', 'invoice'],
  iossRequired: ['declaration', 'invoice', 'postal'],
  consigneeTaxId: ['postal', 'invoice', 'declaration'],
  postalForm: ['postal'],
  requiredDocuments: ['invoice'],
};

export function newRule(kind: RuleKind): DestinationRuleInput {
  return {
    countries: [],
    methods: [],
    documents: DOCUMENTS[kind],
    params: defaultParams(kind),
    source: '',
    sourceDate: '',
    note: '',
    active: true,
  };
}
