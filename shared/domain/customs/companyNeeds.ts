// What the company profile must hold before a document of a type can be final: every document
// names the shipper; some need its customs or tax number, its bank or someone to sign.
import type { CompanyProfile, DocumentType, IdentifierScheme } from '../../schemas/customs';
import { isCountryCode } from '../codes';
import type { Problem } from './problems';

/** Identifiers customs accepts for an exporter on the declaration. */
const CUSTOMS_SCHEMES: readonly IdentifierScheme[] = ['EORI', 'CN_CUSTOMS'];
/** Identifiers an invoice may show as the seller's tax number. */
const TAX_SCHEMES: readonly IdentifierScheme[] = ['VAT', 'EORI', 'USCI', 'EIN', 'GST', 'OTHER'];

const filled = (v: string) => v.trim() !== '';

function need(field: string, code: string, params: Record<string, string | number> = {}): Problem {
  const path = `company.${field}`;
  return { key: `company:${field}`, code, params, path, source: 'company', severity: 'error', overridable: false };
}

function hasIdentifier(profile: CompanyProfile, schemes: readonly IdentifierScheme[]): boolean {
  return profile.identifiers.some((i) => schemes.includes(i.scheme) && filled(i.value));
}

export function companyProblems(type: DocumentType, profile: CompanyProfile): Problem[] {
  const out: Problem[] = [];
  if (!filled(profile.legalName)) out.push(need('legalName', 'customsProblems.companyLegalName'));
  const registered = profile.addresses.find((a) => a.kind === 'registered');
  if (!registered || !filled(registered.address) || !isCountryCode(registered.country)) out.push(need('addresses', 'customsProblems.companyAddress'));
  const signatory = profile.signatories.some((s) => filled(s.name));
  switch (type) {
    case 'declaration':
      if (!hasIdentifier(profile, CUSTOMS_SCHEMES)) out.push(need('identifiers', 'customsProblems.companyCustomsId', { schemes: CUSTOMS_SCHEMES.join(', ') }));
      if (!signatory) out.push(need('signatories', 'customsProblems.companySignatory'));
      break;
    case 'invoice':
      if (!hasIdentifier(profile, TAX_SCHEMES)) out.push(need('identifiers', 'customsProblems.companyTaxId', { schemes: TAX_SCHEMES.join(', ') }));
      if (!filled(profile.bank.iban) && !filled(profile.bank.accountNumber)) out.push(need('bank.iban', 'customsProblems.companyBankAccount'));
      if (!filled(profile.bank.bankName)) out.push(need('bank.bankName', 'customsProblems.companyBankName'));
      if (!signatory) out.push(need('signatories', 'customsProblems.companySignatory'));
      break;
    case 'contract':
      if (!signatory) out.push(need('signatories', 'customsProblems.companySignatory'));
      break;
    case 'postal':
      // The post office calls the sender when an item is held; the CN 23 asks for a phone or email.
      if (!filled(profile.phone) && !filled(profile.email)) out.push(need('phone', 'customsProblems.companyContact'));
      break;
    case 'packing_list':
      break;
  }
  return out;
}
