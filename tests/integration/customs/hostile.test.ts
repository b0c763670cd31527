// Hostile input through every command of the customs documents and the company profile, as for the
// imports: the schemas refuse it with a clear error (never an internal one), and a refused write
// leaves the data file exactly as it was (sha256 after a TRUNCATE checkpoint).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../electron/core/app';
import { COMPANY_COMMANDS } from '../../../shared/api/names/company';
import { CUSTOMS_COMMANDS } from '../../../shared/api/names/customs';
import { call, startCore, tempRoot } from '../support/core';
import { FULL_PROFILE, packedOrders } from './packedOrders';

const tmp = tempRoot();
let core: CoreApp;
let invoiceId: number;
let orderId: number;

beforeAll(async () => {
  core = await startCore(tmp.next());
  [orderId] = (await packedOrders(core)) as [number];
  await call(core, 'company.update', FULL_PROFILE);
  invoiceId = (await call(core, 'customs.create', { type: 'invoice', orderIds: [orderId] })).id;
}, 60_000);
afterAll(async () => {
  await core.close();
  tmp.cleanup();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

async function dbHash(): Promise<string> {
  await core.idle();
  const r = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(core.db);
  expect(r.rows[0]?.busy).toBe(0);
  const wal = `${core.dataFile}-wal`;
  expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  return createHash('sha256').update(readFileSync(core.dataFile)).digest('hex');
}

const LONG = 'x'.repeat(100_000);
const CONTROL = 'Ann\u0000Lee';
const BIDI = 'Invoice \u202Egnp.exe';
const polluting = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;

/** Inputs no command may accept. */
const GENERIC: unknown[] = [null, undefined, 42, 'text', [], [1, 2], { constructor: null }, polluting, { id: -1 }, { id: 1.5 }, { id: '1' }, { id: 1e308 }];

/** Per command: inputs shaped like the real one, each broken in one way. */
function specific(validInvoice: Record<string, unknown>): Record<string, unknown[]> {
  const content = (data: Record<string, unknown>) => ({ id: invoiceId, revision: 0, content: { type: 'invoice', data } });
  return {
    'company.update': [
      { ...FULL_PROFILE, legalName: LONG },
      { ...FULL_PROFILE, legalName: CONTROL },
      { ...FULL_PROFILE, legalName: BIDI },
      { ...FULL_PROFILE, logo: 'data:image/svg+xml;base64,PHN2Zy8+' },
      { ...FULL_PROFILE, logo: `data:image/png;base64,${'A'.repeat(300_000)}` },
      { ...FULL_PROFILE, series: { declaration: 'DEC', invoice: 'IN V', contract: 'SC', packing_list: 'PL', postal: 'CN' } },
      { ...FULL_PROFILE, identifiers: Array.from({ length: 500 }, () => ({ scheme: 'VAT', value: '1', country: 'ES' })) },
      { ...FULL_PROFILE, defaultIncoterm: 'XYZ' },
      { ...FULL_PROFILE, unknownField: 1 },
      { ...FULL_PROFILE, addresses: [{ kind: 'home', address: 'x' }] },
    ],
    'company.updateClauses': [
      { lang: 'fr', clauses: { payment: 'x' } },
      { lang: 'en', clauses: { notAClause: 'x' } },
      { lang: 'en', clauses: { payment: LONG } },
      { lang: 'en', clauses: { payment: CONTROL } },
      { lang: 'en', clauses: polluting },
    ],
    'company.saveRule': [
      { countries: ['*'], documents: ['invoice'], params: { kind: 'hsLength', minDigits: 4 }, source: 's', sourceDate: '2026-01-01' },
      { countries: ['*'], documents: ['invoice'], params: { kind: 'consigneeTaxId', label: 'x', pattern: '(' }, source: 's', sourceDate: '' },
      { countries: ['Spain'], documents: ['invoice'], params: { kind: 'hsLength', minDigits: 6 }, source: 's', sourceDate: '' },
      { countries: [], documents: ['invoice'], params: { kind: 'hsLength', minDigits: 6 }, source: 's', sourceDate: '' },
      { countries: ['*'], documents: ['passport'], params: { kind: 'hsLength', minDigits: 6 }, source: 's', sourceDate: '' },
      { countries: ['*'], documents: ['invoice'], params: { kind: 'launchMissiles' }, source: 's', sourceDate: '' },
      { id: 999_999, countries: ['*'], documents: ['invoice'], params: { kind: 'hsLength', minDigits: 6 }, source: 's', sourceDate: '' },
    ],
    'company.deleteRule': [{ id: 999_999 }],
    'customs.create': [
      { type: 'passport', orderIds: [orderId] },
      { type: 'invoice', orderIds: [] },
      { type: 'invoice', orderIds: [999_999] },
      { type: 'invoice', orderIds: [orderId] },
      { type: 'contract', orderIds: Array.from({ length: 1000 }, (_, i) => i + 1) },
      { type: 'contract', orderIds: [orderId], lang: 'fr' },
    ],
    'customs.saveDraft': [
      content({ ...validInvoice, currency: 'EURO' }),
      content({ ...validInvoice, items: [{ quantity: '1e5' }] }),
      content({ ...validInvoice, items: [{ quantity: '12,5' }] }),
      content({ ...validInvoice, items: [{ hsCode: '61.09.10.AB' }] }),
      content({ ...validInvoice, consignee: { name: CONTROL } }),
      content({ ...validInvoice, consignee: { name: BIDI } }),
      content({ ...validInvoice, paymentTerms: LONG }),
      content({ ...validInvoice, items: Array.from({ length: 2001 }, () => ({})) }),
      content({ ...validInvoice, injected: '<script>' }),
      content({ ...validInvoice, consignee: polluting }),
      { id: invoiceId, revision: 0, content: { type: 'declaration', data: {} } },
      { id: invoiceId, revision: 7, content: { type: 'invoice', data: validInvoice } },
      { id: 999_999, revision: 0, content: { type: 'invoice', data: validInvoice } },
    ],
    'customs.finalise': [
      { id: invoiceId, revision: 5, overrides: [] },
      { id: invoiceId, revision: 0, overrides: [{ key: 'k', reason: '' }] },
      { id: invoiceId, revision: 0, overrides: [{ key: 'k', reason: CONTROL }] },
      { id: invoiceId, revision: 0, overrides: Array.from({ length: 201 }, () => ({ key: 'k', reason: 'r' })) },
    ],
    'customs.amend': [{ id: invoiceId }, { id: 999_999 }],
    'customs.void': [
      { id: invoiceId, reason: '' },
      { id: invoiceId, reason: CONTROL },
      { id: invoiceId, reason: LONG },
      { id: 999_999, reason: 'x' },
    ],
    'customs.preview': [{ id: invoiceId, lang: 'de' }, { id: invoiceId, paper: 'A3' }, { id: 999_999 }],
    'customs.show': [{ id: invoiceId, paper: 'Legal' }, { id: 999_999 }],
    'customs.get': [{ id: 999_999 }],
    'customs.check': [{ id: 999_999 }],
    'customs.orderDocuments': [{ orderId: 999_999 }, { orderId: 'x' }],
    'customs.list': [{ limit: 100_000 }, { status: 'lost' }, { type: 'passport' }, { offset: -1 }],
    'customs.hsSuggest': [{ description: LONG }, { description: CONTROL }, { description: 'tee', limit: 1000 }],
    'customs.ports': [{ query: LONG }, { query: 'sha', country: 'China' }, { query: 'sha', limit: 0 }],
  };
}

describe('hostile input through the customs and company commands', () => {
  it('every command refuses every hostile input with a clear error, and the data file does not change', async () => {
    const invoice = await call(core, 'customs.get', { id: invoiceId });
    const cases = specific(invoice.data as unknown as Record<string, unknown>);
    const before = await dbHash();
    for (const name of [...COMPANY_COMMANDS, ...CUSTOMS_COMMANDS]) {
      // A missing input (null, undefined) is read as {} (api/dispatch.ts): fine for commands that take
      // nothing or whose every field has a default.
      const takesNothing = ['company.get', 'company.clauses', 'company.rules', 'customs.list'].includes(name);
      const inputs = [...GENERIC.filter((g) => !(takesNothing && g == null)), ...(cases[name] ?? [])];
      for (const input of inputs) {
        const envelope = await core.dispatch(name, input);
        const shown = JSON.stringify(input)?.slice(0, 120);
        expect(envelope.ok, `${name} accepted ${shown}`).toBe(false);
        if (!envelope.ok) expect(envelope.error.code, `${name} ${shown}`).not.toBe('errors.internal');
      }
    }
    expect(await dbHash()).toBe(before);
  }, 120_000);

  it('a draft saved with random hostile text keeps it as text, or is refused whole', async () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '"; drop table orders; --',
        '=cmd|"/c calc"!A1',
        'مرحبا بالعالم',
        '李雷和韩梅梅',
        '\u200Fשלום',
        CONTROL,
        BIDI,
      ),
    );
    const field = fc.constantFrom('paymentTerms', 'orderReference', 'carrier', 'place', 'incotermPlace');
    await fc.assert(
      fc.asyncProperty(field, hostile, async (key, value) => {
        const current = await call(core, 'customs.get', { id: invoiceId });
        const data = { ...(current.data as unknown as Record<string, unknown>), [key]: value };
        const before = await dbHash();
        const envelope = await core.dispatch('customs.saveDraft', { id: invoiceId, revision: current.revision, content: { type: 'invoice', data } });
        if (envelope.ok) {
          const after = await call(core, 'customs.get', { id: invoiceId });
          expect((after.data as unknown as Record<string, unknown>)[key]).toBe(value.trim());
          const preview = await call(core, 'customs.preview', { id: invoiceId });
          expect(preview.html).not.toContain('<script>');
        } else {
          expect(envelope.error.code).not.toBe('errors.internal');
          expect(await dbHash()).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
