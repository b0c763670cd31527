// What the company profile must hold before each type of document can be final.
import { describe, expect, it } from 'vitest';
import { companyProblems } from '../../../shared/domain/customs/companyNeeds';
import { type CompanyProfileInput, DOCUMENT_TYPES, companyProfileSchema } from '../../../shared/schemas/customs';

const full: CompanyProfileInput = {
  legalName: 'Exportadora del Sur SL',
  addresses: [{ kind: 'registered', address: 'Calle Mayor 1', city: 'Sevilla', country: 'ES' }],
  identifiers: [
    { scheme: 'EORI', value: 'ESB12345678', country: 'ES' },
    { scheme: 'VAT', value: 'ESB12345678', country: 'ES' },
  ],
  phone: '+34 954 000 000',
  bank: { bankName: 'Banco Ejemplo', iban: 'ES9121000418450200051332' },
  signatories: [{ name: 'Marta Ruiz', role: 'Director' }],
};
const profile = (over: Partial<CompanyProfileInput> = {}) => companyProfileSchema.parse({ ...full, ...over });
const paths = (type: (typeof DOCUMENT_TYPES)[number], over: Partial<CompanyProfileInput> = {}) => companyProblems(type, profile(over)).map((p) => p.path);

describe('company needs', () => {
  it.each(DOCUMENT_TYPES)('a full profile is enough for a %s', (type) => {
    expect(companyProblems(type, profile())).toEqual([]);
  });

  it.each(DOCUMENT_TYPES)('every %s needs a legal name and a registered address with its country', (type) => {
    expect(paths(type, { legalName: ' ', addresses: [] })).toEqual(['company.legalName', 'company.addresses']);
    expect(paths(type, { addresses: [{ kind: 'registered', address: 'Calle Mayor 1', city: 'Sevilla', country: '' }] })).toEqual(['company.addresses']);
    // A dispatch address is not the registered office.
    expect(paths(type, { addresses: [{ kind: 'dispatch', address: 'Nave 4', city: 'Dos Hermanas', country: 'ES' }] })).toEqual(['company.addresses']);
  });

  it('the problems are company errors nobody can override, keyed by the field', () => {
    const [problem] = companyProblems('packing_list', profile({ legalName: '' }));
    expect(problem).toEqual({
      key: 'company:legalName',
      code: 'customsProblems.companyLegalName',
      params: {},
      path: 'company.legalName',
      source: 'company',
      severity: 'error',
      overridable: false,
    });
  });

  describe('declaration', () => {
    it('needs an EORI or a customs registration code', () => {
      expect(paths('declaration', { identifiers: [{ scheme: 'VAT', value: 'ESB1', country: 'ES' }] })).toEqual(['company.identifiers']);
      expect(paths('declaration', { identifiers: [{ scheme: 'CN_CUSTOMS', value: '4401234567', country: 'CN' }] })).toEqual([]);
      expect(paths('declaration', { identifiers: [{ scheme: 'EORI', value: ' ', country: 'ES' }] })).toEqual(['company.identifiers']);
    });

    it('needs a signatory', () => {
      expect(paths('declaration', { signatories: [] })).toEqual(['company.signatories']);
      expect(paths('declaration', { signatories: [{ name: '', role: 'Director' }] })).toEqual(['company.signatories']);
    });
  });

  describe('invoice', () => {
    it.each(['VAT', 'EORI', 'USCI', 'EIN', 'GST', 'OTHER'] as const)('a %s number is a tax identifier', (scheme) => {
      expect(paths('invoice', { identifiers: [{ scheme, value: '123', country: 'ES' }] })).toEqual([]);
    });

    it('an IOSS or customs code alone is not', () => {
      expect(paths('invoice', { identifiers: [{ scheme: 'IOSS', value: 'IM1234567890', country: 'ES' }] })).toEqual(['company.identifiers']);
      expect(paths('invoice', { identifiers: [{ scheme: 'CN_CUSTOMS', value: '44', country: 'CN' }] })).toEqual(['company.identifiers']);
    });

    it('needs an IBAN or an account number, and the bank name', () => {
      expect(paths('invoice', { bank: { bankName: 'Banco Ejemplo' } })).toEqual(['company.bank.iban']);
      expect(paths('invoice', { bank: { bankName: 'Bank of Example', accountNumber: '000123456' } })).toEqual([]);
      expect(paths('invoice', { bank: { iban: 'ES9121000418450200051332' } })).toEqual(['company.bank.bankName']);
    });

    it('needs a signatory', () => {
      expect(paths('invoice', { signatories: [] })).toEqual(['company.signatories']);
    });
  });

  it('a contract needs a signatory and nothing about identifiers or the bank', () => {
    expect(paths('contract', { signatories: [], identifiers: [], bank: {} })).toEqual(['company.signatories']);
  });

  it('a postal declaration needs a phone or an email', () => {
    expect(paths('postal', { phone: '' })).toEqual(['company.phone']);
    expect(paths('postal', { phone: '', email: 'ship@example.com' })).toEqual([]);
    expect(paths('postal', { identifiers: [], signatories: [], bank: {} })).toEqual([]);
  });

  it('a packing list needs only the name and address', () => {
    expect(paths('packing_list', { identifiers: [], signatories: [], bank: {}, phone: '' })).toEqual([]);
  });
});
