// Destination rules as data: which rules cover a country and method (the EU group, '*', methods,
// inactive rules), which one is most specific, and what each kind of rule finds on a document.
// Also the whole check of a document and the messages every problem renders to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import en from '../../../renderer/src/i18n/en/customsProblems.json';
import es from '../../../renderer/src/i18n/es/customsProblems.json';
import { checkDocument } from '../../../shared/domain/customs/check';
import type { CheckedDocument } from '../../../shared/domain/customs/consistency';
import type { Problem } from '../../../shared/domain/customs/problems';
import { EU_MEMBERS, applicableRules, requiredDocuments, ruleCovers, ruleProblems } from '../../../shared/domain/customs/rules';
import { isCountryCode } from '../../../shared/domain/codes';
import { DATA_SCHEMAS, type DocumentType, companyProfileSchema } from '../../../shared/schemas/customs';
import type { DestinationRule, RuleParams } from '../../../shared/schemas/customs/rules';

type Input<T extends DocumentType> = z.input<(typeof DATA_SCHEMAS)[T]>;
const make = <T extends DocumentType>(type: T, data: Input<T>, id = 1) => ({ id, type, data: DATA_SCHEMAS[type].parse(data) }) as CheckedDocument;

let nextId = 1;
function rule(params: RuleParams, over: Partial<DestinationRule> = {}): DestinationRule {
  return {
    id: nextId++,
    countries: ['*'],
    methods: [],
    documents: ['declaration', 'invoice', 'contract', 'packing_list', 'postal'],
    params,
    source: 'Test source',
    sourceDate: '2024-01-01',
    note: '',
    active: true,
    ...over,
  };
}
const docsRule = (documents: DocumentType[], over: Partial<DestinationRule> = {}) => rule({ kind: 'requiredDocuments', documents }, over);

const ctx = { country: 'DE', method: 'express' };
const paths = (problems: Problem[]) => problems.map((p) => p.path);

describe('which rules cover a consignment', () => {
  it('EU_MEMBERS are the 27 member states', () => {
    expect(EU_MEMBERS).toHaveLength(27);
    expect(new Set(EU_MEMBERS).size).toBe(27);
    expect(EU_MEMBERS.every(isCountryCode)).toBe(true);
    expect(EU_MEMBERS).toEqual(expect.arrayContaining(['ES', 'DE', 'FR', 'HR', 'IE']));
    for (const outside of ['GB', 'CH', 'NO', 'IS', 'TR']) expect(EU_MEMBERS).not.toContain(outside);
  });

  it("'*' covers every country, 'EU' the member states, an ISO code itself", () => {
    const everywhere = { countries: ['*'], methods: [] };
    const eu = { countries: ['EU'], methods: [] };
    const br = { countries: ['BR', 'AR'], methods: [] };
    expect(ruleCovers(everywhere, 'JP', 'air')).toBe(true);
    expect(ruleCovers(eu, 'FR', 'air')).toBe(true);
    expect(ruleCovers(eu, 'GB', 'air')).toBe(false);
    expect(ruleCovers(br, 'AR', 'air')).toBe(true);
    expect(ruleCovers(br, 'CL', 'air')).toBe(false);
  });

  it('no methods means every method; methods named mean only those', () => {
    expect(ruleCovers({ countries: ['*'], methods: [] }, 'US', 'sea')).toBe(true);
    expect(ruleCovers({ countries: ['*'], methods: ['postal'] }, 'US', 'postal')).toBe(true);
    expect(ruleCovers({ countries: ['*'], methods: ['postal'] }, 'US', 'express')).toBe(false);
    expect(ruleCovers({ countries: ['*'], methods: ['postal'] }, 'US', 'unknown')).toBe(false);
  });

  it('applicableRules keeps the active rules that cover, in order', () => {
    const a = docsRule(['invoice'], { countries: ['DE'] });
    const b = docsRule(['invoice'], { countries: ['EU'], active: false });
    const c = docsRule(['invoice'], { countries: ['FR'] });
    const d = docsRule(['invoice'], { countries: ['*'], methods: ['express'] });
    expect(applicableRules([a, b, c, d], 'DE', 'express')).toEqual([a, d]);
    expect(applicableRules([a, b, c, d], 'DE', 'postal')).toEqual([a]);
  });
});

describe('requiredDocuments', () => {
  const world = docsRule(['declaration', 'invoice', 'packing_list'], { methods: ['express'] });
  const worldPostal = docsRule(['postal', 'invoice'], { methods: ['postal'] });
  const eu = docsRule(['invoice', 'packing_list'], { countries: ['EU'] });
  const germany = docsRule(['invoice'], { countries: ['DE'] });
  const germanyPost = docsRule(['postal'], { countries: ['DE'], methods: ['postal'] });

  it('none covering gives no documents', () => {
    expect(requiredDocuments([], 'DE', 'express')).toEqual({ documents: [] });
    expect(requiredDocuments([germany], 'US', 'express')).toEqual({ documents: [] });
  });

  it("a rule naming the country beats 'EU', which beats '*'", () => {
    expect(requiredDocuments([world, eu, germany], 'DE', 'express')).toEqual({ documents: ['invoice'], ruleId: germany.id });
    expect(requiredDocuments([world, eu, germany], 'FR', 'express')).toEqual({ documents: ['invoice', 'packing_list'], ruleId: eu.id });
    expect(requiredDocuments([world, eu, germany], 'US', 'express')).toEqual({ documents: ['declaration', 'invoice', 'packing_list'], ruleId: world.id });
  });

  it('for the same countries, a rule naming the method beats one for all methods', () => {
    expect(requiredDocuments([germany, germanyPost], 'DE', 'postal')).toEqual({ documents: ['postal'], ruleId: germanyPost.id });
    expect(requiredDocuments([germanyPost, germany], 'DE', 'express')).toEqual({ documents: ['invoice'], ruleId: germany.id });
  });

  it('the country counts before the method', () => {
    expect(requiredDocuments([worldPostal, germany], 'DE', 'postal')).toMatchObject({ ruleId: germany.id });
  });

  it('an inactive rule is skipped', () => {
    expect(requiredDocuments([world, { ...germany, active: false }], 'DE', 'express')).toMatchObject({ ruleId: world.id });
  });

  it('ties go to the lower id, whatever the order', () => {
    const first = docsRule(['invoice'], { countries: ['JP'] });
    const second = docsRule(['postal'], { countries: ['JP'] });
    expect(requiredDocuments([second, first], 'JP', 'air')).toMatchObject({ ruleId: first.id });
  });
});

const party = (name: string, country: string, over: Record<string, string> = {}) => ({ name, address: '1 Main Street', city: 'Town', country, ...over });
const invoice = (over: Input<'invoice'> = {}) =>
  make('invoice', {
    seller: party('Exportadora SL', 'ES'),
    consignee: party('Hans Weber', 'DE'),
    currency: 'EUR',
    items: [
      { sku: 'A', description: 'Mugs', hsCode: '691200', quantity: '2', unitPrice: '50.00' },
      { sku: 'B', description: 'Cups', hsCode: '69120010', quantity: '1', unitPrice: '50.00' },
    ],
    ...over,
  });

describe('hsLength', () => {
  it('flags every item with fewer digits than the strictest applying rule asks', () => {
    const six = rule({ kind: 'hsLength', minDigits: 6 });
    const eight = rule({ kind: 'hsLength', minDigits: 8 }, { countries: ['EU'] });
    const problems = ruleProblems(invoice(), [six, eight], ctx);
    expect(problems).toEqual([
      {
        key: 'rule:hsLength:items.0.hsCode',
        code: 'customsProblems.hsTooShort',
        params: { item: 1, code: '691200', digits: 6, minDigits: 8, country: 'DE', source: 'Test source', sourceDate: '2024-01-01' },
        path: 'items.0.hsCode',
        source: 'rule',
        ruleId: eight.id,
        severity: 'error',
        overridable: true,
      },
    ]);
  });

  it('applies only to the documents, countries and methods it names', () => {
    const ten = rule({ kind: 'hsLength', minDigits: 10 }, { countries: ['US'], documents: ['invoice'] });
    expect(ruleProblems(invoice(), [ten], ctx)).toEqual([]);
    expect(paths(ruleProblems(invoice(), [ten], { country: 'US', method: 'air' }))).toEqual(['items.0.hsCode', 'items.1.hsCode']);
    expect(ruleProblems(make('declaration', { items: [{ hsCode: '691200' }] }), [ten], { country: 'US', method: 'air' })).toEqual([]);
    const postal = rule({ kind: 'hsLength', minDigits: 10 }, { methods: ['postal'] });
    expect(ruleProblems(invoice(), [postal], ctx)).toEqual([]);
    expect(ruleProblems(invoice(), [{ ...ten, active: false }], { country: 'US', method: 'air' })).toEqual([]);
  });

  it('leaves an empty code to the required fields', () => {
    const ten = rule({ kind: 'hsLength', minDigits: 10 });
    expect(ruleProblems(invoice({ items: [{ sku: 'A', hsCode: '' }] }), [ten], ctx)).toEqual([]);
  });
});

describe('iossRequired', () => {
  const ioss = rule(
    { kind: 'iossRequired', maxValue: '150', currency: 'EUR' },
    { countries: ['EU'], source: 'EU low value guidance', sourceDate: '2020-12-01' },
  );

  it('asks for the seller IOSS number up to the value, exactly at it included', () => {
    // 2 x 50 + 1 x 50 = 150.00: at the threshold.
    const problems = ruleProblems(invoice(), [ioss], ctx);
    expect(problems).toEqual([
      expect.objectContaining({
        key: 'rule:iossRequired:seller.ioss',
        code: 'customsProblems.iossMissing',
        path: 'seller.ioss',
        ruleId: ioss.id,
        severity: 'error',
        params: { value: '150.00', currency: 'EUR', maxValue: '150', country: 'DE', source: 'EU low value guidance', sourceDate: '2020-12-01' },
      }),
    ]);
  });

  it('is satisfied by an IOSS number, and not needed above the value or outside the EU', () => {
    expect(ruleProblems(invoice({ seller: party('Exportadora SL', 'ES', { ioss: 'IM7240000001' }) }), [ioss], ctx)).toEqual([]);
    const over = invoice({ items: [{ sku: 'A', description: 'Mugs', quantity: '3', unitPrice: '50.01' }] });
    expect(ruleProblems(over, [ioss], ctx)).toEqual([]);
    expect(ruleProblems(invoice(), [ioss], { country: 'CH', method: 'express' })).toEqual([]);
  });

  it('looks at the exporter of a declaration, or its seller when the seller differs, and the sender of a postal form', () => {
    const item = { description: 'Mugs', quantity: '1', unitPrice: '10' };
    expect(paths(ruleProblems(make('declaration', { currency: 'EUR', items: [item] }), [ioss], ctx))).toEqual(['exporter.ioss']);
    expect(paths(ruleProblems(make('declaration', { currency: 'EUR', sellerDiffers: true, items: [item] }), [ioss], ctx))).toEqual(['seller.ioss']);
    expect(paths(ruleProblems(make('postal', { currency: 'EUR', items: [{ description: 'Mugs', quantity: '1', value: '10' }] }), [ioss], ctx))).toEqual([
      'sender.ioss',
    ]);
  });

  it('warns, without blocking, when the document is in another currency than the rule', () => {
    const problems = ruleProblems(invoice({ currency: 'USD' }), [ioss], ctx);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'customsProblems.iossCurrencyUnknown',
        path: 'seller.ioss',
        severity: 'warning',
        overridable: false,
        params: expect.objectContaining({ currency: 'USD', ruleCurrency: 'EUR', value: '150.00' }),
      }),
    ]);
  });

  it('says nothing while there are no goods or no currency', () => {
    expect(ruleProblems(invoice({ items: [] }), [ioss], ctx)).toEqual([]);
    expect(ruleProblems(invoice({ currency: '' }), [ioss], ctx)).toEqual([]);
  });
});

describe('consigneeTaxId', () => {
  const brazil = rule(
    { kind: 'consigneeTaxId', label: 'CPF/CNPJ', pattern: '^(\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}|\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2})$' },
    { countries: ['BR'], source: 'USPS Postal Bulletin 22536', sourceDate: '2020-01-02' },
  );
  const chile = rule({ kind: 'consigneeTaxId', label: 'RUT', pattern: '' }, { countries: ['CL'] });
  const br = { country: 'BR', method: 'postal' };

  it('asks for the identifier by its name, for the country, with the source', () => {
    expect(ruleProblems(invoice(), [brazil], br)).toEqual([
      {
        key: 'rule:consigneeTaxId:consignee.taxId',
        code: 'customsProblems.taxIdMissing',
        params: { label: 'CPF/CNPJ', country: 'BR', source: 'USPS Postal Bulletin 22536', sourceDate: '2020-01-02' },
        path: 'consignee.taxId',
        source: 'rule',
        ruleId: brazil.id,
        severity: 'error',
        overridable: true,
      },
    ]);
  });

  it('checks the pattern when the rule has one', () => {
    const withId = (taxId: string) => invoice({ consignee: party('Ana Lima', 'BR', { taxId }) });
    expect(ruleProblems(withId('123.456.789-09'), [brazil], br)).toEqual([]);
    expect(ruleProblems(withId('12.345.678/0001-95'), [brazil], br)).toEqual([]);
    expect(ruleProblems(withId('12345'), [brazil], br)).toEqual([
      expect.objectContaining({ code: 'customsProblems.taxIdInvalid', params: expect.objectContaining({ value: '12345', label: 'CPF/CNPJ' }) }),
    ]);
  });

  it('takes any value when the rule has no pattern', () => {
    expect(ruleProblems(invoice({ consignee: party('Juan Soto', 'CL', { taxId: 'anything' }) }), [chile], { country: 'CL', method: 'air' })).toEqual([]);
  });

  it('looks at the addressee of a postal form', () => {
    expect(paths(ruleProblems(make('postal', {}), [brazil], br))).toEqual(['addressee.taxId']);
  });
});

describe('postalForm rule', () => {
  const forms = rule({ kind: 'postalForm', cn22Max: [{ currency: 'EUR', maxValue: '300' }], cn22MaxKg: '2' }, { methods: ['postal'], documents: ['postal'] });
  const post = { country: 'FR', method: 'postal' };
  const postal = (form: 'CN22' | 'CN23', value: string, grossKg: string) =>
    make('postal', { form, currency: 'EUR', grossKg, items: [{ description: 'Mugs', quantity: '1', value }] });

  it('a CN 22 above the limit must become a CN 23', () => {
    expect(ruleProblems(postal('CN22', '300.01', '1'), [forms], post)).toEqual([
      expect.objectContaining({
        key: 'rule:postalForm:form',
        code: 'customsProblems.postalFormCn23Needed',
        path: 'form',
        severity: 'error',
        ruleId: forms.id,
        params: expect.objectContaining({ form: 'CN23', chosen: 'CN22', reason: 'overValue', value: '300.01', maxValue: '300', source: 'Test source' }),
      }),
    ]);
    expect(ruleProblems(postal('CN22', '10', '2.5'), [forms], post)).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ reason: 'overWeight' }) }),
    ]);
  });

  it('a CN 23 where a CN 22 would do is a warning', () => {
    expect(ruleProblems(postal('CN23', '300', '2'), [forms], post)).toEqual([
      expect.objectContaining({ code: 'customsProblems.postalFormCn22Enough', severity: 'warning', overridable: false }),
    ]);
  });

  it('the right form raises nothing; without a rule or a weight nothing is said', () => {
    expect(ruleProblems(postal('CN22', '300', '2'), [forms], post)).toEqual([]);
    expect(ruleProblems(postal('CN23', '301', '2'), [forms], post)).toEqual([]);
    expect(ruleProblems(postal('CN22', '301', '2'), [], post)).toEqual([]);
    expect(ruleProblems(postal('CN22', '301', ''), [forms], post)).toEqual([]);
  });
});

describe('checkDocument', () => {
  const profile = companyProfileSchema.parse({ legalName: 'Exportadora SL' });
  const base = { others: [], parcels: null, profile, country: 'DE', method: 'express' };

  it('gathers company, required, rule and consistency problems, errors first, then by path in field order', () => {
    const items = Array.from({ length: 11 }, (_, i) => ({
      sku: `S${i}`,
      description: 'Mug',
      hsCode: '691200',
      originCountry: 'ES',
      quantity: '1',
      unitPrice: '1',
    }));
    const doc = invoice({ items, currency: 'USD' });
    const ioss = rule({ kind: 'iossRequired', maxValue: '150', currency: 'EUR' }, { countries: ['EU'] });
    const eight = rule({ kind: 'hsLength', minDigits: 8 });
    const other = invoice({ currency: 'EUR' });
    const problems = checkDocument({ ...base, doc, others: [{ ...other, id: 2 }], rules: [ioss, eight] });
    const sources = new Set(problems.map((p) => p.source));
    expect(sources).toEqual(new Set(['company', 'required', 'rule', 'consistency']));
    const firstWarning = problems.findIndex((p) => p.severity === 'warning');
    expect(firstWarning).toBe(problems.length - 1);
    const hs = paths(problems).filter((p) => p.endsWith('.hsCode'));
    expect(hs.slice(0, 3)).toEqual(['items.0.hsCode', 'items.1.hsCode', 'items.2.hsCode']);
    expect(hs.indexOf('items.10.hsCode')).toBe(10);
  });

  it('keeps one problem per key', () => {
    const ten = rule({ kind: 'hsLength', minDigits: 10 });
    const doc = invoice();
    const problems = checkDocument({ ...base, doc, rules: [ten, { ...ten, id: 999 }] });
    const keys = problems.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('the same situation gives the same problems', () => {
    const input = {
      ...base,
      doc: invoice({ currency: 'XYZ' }),
      others: [{ ...invoice({ incoterm: 'EXW' }), id: 5 }],
      rules: [rule({ kind: 'hsLength', minDigits: 10 })],
    };
    expect(checkDocument(input)).toEqual(checkDocument(structuredClone(input)));
  });
});

describe('messages', () => {
  const sourceDir = join(__dirname, '../../../shared/domain/customs');
  const source = ['rules', 'postalForm', 'required', 'companyNeeds', 'consistency'].map((f) => readFileSync(join(sourceDir, `${f}.ts`), 'utf8')).join('\n');
  const codes = [...new Set([...source.matchAll(/'(customsProblems\.[\w.]+\w)'/g)].map((m) => m[1]!))];

  const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

  it('every code the checks write has a message in English and Spanish', () => {
    expect(codes.length).toBeGreaterThan(40);
    for (const tree of [en, es]) expect(codes.filter((c) => typeof lookup(tree, c) !== 'string')).toEqual([]);
  });

  it('every problem of a wide range of documents renders fully in both languages', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, interpolation: { escapeValue: false } });
    const everything: Problem[] = [];
    const rules = [
      rule({ kind: 'hsLength', minDigits: 10 }),
      rule({ kind: 'iossRequired', maxValue: '150', currency: 'EUR' }),
      rule({ kind: 'iossRequired', maxValue: '150', currency: 'GBP' }, { countries: ['FR'] }),
      rule({ kind: 'consigneeTaxId', label: 'PCCC', pattern: '^P\\d{12}$' }),
      rule({ kind: 'postalForm', cn22Max: [{ currency: 'EUR', maxValue: '1' }], cn22MaxKg: '2' }),
    ];
    const docs: CheckedDocument[] = [
      make(
        'declaration',
        { declarantRole: 'direct', sellerDiffers: true, buyerDiffers: true, packageCount: '0', grossKg: '1.', items: [{ quantity: '-' }] },
        1,
      ),
      make(
        'invoice',
        {
          currency: 'EUR',
          consignee: { country: 'XX', taxId: '1' },
          freight: '-1',
          items: [{ hsCode: '1234567', originCountry: 'QQ', quantity: '0', unitPrice: '1' }],
        },
        2,
      ),
      make('contract', { currency: 'ZZZ', items: [{ name: 'Mugs', hsCode: '99999999', quantity: '1' }] }, 3),
      make('packing_list', { parcels: [{ seq: '1', grossKg: '0' }], lines: [{ parcelSeq: '9', description: 'x', quantity: '1', netKg: '-1' }] }, 4),
      make('postal', { form: 'CN22', category: 'other', currency: 'EUR', grossKg: '3', items: [{ description: 'Mugs', quantity: '1', value: '5' }] }, 5),
      make('postal', { form: 'CN23', currency: 'EUR', grossKg: '1', items: [{ description: 'Mugs', quantity: '1', value: '0.5' }] }, 6),
      make(
        'invoice',
        {
          incoterm: 'DAP',
          incotermPlace: 'Berlin',
          packageCount: '3',
          grossKg: '9',
          currency: 'EUR',
          items: [{ sku: 'A', description: 'Mugs', hsCode: '691200', quantity: '1', unitPrice: '1' }],
        },
        7,
      ),
    ];
    const sibling = make(
      'declaration',
      {
        incoterm: 'FCA',
        incotermPlace: 'Madrid',
        packageCount: '2',
        grossKg: '8',
        currency: 'EUR',
        exporter: { name: 'Other SL', country: 'ES' },
        consignee: { name: 'Someone', country: 'FR' },
        items: [
          { sku: 'A', description: 'Mugs', hsCode: '950300', quantity: '2', unitPrice: '1' },
          { sku: 'Z', description: 'Plates', quantity: '1', unitPrice: '1' },
        ],
      },
      8,
    );
    const contract = make('contract', { currency: 'USD', items: [{ sku: 'B', name: 'Bowls', quantity: '1', unitPrice: '1' }] }, 9);
    for (const doc of docs) {
      everything.push(
        ...checkDocument({
          doc,
          others: [sibling, contract],
          parcels: { count: 1, netKg: '1', grossKg: '1' },
          rules,
          profile: companyProfileSchema.parse({}),
          country: 'FR',
          method: 'postal',
        }),
      );
    }
    const nonNested = [...new Set(everything.map((p) => p.code))];
    expect(nonNested.length).toBeGreaterThan(35);
    for (const lng of ['en', 'es']) {
      await instance.changeLanguage(lng);
      const broken = everything.map((p) => instance.t(p.code, p.params)).filter((text) => /\$t\(|\{\{|customsProblems\.|undefined/.test(text));
      expect(broken).toEqual([]);
    }
  });
});
