// From a shop's shipping line to a method: the rule matcher, the default rules, and the rule form's schema.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHIPPING_RULES, type ShippingRuleSpec, matchShippingLine, ruleMatchesKey, shippingDecider, shippingKey } from '../../shared/domain/shipping';
import { shippingChoiceSchema, shippingRuleSchema } from '../../shared/schemas/shipping';

const rule = (match: ShippingRuleSpec['match'], pattern: string, method: ShippingRuleSpec['method'] = 'postal'): ShippingRuleSpec => ({
  match,
  pattern,
  method,
});
const defaults = shippingDecider(DEFAULT_SHIPPING_RULES);

describe('shippingKey', () => {
  it('ignores case, accents and runs of spaces', () => {
    expect(shippingKey('  Envío   AÉREO\tUrgente ')).toBe('envio aereo urgente');
    expect(shippingKey('Correos Estándar')).toBe(shippingKey('correos estandar'));
    expect(shippingKey('顺丰速运')).toBe('顺丰速运');
    expect(shippingKey('   ')).toBe('');
  });
});

describe('a rule', () => {
  it('"contains" finds the words anywhere, case- and accent-insensitively', () => {
    expect(ruleMatchesKey(rule('contains', 'Correo'), shippingKey('CORREO Certificado Internacional'))).toBe(true);
    expect(ruleMatchesKey(rule('contains', 'aéreo'), shippingKey('Envio AEREO'))).toBe(true);
    expect(ruleMatchesKey(rule('contains', 'post'), shippingKey('Chronopost'))).toBe(true);
    expect(ruleMatchesKey(rule('contains', 'dhl'), shippingKey('FedEx'))).toBe(false);
  });

  it('"word" needs whole words: "ups" is not in "pickups", "express" is not in "AliExpress"', () => {
    expect(ruleMatchesKey(rule('word', 'ups'), shippingKey('UPS Standard'))).toBe(true);
    expect(ruleMatchesKey(rule('word', 'ups'), shippingKey('Store pickups'))).toBe(false);
    expect(ruleMatchesKey(rule('word', 'express'), shippingKey('AliExpress Standard Shipping'))).toBe(false);
    expect(ruleMatchesKey(rule('word', 'express'), shippingKey('SF-Express Economy'))).toBe(true);
    // A word found once inside another and once alone still matches.
    expect(ruleMatchesKey(rule('word', 'express'), shippingKey('AliExpress Express'))).toBe(true);
    expect(ruleMatchesKey(rule('word', 'small packet'), shippingKey('China Post Small Packet Plus'))).toBe(true);
  });

  it('"exact" is the whole line, compared the same way', () => {
    expect(ruleMatchesKey(rule('exact', 'Free shipping'), shippingKey('  FREE   Shipping '))).toBe(true);
    expect(ruleMatchesKey(rule('exact', 'Free shipping'), shippingKey('Free shipping (7-15 days)'))).toBe(false);
  });

  it('a pattern of nothing but spaces matches no line', () => {
    expect(ruleMatchesKey(rule('contains', '   '), shippingKey('anything'))).toBe(false);
  });
});

describe('matchShippingLine', () => {
  it('the first rule that matches decides: order is priority', () => {
    const rules = [rule('contains', 'chronopost', 'express'), rule('contains', 'post', 'postal')];
    expect(matchShippingLine(rules, 'Chronopost Classic International')?.method).toBe('express');
    expect(matchShippingLine([...rules].reverse(), 'Chronopost Classic International')?.method).toBe('postal');
  });

  it('no rule, or an empty line, gives undefined', () => {
    expect(matchShippingLine([rule('contains', 'post')], 'Pigeon')).toBeUndefined();
    expect(matchShippingLine([rule('contains', 'post')], '')).toBeUndefined();
  });
});

describe('shippingDecider', () => {
  it('rules first, then the choices made for this import, else unknown', () => {
    const d = shippingDecider(
      [rule('contains', 'post', 'postal')],
      [
        { line: 'Yanwén special LINE', method: 'air' },
        { line: 'Post Office', method: 'sea' },
      ],
    );
    expect(d.methodOf('China Post')).toBe('postal');
    expect(d.known('China Post')).toBe(true);
    // A choice decides the line (compared as lines are), but does not make it known to the rules.
    expect(d.methodOf('Yanwen Special Line')).toBe('air');
    expect(d.known('Yanwen Special Line')).toBe(false);
    // A rule beats a choice for the same line.
    expect(d.methodOf('Post Office')).toBe('postal');
    expect(d.methodOf('Carrier pigeon')).toBe('unknown');
  });
});

describe('the default rules', () => {
  // The keyword table the import used before shipping rules existed: the defaults reproduce it.
  it.each([
    ['express', 'express'],
    ['postal', 'postal'],
    ['air', 'air'],
    ['sea', 'sea'],
    ['rail', 'rail'],
    ['road', 'road'],
    ['DHL Express Worldwide', 'express'],
    ['FedEx International Priority', 'express'],
    ['Mensajería urgente', 'express'],
    ['UPS Saver', 'express'],
    ['Standard Shipping', 'postal'],
    ['Correos estándar', 'postal'],
    ['Economy', 'postal'],
    ['ePacket', 'postal'],
    ['AliExpress Standard Shipping', 'postal'],
    ['AliExpress Premium Shipping', 'express'],
    ['Air freight', 'air'],
    ['Envío aéreo', 'air'],
    ['Sea freight', 'sea'],
    ['Marítimo', 'sea'],
    ['Rail (China-Europe)', 'rail'],
    ['Truck', 'road'],
  ])('keep the old keyword reading: %j -> %j', (line, method) => {
    expect(defaults.methodOf(line)).toBe(method);
  });

  // Real shop lines, in the carriers' own words.
  it.each([
    ['Colissimo International', 'postal'],
    ['Canada Post Tracked Packet', 'postal'],
    ['SF Express Economy', 'express'],
    ['Correo Certificado Internacional', 'postal'],
    ['Yanwen Special Line', 'postal'],
    ['Chronopost Classic International', 'express'],
    ['China Post Registered Air Mail', 'postal'],
  ])('know the shop line %j -> %j', (line, method) => {
    expect(defaults.methodOf(line)).toBe(method);
  });

  it('leave lines they cannot know undecided, instead of guessing', () => {
    expect(defaults.methodOf('Teleport')).toBe('unknown');
    expect(defaults.methodOf('YunExpress Global Direct Line')).toBe('unknown');
    expect(defaults.methodOf('Free Shipping (7-15 business days)')).toBe('unknown');
  });

  it('are all valid for the rule form', () => {
    for (const r of DEFAULT_SHIPPING_RULES) expect(shippingRuleSchema.safeParse(r).success, r.pattern).toBe(true);
  });
});

describe('the rule schema (Settings form and main)', () => {
  const issues = (input: unknown) => {
    const r = shippingRuleSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('accepts a rule and trims its words', () => {
    const r = shippingRuleSchema.parse({ match: 'contains', pattern: '  Colissimo ', method: 'postal' });
    expect(r).toEqual({ match: 'contains', pattern: 'Colissimo', method: 'postal' });
  });

  it('refuses an empty pattern and a bad method, each on its own field', () => {
    expect(issues({ match: 'contains', pattern: '   ', method: 'teleport' })).toEqual(['pattern:validation.rulePattern', 'method:validation.ruleMethod']);
    expect(issues({ match: 'contains', pattern: '', method: 'postal' })).toEqual(['pattern:validation.rulePattern']);
    // "Not decided" is an order's state, not a method a rule can give.
    expect(issues({ match: 'contains', pattern: 'x', method: 'unknown' })).toEqual(['method:validation.ruleMethod']);
    expect(issues({ match: 'regex', pattern: 'x', method: 'postal' })).toEqual(['match:validation.ruleMatch']);
    expect(issues({ match: 'exact', pattern: 'x', method: 'postal', position: 0 })).toEqual(['position:validation.rulePosition']);
    expect(issues({ match: 'exact', pattern: 'x'.repeat(201), method: 'postal' })).toEqual(['pattern:validation.tooLong']);
    expect(issues({ match: 'exact', pattern: 'a\u0007b', method: 'postal' })).toEqual(['pattern:validation.controlChars']);
  });

  it('a choice in the import names a line and a real method', () => {
    expect(shippingChoiceSchema.safeParse({ line: 'Yanwen', method: 'air' }).success).toBe(true);
    expect(shippingChoiceSchema.safeParse({ line: '', method: 'air' }).success).toBe(false);
    expect(shippingChoiceSchema.safeParse({ line: 'Yanwen', method: 'unknown' }).success).toBe(false);
  });
});
