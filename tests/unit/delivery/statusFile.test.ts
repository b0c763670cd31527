// The carrier's status file read without a database: carriers' words, dates, row errors.
import { describe, expect, it } from 'vitest';
import { parseStatusFile, statusDate, statusKind } from '../../../electron/core/delivery/statusFile';

describe('the carrier status file', () => {
  it('knows the common carrier words in English and Spanish', () => {
    expect(statusKind('Delivered')).toBe('delivered');
    expect(statusKind('Entregado')).toBe('delivered');
    expect(statusKind('Return to sender')).toBe('undeliverable');
    expect(statusKind('Devuelto al remitente')).toBe('undeliverable');
    expect(statusKind('Out for delivery')).toBe('transit');
    expect(statusKind('Lost in space')).toBeUndefined();
  });

  it('reads ISO and day-first dates and refuses impossible ones', () => {
    expect(statusDate('2026-12-06')).toBe('2026-12-06');
    expect(statusDate('2026-12-06 14:30')).toBe('2026-12-06T14:30:00');
    expect(statusDate('06/12/2026')).toBe('2026-12-06');
    expect(statusDate('31/02/2026')).toBeUndefined();
    expect(statusDate('yesterday')).toBeUndefined();
  });

  it('reports every row error with its row and column, and keeps only clean rows', () => {
    const parsed = parseStatusFile(
      'Tracking,Status,Date,Receiver\nLX123456789ES,delivered,2026-12-06,Ana\nLX123456789ES,delivered,2026-12-06,Ana\nAB1,frobbed,,\nRR000000001ES,delivered,,\n',
    );
    expect(parsed.rows.map((r) => r.row)).toEqual([2]);
    expect(parsed.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'Tracking', 'delivery.import.duplicate'],
      [4, 'Tracking', 'delivery.import.badNumber'],
      [4, 'Status', 'delivery.import.unknownStatus'],
      [5, 'Date', 'delivery.import.dateRequired'],
    ]);
  });

  it('names a missing column', () => {
    expect(parseStatusFile('Foo,Bar\n1,2\n').missingFields).toEqual(['trackingNumber', 'status']);
  });
});
