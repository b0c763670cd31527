// The outcome file's words and dates, and the order of customs dates, without a database.
import { describe, expect, it } from 'vitest';
import { customsDateOf, outcomeOfWord, parseOutcomeCsv } from '../../../electron/core/clearance/outcomeCsv';
import { heldSince, isOverdue, waitedMinutes } from '../../../electron/core/clearance/clearanceQueries';
import { isBefore, isCustomsDate } from '../../../shared/schemas/clearance';

describe('outcome words', () => {
  it('reads English and Spanish words, any case and accents', () => {
    expect(['Released', 'LEVANTE', 'held', 'Retenido', 'rejected', 'rechazado', 'Inspección'].map(outcomeOfWord)).toEqual([
      'released',
      'released',
      'held',
      'held',
      'rejected',
      'rejected',
      'held',
    ]);
    expect(outcomeOfWord('maybe')).toBeUndefined();
    expect(outcomeOfWord('constructor')).toBeUndefined();
  });
});

describe('customs dates', () => {
  it('turns day-first dates into ISO and keeps ISO as it is', () => {
    expect(customsDateOf('4/12/2026')).toBe('2026-12-04');
    expect(customsDateOf('04.12.2026')).toBe('2026-12-04');
    expect(customsDateOf('2026-12-04T10:00:00Z')).toBe('2026-12-04T10:00:00Z');
  });

  it('accepts a date or a moment with its zone, nothing else', () => {
    expect(isCustomsDate('2026-12-04')).toBe(true);
    expect(isCustomsDate('2026-12-04T10:30:00+01:00')).toBe(true);
    expect(isCustomsDate('2026-12-04T10:30')).toBe(false);
    expect(isCustomsDate('2026-02-30')).toBe(false);
  });

  it('compares days with a bare date, moments otherwise', () => {
    expect(isBefore('2026-12-01', '2026-12-01T23:00:00Z')).toBe(false);
    expect(isBefore('2026-11-30', '2026-12-01T00:30:00Z')).toBe(true);
    expect(isBefore('2026-12-01T09:00:00+01:00', '2026-12-01T08:30:00Z')).toBe(true);
  });

  it('measures the wait and the overdue flag against the given clock', () => {
    expect(waitedMinutes('2026-12-01T10:00:00Z', '2026-12-02T11:30:00.000Z')).toBe(25 * 60 + 30);
    expect(waitedMinutes('2026-12-02', '2026-12-02T06:00:00.000Z')).toBe(360);
    expect(isOverdue('2026-12-03', '2026-12-03T23:59:00.000Z')).toBe(false);
    expect(isOverdue('2026-12-03', '2026-12-04T00:00:00.000Z')).toBe(true);
    expect(isOverdue(null, '2026-12-04T00:00:00.000Z')).toBe(false);
  });

  it('counts a hold dated today from its recording, an earlier date from the start of its day, a moment as given', () => {
    expect(heldSince('2026-12-04', '2026-12-04T15:00:00.000Z')).toBe('2026-12-04T15:00:00.000Z');
    expect(heldSince('2026-12-03', '2026-12-04T15:00:00.000Z')).toBe('2026-12-03');
    expect(heldSince('2026-12-04T09:30:00Z', '2026-12-04T15:00:00.000Z')).toBe('2026-12-04T09:30:00Z');
  });
});

describe('parseOutcomeCsv', () => {
  it('uses the note as the reason of a rejection when the file has no reason column', () => {
    const parsed = parseOutcomeCsv('reference,outcome,date,note\nMRN1,rejected,2026-12-02,Embargo\nMRN2,rejected,2026-12-02,');
    expect(parsed.rows).toEqual([{ row: 2, reference: 'MRN1', input: { outcome: 'rejected', decidedAt: '2026-12-02', note: 'Embargo', reason: 'Embargo' } }]);
    expect(parsed.errors).toEqual([{ row: 3, column: 'note', code: 'clearance.validation.reasonRequired' }]);
  });

  it('reports a bad date on the date column', () => {
    const parsed = parseOutcomeCsv('Referencia;Resultado;Fecha\nMRN1;levante;mañana');
    expect(parsed.errors).toEqual([{ row: 2, column: 'Fecha', code: 'clearance.validation.date' }]);
  });
});
