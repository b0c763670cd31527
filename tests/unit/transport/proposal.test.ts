// The proposal: the first active rule by position whose line, method and countries match the
// order and whose service fits; every rule passed over says why.
import { describe, expect, it } from 'vitest';
import type { FitReason } from '../../../shared/domain/transport/fit';
import { type ProposalRule, proposeService } from '../../../shared/domain/transport/proposal';

const rule = (id: number, over: Partial<ProposalRule> = {}): ProposalRule => ({
  id,
  position: id * 10,
  match: 'contains',
  pattern: '',
  method: '',
  countries: ['*'],
  serviceId: id,
  active: true,
  ...over,
});
const order = { shippingLine: 'Correo Certificado Internacional', shippingMethod: 'postal', country: 'FR' };
const fitsAll = (): FitReason[] => [];

describe('proposeService', () => {
  it('takes the first rule by position, not by id', () => {
    const p = proposeService([rule(1, { position: 50 }), rule(2, { position: 5 })], order, fitsAll);
    expect(p).toMatchObject({ ok: true, ruleId: 2, serviceId: 2 });
  });

  it('matches the line as the shipping-line rules do: accents and case aside, whole words for "word"', () => {
    expect(proposeService([rule(1, { pattern: 'CORREO CERTIFICADO' })], order, fitsAll)).toMatchObject({ ok: true, ruleId: 1 });
    expect(proposeService([rule(1, { match: 'word', pattern: 'certif' })], order, fitsAll)).toMatchObject({ ok: false, why: 'noneMatched' });
    expect(proposeService([rule(1, { match: 'exact', pattern: 'correo certificado internacional' })], order, fitsAll)).toMatchObject({ ok: true });
  });

  it('passes over rules of another method, country, inactive ones, and those whose service does not fit, saying why', () => {
    const rules = [rule(1, { active: false }), rule(2, { method: 'express' }), rule(3, { countries: ['ES'] }), rule(4, { pattern: 'dhl' }), rule(5), rule(6)];
    const fit = (serviceId: number): FitReason[] => (serviceId === 5 ? [{ key: 'transport.fit.weight', params: { parcel: 1, kg: '3', max: '2' } }] : []);
    const p = proposeService(rules, order, fit);
    expect(p).toMatchObject({ ok: true, ruleId: 6 });
    expect(p.looked.map((l) => l.skipped)).toEqual(['inactive', 'method', 'country', 'line', 'serviceUnfit', undefined]);
    expect(p.looked[4]!.reasons).toEqual([{ key: 'transport.fit.weight', params: { parcel: 1, kg: '3', max: '2' } }]);
  });

  it('says whether there were no rules, none matched, or none fitted', () => {
    expect(proposeService([], order, fitsAll)).toMatchObject({ ok: false, why: 'noRules' });
    expect(proposeService([rule(1, { method: 'sea' })], order, fitsAll)).toMatchObject({ ok: false, why: 'noneMatched' });
    expect(proposeService([rule(1)], order, () => [{ key: 'transport.fit.country', params: {} }])).toMatchObject({ ok: false, why: 'noneFits' });
  });
});
